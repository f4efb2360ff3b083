import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AnalysedArticle } from '../model/index.js'
import { analyseArticle } from './analyse-article.js'

// The seed story lives beside the repository (../shared), read-only; its text never enters the repo.
const STORY = fileURLToPath(new URL('../../../shared/stories/vietnam-arms/', import.meta.url))
const present = existsSync(STORY)

describe.skipIf(!present)(`extraction on the seed story (${present ? STORY : 'skipped: ../shared/stories/vietnam-arms is absent'})`, () => {
  const articles: { file: string; analysed: AnalysedArticle }[] = present
    ? readdirSync(STORY)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => ({ file, analysed: analyseArticle({ id: file.slice(0, 3), text: readFileSync(`${STORY}${file}`, 'utf8') }) }))
    : []
  const facts = articles.flatMap(({ analysed }) => analysed.facts.map((fact) => ({ fact, text: analysed.article.text })))

  it('points every fact span at its text, inside its sentence', () => {
    expect(facts.length).toBeGreaterThan(100)
    for (const { analysed } of articles) {
      for (const fact of analysed.facts) {
        expect(analysed.article.text.slice(fact.start, fact.end)).toBe(fact.text)
        const sentence = analysed.sentences[fact.sentence]
        // A quote may run over several sentences; it belongs to the one it opens in.
        const end = fact.type === 'quote' ? fact.start + 1 : fact.end
        expect(sentence !== undefined && sentence.start <= fact.start && end <= sentence.end, `${fact.type} ${fact.text}`).toBe(true)
      }
      for (const sentence of analysed.sentences) expect(analysed.article.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  it('reads the percent sign as a percentage of 47', () => {
    const withSign = articles.filter(({ analysed }) => analysed.article.text.includes('%'))
    expect(withSign.length).toBeGreaterThan(0)
    const values = withSign.flatMap(({ analysed }) => analysed.facts.flatMap((fact) => (fact.value.kind === 'percent' && fact.text.includes('%') ? [fact.value.value] : [])))
    expect(values).toContain(47)
  })

  it('reads "thirteen" and "13" as the number 13', () => {
    const thirteens = facts.filter(({ fact }) => fact.value.kind === 'number' && fact.value.value === 13).map(({ fact }) => fact.text.toLowerCase())
    expect(thirteens).toContain('13')
    expect(thirteens).toContain('thirteen')
  })

  it('finds letter-number designators as designator entities', () => {
    const designators = facts.filter(({ fact }) => fact.value.kind === 'entity' && fact.value.category === 'designator').map(({ fact }) => fact.text)
    expect(designators.some((text) => /^Su-\d+$/u.test(text))).toBe(true)
    const written = facts.flatMap(({ text }) => [...text.matchAll(/\b[A-Z][a-z]?-\d{2,3}\b/gu)].map((match) => match[0]))
    for (const code of written) expect(designators).toContain(code)
  })

  it('keeps full-digit dollar amounts at precision 1', () => {
    const fullDigits = facts.filter(({ fact }) => fact.value.kind === 'money' && /^\$\d{1,3}(?:,\d{3}){2,}$/u.test(fact.text))
    expect(fullDigits.length).toBeGreaterThan(0)
    for (const { fact } of fullDigits) expect(fact.value).toMatchObject({ kind: 'money', currency: 'USD', precision: 1 })
  })
})
