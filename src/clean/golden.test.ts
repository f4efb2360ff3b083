import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ArticleInput } from '../model/article.js'
import { prepareArticle } from './prepare-article.js'

// One folder per case: `input.txt|md|html` (+ optional `meta.json` with ArticleInput fields) and
// `expected.json`, the Article it cleans to. A behaviour change shows up as a reviewable diff.
// Regenerate after an intended change: UPDATE_GOLDEN=1 npx vitest run src/clean/golden.test.ts
const goldenFolder = new URL('./fixtures/golden/', import.meta.url)
const BODY_FIELD: Readonly<Record<string, 'text' | 'markdown' | 'html'>> = { txt: 'text', md: 'markdown', html: 'html' }

describe('cleaning golden cases', () => {
  for (const name of readdirSync(goldenFolder).sort()) {
    it(name, () => {
      const folder = new URL(`${name}/`, goldenFolder)
      const inputFile = readdirSync(folder).find((file) => file.startsWith('input.'))
      if (inputFile === undefined) throw new Error(`${name}: no input file`)
      const field = BODY_FIELD[inputFile.slice('input.'.length)]
      if (field === undefined) throw new Error(`${name}: unknown input type ${inputFile}`)
      const metaFile = new URL('meta.json', folder)
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ArticleInput) : {}
      const input: ArticleInput = { ...meta, [field]: readFileSync(new URL(inputFile, folder), 'utf8') }
      const article = prepareArticle(input, name)
      const expectedFile = new URL('expected.json', folder)
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedFile, `${JSON.stringify(article, null, 2)}\n`)
      expect(article).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
    })
  }
})
