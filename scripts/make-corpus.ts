/**
 * Builds the scale corpus for `npm run bench:corpus` from real newswire text.
 *
 *   npx tsx scripts/make-corpus.ts [--articles 100000] [--planted 0.1] [--seed 1]
 *
 * Source text: the Reuters-21578 articles that Debian's `weka` package ships as ARFF examples.
 * When they are not on the machine this script fetches the package through apt (nothing is
 * installed, nothing else is downloaded):
 *
 *   cd bench/corpus-data && apt-get download weka && dpkg-deb -x weka_*.deb weka
 *
 * Output, in the git-ignored bench/corpus-data/:
 *   reuters-<n>.jsonl        one article a line: id, published, language, text (~400 words)
 *   reuters-<n>.truth.json   the planted near-duplicate pairs [[original id, rewrite id], ...]
 *
 * Each article strings together real Reuters sentences drawn at random (so two articles share
 * almost nothing by chance); a share of them (`--planted`) get a rewrite with 5-20 % of their
 * words replaced, dropped or added, published up to two days later.
 */
import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { editWords, findReutersFolder, readReutersArticles, seededRandom, sentencesOf } from '../src/cluster/test-helpers/reuters.js'

const repoRoot = fileURLToPath(new URL('../', import.meta.url))
export const corpusDataFolder = path.join(repoRoot, 'bench/corpus-data')

export function corpusFiles(articles: number): { corpus: string; truth: string } {
  return {
    corpus: path.join(corpusDataFolder, `reuters-${articles}.jsonl`),
    truth: path.join(corpusDataFolder, `reuters-${articles}.truth.json`),
  }
}

/** The Reuters folder, fetching the weka package through apt when it is missing; undefined when apt cannot. */
export function ensureReuters(log: (line: string) => void): string | undefined {
  const found = findReutersFolder(repoRoot)
  if (found !== undefined) return found
  mkdirSync(corpusDataFolder, { recursive: true })
  try {
    log('Reuters-21578 not found; fetching Debian package weka with apt-get download (not installed)…')
    execFileSync('apt-get', ['download', 'weka'], { cwd: corpusDataFolder, stdio: 'ignore' })
    const deb = readdirSync(corpusDataFolder).find((name) => /^weka_.*\.deb$/.test(name))
    if (deb === undefined) return undefined
    execFileSync('dpkg-deb', ['-x', deb, 'weka'], { cwd: corpusDataFolder, stdio: 'ignore' })
  } catch {
    return undefined
  }
  return findReutersFolder(repoRoot)
}

export interface MakeCorpusOptions {
  readonly articles: number
  readonly plantedShare: number
  readonly seed: number
  readonly wordsPerArticle: number
}

export async function makeCorpus(options: MakeCorpusOptions, log: (line: string) => void): Promise<{ corpus: string; truth: string } | undefined> {
  const folder = ensureReuters(log)
  if (folder === undefined) return undefined
  const sentences = sentencesOf(readReutersArticles(folder))
  const vocabulary = [...new Set(sentences.flatMap((sentence) => sentence.split(' ')))]
  log(`${sentences.length} Reuters sentences, ${vocabulary.length} distinct words`)
  const random = seededRandom(options.seed)
  const planted = Math.round(options.articles * options.plantedShare)
  const originals = options.articles - planted
  const start = Date.UTC(2024, 0, 1)
  const dayMs = 86_400_000
  const texts: string[] = []
  const dates: number[] = []
  for (let index = 0; index < originals; index++) {
    const chosen: string[] = []
    let words = 0
    while (words < options.wordsPerArticle) {
      const sentence = sentences[Math.floor(random() * sentences.length)]!
      chosen.push(sentence)
      words += sentence.split(' ').length
    }
    texts.push(chosen.join(' '))
    dates.push(start + Math.floor(random() * 730) * dayMs)
  }
  const records: { id: string; published: number; text: string }[] = texts.map((text, index) => ({ id: `r${index}`, published: dates[index]!, text }))
  const truth: [string, string][] = []
  for (let index = 0; index < planted; index++) {
    const original = Math.floor((index / planted) * originals) // spread over distinct originals
    const rate = 0.05 + random() * 0.15
    const id = `r${originals + index}`
    records.push({ id, published: dates[original]! + Math.floor(random() * 3) * dayMs, text: editWords(texts[original]!, rate, vocabulary, random) })
    truth.push([`r${original}`, id])
  }
  // Shuffle so rewrites arrive before or after their originals, as in a real stream.
  for (let index = records.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[records[index], records[other]] = [records[other]!, records[index]!]
  }
  const files = corpusFiles(options.articles)
  mkdirSync(corpusDataFolder, { recursive: true })
  const out = createWriteStream(files.corpus)
  for (const record of records) {
    const line = JSON.stringify({ id: record.id, published: new Date(record.published).toISOString().slice(0, 10), language: 'en', text: record.text }) + '\n'
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  writeFileSync(files.truth, JSON.stringify(truth))
  return files
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, planted: { type: 'string', default: '0.1' }, seed: { type: 'string', default: '1' } } })
  const articles = Number(values.articles)
  const files = await makeCorpus({ articles, plantedShare: Number(values.planted), seed: Number(values.seed), wordsPerArticle: 400 }, (line) => console.error(line))
  if (files === undefined) {
    console.error('The Reuters-21578 text (Debian package weka) is not available here and apt-get could not fetch it; no corpus built.')
    process.exitCode = 1
  } else console.error(`Wrote ${files.corpus} and ${files.truth}${existsSync(files.corpus) ? '' : ' (missing!)'}`)
}
