import { describe, expect, it } from 'vitest'
import { analyzeStory } from './analyze-story.js'
import { article } from './test-helpers/story.js'

const text = [
  'The Marrow ferry will stop running on June 30 after 41 years, the harbour board said on Monday.',
  'The board blamed a fall in passengers to 12,000 a year and repairs costing $2.5 million.',
  '“We kept it going as long as we could,” said board chair Hana Voss.',
].join('\n')
const original = article('original', text, { outlet: 'Marrow Gazette', published: '2026-03-09' })
const copy = (id: string) => article(id, text, { outlet: `Paper ${id}`, published: '2026-03-10' })
const summary = article('summary', 'The Marrow ferry will close on June 30 after 14 years, the Marrow Gazette reported. Passengers fell to 12,000 a year.', { outlet: 'Coast Brief', published: '2026-03-11' })

describe('many copies of one text', () => {
  const few = analyzeStory([original, copy('copy-1'), summary], { storyId: 's' })
  const many = analyzeStory([original, copy('copy-1'), copy('copy-2'), copy('copy-3'), summary], { storyId: 's' })
  const of = (result: typeof few, id: string) => result.findings.filter((finding) => finding.article === id)

  it('give every copy the relation and findings a single copy gets', () => {
    const single = few.relations.find((relation) => relation.article === 'copy-1')
    for (const id of ['copy-1', 'copy-2', 'copy-3']) {
      expect(many.relations.find((relation) => relation.article === id)).toMatchObject({ kind: single?.kind, source: single?.source, fidelity: single?.fidelity })
      expect(of(many, id).map(({ article: _, ...rest }) => rest)).toEqual(of(few, 'copy-1').map(({ article: _, ...rest }) => rest))
    }
  })

  it('leave the findings of the other articles as they were', () => {
    expect(of(many, 'summary').map((finding) => [finding.claim.text, finding.status, finding.support])).toEqual(
      of(few, 'summary').map((finding) => [finding.claim.text, finding.status, finding.support]))
    expect(of(many, 'summary').find((finding) => finding.claim.text === '14')?.status).toBe('conflict')
  })

  it('keep every copy in the story and choose the origin among all of them', () => {
    expect(many.story.articles).toHaveLength(5)
    expect(many.story.origin).toBe('original')
    expect(many.relations).toHaveLength(4)
  })
})
