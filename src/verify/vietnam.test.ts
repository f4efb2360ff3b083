import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prepareArticle } from '../clean/index.js'
import { analyseArticle } from '../extract/index.js'
import type { AnalysedArticle, Finding } from '../model/index.js'
import { analyzeStory, type StoryAnalysis } from './analyze-story.js'

// The shared seed story is read at run time and never copied into the repository.
const storyFolder = new URL('../../../shared/stories/vietnam-arms/', import.meta.url)
const available = existsSync(storyFolder)
if (!available) console.warn(`skipping the vietnam-arms seed story checks: ${storyFolder.pathname} is absent`)

function loadStory(): AnalysedArticle[] {
  return readdirSync(storyFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, 3)
      return analyseArticle(prepareArticle({ id, text: readFileSync(new URL(name, storyFolder), 'utf8') }, id))
    })
}

function findingFor(findings: readonly Finding[], article: string, claim: string): Finding {
  const found = findings.find((finding) => finding.article === article && finding.type !== 'statement' && finding.claim.text === claim)
  if (found === undefined) throw new Error(`no finding for "${claim}" in ${article}`)
  return found
}

describe.skipIf(!available)('seed story: vietnam-arms', () => {
  const articles = available ? loadStory() : []
  const result: StoryAnalysis = available
    ? analyzeStory(articles, { storyId: 'vietnam-arms' })
    : { story: { id: 'vietnam-arms', articles: [], origin: null, why: '' }, relations: [], findings: [] }
  const relation = (id: string) => result.relations.find((candidate) => candidate.article === id)

  it('picks the syndicated excerpt the others cite as the origin', () => {
    expect(result.story.origin).toBe('001')
  })

  it('calls the full rewrite an unattributed paraphrase of the original', () => {
    expect(relation('000')).toMatchObject({ source: '001', kind: 'paraphrase', attributed: false })
  })

  it('calls the three other reports attributed summaries', () => {
    for (const id of ['002', '003', '004']) expect(relation(id)).toMatchObject({ kind: 'summary', attributed: true })
  })

  it('flags the changed tariff percentage as a conflict with evidence', () => {
    const finding = findingFor(result.findings, '004', '47%')
    expect(finding.status).toBe('conflict')
    expect(finding.evidence.map((evidence) => evidence.text)).toContain('46 percent')
  })

  it('flags the altered fighter designator', () => {
    const finding = findingFor(result.findings, '002', 'Su-40')
    expect(finding.status).toBe('conflict')
    expect(finding.evidence.map((evidence) => evidence.text)).toContain('Su-30')
  })

  it('supports a rounded amount by the exact one', () => {
    const finding = findingFor(result.findings, '002', '$190 million')
    expect(finding.status).toBe('supported')
    expect(finding.evidence.map((evidence) => evidence.text)).toContain('$189,739,535')
  })

  it('treats a number in words as equal to its digits', () => {
    const finding = findingFor(result.findings, '000', 'thirteen')
    expect(finding.status).toBe('supported')
    expect(finding.evidence.map((evidence) => evidence.text)).toContain('13')
  })

  it('does not let the same value in another context support a claim', () => {
    const finding = result.findings.find((candidate) => candidate.article === '002' && candidate.type === 'number' && candidate.claim.text.includes('1,000'))
    expect(finding?.status).toBe('unsupported')
  })

  it('gives every fact of every article exactly one finding, with spans into the right texts', () => {
    const texts = new Map(articles.map((article) => [article.article.id, article.article.text]))
    const factCount = articles.reduce((total, article) => total + article.facts.length, 0)
    expect(result.findings.filter((finding) => finding.type !== 'statement')).toHaveLength(factCount)
    for (const finding of result.findings) {
      expect(texts.get(finding.article)?.slice(finding.claim.start, finding.claim.end)).toBe(finding.claim.text)
      for (const evidence of finding.evidence) {
        expect(evidence.article).not.toBe(finding.article)
        expect(texts.get(evidence.article)?.slice(evidence.start, evidence.end)).toBe(evidence.text)
      }
    }
  })

  it('keeps conflicts off the origin and the faithful rewrite', () => {
    const conflicts = result.findings.filter((finding) => finding.status === 'conflict' && (finding.article === '000' || finding.article === '001'))
    expect(conflicts.map((finding) => finding.explanation)).toEqual([])
  })

  it('catches what the summaries invented or altered', () => {
    const flagged = (id: string) => result.findings.filter((finding) => finding.article === id && finding.status !== 'supported')
    // 003 adds a dated fleet visit no other article reports; 004 adds facts of its own.
    expect(flagged('003').some((finding) => finding.type === 'date' && finding.status === 'unsupported')).toBe(true)
    expect(flagged('003').some((finding) => finding.type === 'statement')).toBe(true)
    expect(flagged('004').length).toBeGreaterThan(0)
    expect(relation('003')?.fidelity).toBeLessThan(1)
  })

  it('explains its choice of origin', () => {
    expect(result.story.why).toMatch(/named as the source by 3 other articles/u)
  })
})
