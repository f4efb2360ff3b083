import { describe, expect, it } from 'vitest'
import { analyzeStory } from './analyze-story.js'
import { article } from './test-helpers/story.js'

// The origin is the first three paragraphs of a report; the rewrite retells them and carries on.
const opening = [
  'The Marrow ferry will stop running on June 30 after 41 years, the harbour board said on Monday.',
  'The board blamed a fall in passengers to 12,000 a year and repairs costing $2.5 million.',
  '“We kept it going as long as we could,” said board chair Hana Voss.',
]
const excerpt = article('short', opening.join('\n'), { outlet: 'Marrow Gazette', published: '2026-03-10' })
const rewrite = article('long', [
  ...opening,
  'A replacement bus service run by Teal Coaches will start on July 1 with 14 daily trips.',
  'Islanders collected 3,400 signatures against the closure in May.',
].join('\n'), { outlet: 'Coast Daily', published: '2026-03-11' })
const result = analyzeStory([excerpt, rewrite], { storyId: 'ferry', origin: 'short' })

describe('facts beyond the text a shorter source covers', () => {
  it('stay unsupported but under their own rule, with an explanation that says why', () => {
    const later = result.findings.filter((finding) => finding.article === 'long' && finding.claim.start > rewrite.article.text.indexOf('A replacement'))
    expect(later.length).toBeGreaterThan(0)
    for (const finding of later.filter((each) => each.type !== 'statement')) {
      expect(finding).toMatchObject({ status: 'unsupported' })
      expect(finding.rule).toMatch(/\/beyond-source$/)
      expect(finding.explanation).toContain('short')
    }
  })

  it('do not lower the fidelity of a faithful retelling', () => {
    expect(result.relations.find((relation) => relation.article === 'long')?.fidelity).toBe(1)
  })
})

describe('facts beyond reach in a copy of the longer text', () => {
  const copy = article('copy', rewrite.article.text, { outlet: 'Island Weekly', published: '2026-03-12' })
  const story = analyzeStory([excerpt, rewrite, copy], { storyId: 'ferry', origin: 'short' })

  it('stay beyond reach in the copy and in the text it copies: the copy does not bring them in', () => {
    for (const id of ['long', 'copy']) {
      const later = story.findings.filter((finding) => finding.article === id && finding.claim.start > rewrite.article.text.indexOf('A replacement'))
      expect(later.length).toBeGreaterThan(0)
      expect(later.every((finding) => finding.rule.endsWith('/beyond-source')), id).toBe(true)
      expect(story.relations.find((relation) => relation.article === id)?.fidelity).toBe(1)
    }
  })
})
