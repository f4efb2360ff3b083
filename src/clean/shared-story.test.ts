import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { normaliseText } from './normalise-text.js'
import { prepareArticle } from './prepare-article.js'

// Read-only material beside the repository; its text is read at run time, never copied here.
const storyFolder = fileURLToPath(new URL('../../../shared/stories/vietnam-arms/', import.meta.url))
const present = existsSync(storyFolder)

describe.skipIf(!present)('cleaning the shared seed story (skipped: ../shared/stories/vietnam-arms is absent)', () => {
  const files = present ? readdirSync(storyFolder).filter((name) => name.endsWith('.txt')).sort() : []
  const cleaned = files.map((name) => {
    const raw = readFileSync(storyFolder + name, 'utf8')
    return { name, raw, article: prepareArticle({ text: raw, path: name }, name) }
  })

  it('has five articles', () => {
    expect(files).toHaveLength(5)
  })

  it('loses no article sentence: every removed line is a list item or sits after the last kept line', () => {
    for (const { name, raw, article } of cleaned) {
      const rawLines = normaliseText(raw).split('\n').filter((line) => line.trim() !== '')
      const kept = new Set(article.text.split('\n'))
      const lastKept = rawLines.findLastIndex((line) => kept.has(line))
      const lostInBody = rawLines.filter((line, index) => !kept.has(line) && index < lastKept && !/^\s*[-•*]\s/.test(line))
      expect(lostInBody, name).toEqual([])
      const lostAtEnd = rawLines.slice(lastKept + 1).filter((line) => !/^\s*[-•*]\s/.test(line))
      expect(lostAtEnd.length, name).toBeLessThanOrEqual(3)
      // A prose sentence of the body is never cut: the cleaned text is a sequence of whole raw lines.
      for (const line of kept) expect(rawLines, name).toContain(line)
    }
  })

  it('leaves an article without boilerplate exactly as written, but normalised', () => {
    const plain = cleaned.filter(({ article }) => article.credits === undefined && article.byline === undefined)
    expect(plain.length).toBeGreaterThan(0)
    for (const { raw, article } of plain) expect(article.text).toBe(normaliseText(raw))
  })

  it('credits the outlet a syndication footer names', () => {
    const syndicated = cleaned.filter(({ raw }) => /appeared first on/i.test(raw))
    expect(syndicated.length).toBeGreaterThan(0)
    for (const { article } of syndicated) {
      expect(article.credits?.length).toBeGreaterThan(0)
      expect(article.text).not.toMatch(/appeared first on/i)
    }
  })

  it('reads the byline of the article that has one into byline, outlet and published', () => {
    const withByline = cleaned.filter(({ raw }) => /^By [A-Z][^\n]* [–—-] /m.test(raw))
    expect(withByline.length).toBeGreaterThan(0)
    for (const { article } of withByline) {
      expect(article.byline).toMatch(/^[A-Z]/)
      expect(article.outlet).toBeTruthy()
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(article.text).not.toMatch(/^By [A-Z][^\n]* [–—-] /m)
      expect(article.text).not.toMatch(/^[-•] /m)
    }
  })

  it('detects the language of every article', () => {
    for (const { article } of cleaned) expect(article.language).toBe('en')
  })
})
