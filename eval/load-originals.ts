/** Reads the original texts the mutation corpus is built from: the edge of eval/, with file I/O. */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareArticle } from '../src/clean/index.js'
import type { ArticleInput } from '../src/model/article.js'
import type { OriginalText } from './mutate.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** JSONL ids of the originals in examples/corpus.jsonl (the first article of each story). */
const CORPUS_ORIGINALS = /-1$/

/** Our own originals, cleaned by the product's cleaner so spans point into the text it analyses. */
export function loadOriginals(root: string = repoRoot): OriginalText[] {
  const inputs: ArticleInput[] = []
  const originalsDir = path.join(root, 'eval', 'originals')
  for (const file of readdirSync(originalsDir).filter((name) => name.endsWith('.txt')).sort()) {
    inputs.push({ id: path.basename(file, '.txt'), text: readFileSync(path.join(originalsDir, file), 'utf8') })
  }
  inputs.push({ id: 'harbour-bridge', html: readFileSync(path.join(root, 'examples', 'harbour-bridge', '01-northern-ledger.html'), 'utf8') })
  for (const line of readFileSync(path.join(root, 'examples', 'corpus.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const row = JSON.parse(line) as ArticleInput & { id: string }
    if (CORPUS_ORIGINALS.test(row.id)) inputs.push(row)
  }
  return inputs.map((input, index) => {
    const article = prepareArticle(input, `original-${index + 1}`)
    return {
      id: article.id,
      text: article.text,
      ...(article.published === undefined ? {} : { published: article.published }),
      ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
    }
  })
}
