import { describe, expect, it } from 'vitest'
import { UsageError } from '../errors/index.js'
import type { Finding } from '../model/index.js'
import { analyzeStory } from './analyze-story.js'
import { harbourStory, ORIGIN_TEXT } from './test-helpers/harbour-story.js'
import { article } from './test-helpers/story.js'

const story = harbourStory()
const result = analyzeStory(story, { storyId: 'harbour' })
const relation = (id: string) => result.relations.find((candidate) => candidate.article === id)
const finding = (id: string, claim: string): Finding | undefined =>
  result.findings.find((candidate) => candidate.article === id && candidate.type !== 'statement' && candidate.claim.text === claim)

describe('analyzeStory: origin and relations', () => {
  it('takes the article the others cite as the origin, even when a rewrite is longer', () => {
    expect(result.story.origin).toBe('origin')
    expect(result.story.why).toMatch(/named as the source by 2 other articles/u)
  })

  it('classifies a verbatim copy, a syndicated excerpt, an unattributed rewrite and an attributed summary', () => {
    expect(relation('copy')).toMatchObject({ source: 'origin', kind: 'copy', coverage: 1 })
    expect(relation('excerpt')).toMatchObject({ source: 'origin', kind: 'excerpt', attributed: true })
    expect(relation('rewrite')).toMatchObject({ source: 'origin', kind: 'paraphrase', attributed: false })
    expect(relation('summary')).toMatchObject({ source: 'origin', attributed: true })
    expect(['summary', 'paraphrase']).toContain(relation('summary')?.kind)
  })

  it('calls an article about something else independent', () => {
    expect(relation('library')).toMatchObject({ kind: 'independent', attributed: false })
  })

  it('gives one relation to every article but the origin', () => {
    expect(result.relations.map((candidate) => candidate.article).sort()).toEqual(['copy', 'excerpt', 'library', 'rewrite', 'summary'])
  })

  it('follows the origin the caller gives', () => {
    const given = analyzeStory(story, { storyId: 'harbour', origin: 'rewrite' })
    expect(given.story.origin).toBe('rewrite')
    expect(given.story.why).toMatch(/named as the origin by the user/u)
    expect(given.relations.some((candidate) => candidate.article === 'rewrite')).toBe(false)
  })

  it('throws a UsageError for an origin that is not in the story', () => {
    expect(() => analyzeStory(story, { storyId: 'harbour', origin: 'nope' })).toThrow(UsageError)
  })
})

describe('analyzeStory: facts', () => {
  it('flags a changed count in the same sentence slot, with the original as evidence', () => {
    const changed = finding('rewrite', '16')
    expect(changed).toMatchObject({ status: 'conflict', rule: 'number/conflict' })
    expect(changed?.evidence.map((evidence) => evidence.text)).toContain('14')
    expect(changed?.explanation).toMatch(/"16" here, "14" in/u)
  })

  it('flags an altered quote and a swapped speaker', () => {
    expect(result.findings.find((candidate) => candidate.article === 'rewrite' && candidate.type === 'quote')).toMatchObject({ status: 'conflict', rule: 'quote/altered' })
    expect(finding('rewrite', 'Maria Duarte')).toMatchObject({ status: 'conflict', rule: 'entity/swap' })
  })

  it('supports a rounded amount by the exact one', () => {
    expect(finding('summary', '$2.4 million')).toMatchObject({ status: 'supported', rule: 'money/rounding' })
  })

  it('counts an original and its copies, excerpts and rewrites as one independent source', () => {
    const count = finding('summary', '14')
    expect(count?.status).toBe('supported')
    expect(count?.evidence.length).toBeGreaterThanOrEqual(3)
    expect(count?.support).toBe(1)
  })

  it('reports an invented fact and an invented sentence as unsupported', () => {
    expect(finding('summary', '2030')).toMatchObject({ status: 'unsupported' })
    const statement = result.findings.find((candidate) => candidate.article === 'summary' && candidate.type === 'statement')
    expect(statement).toMatchObject({ status: 'unsupported', rule: 'statement/unsupported' })
    expect(statement?.claim.text).toMatch(/ferry terminal/u)
  })

  it('does not flag the origin’s sentences that a summary leaves out', () => {
    expect(result.findings.filter((candidate) => candidate.article === 'origin' && candidate.type === 'statement')).toEqual([])
  })

  it('does not blame the origin for a change made downstream', () => {
    expect(result.findings.filter((candidate) => candidate.article === 'origin' && candidate.status === 'conflict')).toEqual([])
  })

  it('scores fidelity: 1 for a faithful copy, lower for the rewrite with conflicts', () => {
    expect(relation('copy')?.fidelity).toBe(1)
    expect(relation('rewrite')?.fidelity).toBeLessThan(0.8)
  })
})

describe('analyzeStory: one article', () => {
  it('makes it its own origin, with no relations and every fact unsupported for want of another article', () => {
    const alone = analyzeStory([article('only', ORIGIN_TEXT)], { storyId: 'alone' })
    expect(alone.story).toMatchObject({ origin: 'only', articles: ['only'] })
    expect(alone.relations).toEqual([])
    expect(alone.findings.length).toBeGreaterThan(0)
    for (const lonely of alone.findings) expect(lonely).toMatchObject({ status: 'unsupported', support: 0, evidence: [] })
    expect(alone.findings[0]?.rule).toMatch(/\/alone$/u)
  })
})
