import { describe, expect, it } from 'vitest'
import { analyzeStory } from './analyze-story.js'
import { article } from './test-helpers/story.js'

const report = article('report', 'The harbour board will close the Marrow ferry on June 30 after 41 years.', { outlet: 'Marrow Gazette', published: '2026-03-10T07:30:00Z' })
const brief = (id: string, text: string) => article(id, text, { outlet: 'Coast Brief', published: '2026-03-12' })

describe('the day a named outlet reported', () => {
  it('is supported by that article\'s publication date', () => {
    const story = analyzeStory([report, brief('brief', 'The Marrow Gazette reported on Tuesday that the ferry will close on June 30.')], { storyId: 's', origin: 'report' })
    const day = story.findings.find((finding) => finding.article === 'brief' && finding.claim.text === 'Tuesday')
    expect(day).toMatchObject({ status: 'supported', rule: 'date/publication', evidence: [] })
    expect(day?.explanation).toContain('2026-03-10')
  })

  it('is not supported by another day', () => {
    const story = analyzeStory([report, brief('brief', 'The Marrow Gazette reported on Monday that the ferry will close on June 30.')], { storyId: 's', origin: 'report' })
    expect(story.findings.find((finding) => finding.article === 'brief' && finding.claim.text === 'Monday')?.status).toBe('unsupported')
  })
})
