import { describe, expect, it } from 'vitest'
import type { SentenceLink } from '../model/index.js'
import { article } from '../verify/test-helpers/story.js'
import { alignStory, alignStoryDetailed } from './align-story.js'
import { buildStoryIndex, candidatePrefix } from './story-index.js'

const ORIGINAL = [
  'The harbour council voted on Monday to close the old pier for repairs.',
  'Engineers found cracks in 14 of the 30 steel piles under the pier.',
  'The repairs will cost $2.4 million and take about nine months, the council said.',
  'Fishing boats will moor at the northern quay until the work is done.',
].join('\n')

function linkFrom(links: readonly SentenceLink[], from: string, sentence: number, to: string): SentenceLink | undefined {
  return links.find((link) => link.from.article === from && link.from.sentence === sentence && link.to.article === to)
}

describe('alignStory', () => {
  it('links identical sentences as verbatim, whatever their quotes and spacing', () => {
    const copy = ORIGINAL.replace('Monday to', 'Monday  to')
    const { links } = alignStory([article('a', ORIGINAL), article('b', copy)])
    for (let sentence = 0; sentence < 4; sentence++) {
      expect(linkFrom(links, 'b', sentence, 'a')).toMatchObject({ kind: 'verbatim', to: { sentence } })
    }
  })

  it('links a sentence with one word changed as near-verbatim', () => {
    const edited = ORIGINAL.replace('voted on Monday', 'voted on Tuesday')
    const { links } = alignStory([article('a', ORIGINAL), article('b', edited)])
    expect(linkFrom(links, 'b', 0, 'a')?.kind).toBe('near-verbatim')
    expect(linkFrom(links, 'b', 1, 'a')?.kind).toBe('verbatim')
  })

  it('links a reworded sentence that keeps its numbers as a paraphrase', () => {
    const rewrite = [
      'On Monday, the council of the harbour decided to shut the old pier so it can be repaired.',
      'Cracks were found by engineers in 14 of the pier’s 30 steel piles.',
      'Costing $2.4 million, the repair work should last roughly nine months.',
      'Until then the fishing fleet is to tie up at the northern quay.',
    ].join('\n')
    const { links } = alignStory([article('a', ORIGINAL), article('b', rewrite)])
    expect(linkFrom(links, 'b', 1, 'a')).toMatchObject({ kind: 'paraphrase', to: { sentence: 1 } })
    expect(linkFrom(links, 'b', 2, 'a')).toMatchObject({ kind: 'paraphrase', to: { sentence: 2 } })
  })

  it('does not link sentences that only share the story’s common words', () => {
    const other = [
      'The harbour council also approved a new budget for the library.',
      'A storm is expected on the coast this weekend.',
    ].join('\n')
    const { links } = alignStory([article('a', ORIGINAL), article('b', other)])
    expect(links).toEqual([])
  })

  it('never links sentences within one article', () => {
    const { links } = alignStory([article('a', `${ORIGINAL}\n${ORIGINAL}`), article('b', 'Nothing in common here at all today.')])
    expect(links.filter((link) => link.from.article === link.to.article)).toEqual([])
  })
})

describe('candidatePrefix', () => {
  it('leaves out the story’s most common terms when finding candidates', () => {
    const articles = ['a', 'b', 'c', 'd'].map((id, position) => article(id, `The harbour council met today.\nThe harbour pier number ${position} was closed for crane repairs.`))
    const index = buildStoryIndex(articles)
    const sentence = index.sentences[0]?.[1]
    if (sentence === undefined) throw new Error('no sentence')
    const prefix = candidatePrefix(sentence, 0.2)
    expect(prefix).toContain('crane')
    expect(prefix).not.toContain('harbour')
  })
})

describe('alignStoryDetailed with hubs', () => {
  it('aligns every article with the hubs and never two articles outside them', () => {
    const copies = ['a', 'b', 'c', 'd'].map((id) => article(id, ORIGINAL))
    const { links } = alignStoryDetailed(copies, { hubs: new Set([0]) })
    expect(linkFrom(links, 'c', 1, 'a')).toMatchObject({ kind: 'verbatim' })
    expect(linkFrom(links, 'a', 1, 'd')).toMatchObject({ kind: 'verbatim' })
    expect(linkFrom(links, 'c', 1, 'd')).toBeUndefined()
    expect(linkFrom(alignStoryDetailed(copies).links, 'c', 1, 'd')).toMatchObject({ kind: 'verbatim' })
  })
})
