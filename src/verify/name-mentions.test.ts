import { describe, expect, it } from 'vitest'
import { analyseArticle, storyReading } from '../extract/index.js'
import type { Fact, Finding } from '../model/index.js'
import { analyzeStory } from './analyze-story.js'
import { findNameMentions } from './name-mentions.js'
import { article } from './test-helpers/story.js'

const source = article('src', [
  'Crews from Greater Marrow Fire and Rescue Service were called to the depot at noon.',
  '“We were lucky,” Voss told reporters after the blaze.',
  'Board member Tomas Keel said the depot would reopen within a month.',
].join('\n'), { outlet: 'Marrow Gazette', published: '2026-03-10' })
const derived = article('der', [
  'A depot fire in Greater Marrow was put out by firefighters, depot manager Hana Voss said.',
  'Board member Anton Keel said it would reopen.',
].join('\n'), { outlet: 'Coast Daily', published: '2026-03-11' })
const lowerCased = article('low', 'firefighters in greater marrow put out a depot fire, the board said on tuesday after the blaze.', {})
const result = analyzeStory([source, derived], { storyId: 'depot', origin: 'src' })
// As analyze() does: the lower-cased text is read with the casing of the cased one.
const reading = storyReading([source.article, lowerCased.article])
const lowerResult = analyzeStory([source, analyseArticle(lowerCased.article, reading(lowerCased.article))], { storyId: 'depot', origin: 'src' })
const finding = (id: string, claim: string): Finding | undefined =>
  [...result.findings, ...lowerResult.findings].find((candidate) => candidate.article === id && candidate.type === 'entity' && candidate.claim.text === claim)

describe('names checked by mention in the text', () => {
  it('supports a name written inside a longer name elsewhere', () => {
    expect(finding('der', 'Greater Marrow')).toMatchObject({ status: 'supported', rule: 'entity/mentioned' })
    expect(finding('der', 'Greater Marrow')?.evidence[0]).toMatchObject({ article: 'src', text: 'Greater Marrow' })
  })

  it('supports a full name by the surname another article uses alone', () => {
    expect(finding('der', 'Hana Voss')).toMatchObject({ status: 'supported' })
    expect(finding('der', 'Hana Voss')?.explanation).toContain('by surname')
  })

  it('takes a surname only where it stands alone or after a title, not as the end of another name', () => {
    const claim = article('b', 'Paintings were taken from Ansel Castle on Friday.')
    const fact = { ...(claim.facts[0] as Fact), value: { kind: 'entity', category: 'person', name: 'Ansel Castle', key: 'ansel castle' } } satisfies Fact
    const mentioned = (text: string) => findNameMentions(fact, claim, [article('a', text)]).map((mention) => [mention.evidence.text, mention.found])
    expect(mentioned('Mr Castle said the paintings were insured.')).toEqual([['Castle', 'surname']])
    expect(mentioned('The keys of Caerlaverock Castle were found.')).toEqual([])
  })

  it('flags a first name changed around the same surname', () => {
    expect(finding('der', 'Anton Keel')).toMatchObject({ status: 'conflict', rule: 'entity/first-name' })
    expect(finding('der', 'Anton Keel')?.evidence[0]).toMatchObject({ article: 'src', text: 'Tomas Keel' })
  })

  it('supports an outlet named as the source by the other article\'s outlet, which its text need not hold', () => {
    const summary = article('sum', 'The depot will reopen within a month, the Gazette reported.', { outlet: 'Harbour Digest' })
    const story = analyzeStory([source, summary], { storyId: 'outlet' })
    const named = story.findings.find((candidate) => candidate.article === 'sum' && candidate.type === 'entity' && candidate.claim.text === 'Gazette')
    expect(named).toMatchObject({ status: 'supported', rule: 'entity/outlet', evidence: [] })
    expect(named?.explanation).toContain('Marrow Gazette')
  })

  it('reads a lower-cased text case-blind', () => {
    expect(finding('low', 'greater marrow')).toMatchObject({ status: 'supported' })
  })

  it('finds a name by another name for it, in its plural or singular, and past a stutter over a letter', () => {
    const mentioned = (claimText: string, claim: string, otherText: string): string[] => {
      const claimArticle = article('c', claimText)
      const fact = claimArticle.facts.find((candidate) => candidate.text === claim)
      expect(fact, claim).toBeDefined()
      return findNameMentions(fact as Fact, claimArticle, [article('o', otherText)]).map((mention) => mention.evidence.text)
    }
    // "British" names the United Kingdom, which "UK" names too, here inside a charity's name.
    expect(mentioned('British researchers built the test.', 'British', 'Delegates at the Dementia Research UK Conference heard of it.')).toEqual(['UK'])
    expect(mentioned('British researchers built the test.', 'British', 'Delegates in the us heard of it.')).toEqual([])
    expect(mentioned('She is an Olympic champion.', 'Olympic', 'She won gold at two Olympics.')).toEqual(['Olympics'])
    expect(mentioned('The release of Grand Theft Auto V V V was delayed.', 'Grand Theft Auto V V V', 'Grand Theft Auto V was delayed.')).toEqual(['Grand Theft Auto V'])
  })

  it('checks a nationality as its country: supported by the country, unsupported where no article places the story there', () => {
    const report = article('r', 'Harbour police arrested a man in Glasgow, Scotland, on Monday after a fire at the depot.')
    const claims = (text: string) => analyzeStory([report, article('s', text)], { storyId: 'n', origin: 'r' }).findings.filter((candidate) => candidate.article === 's' && candidate.type === 'entity')
    expect(claims('A Scottish man was arrested after a depot fire.').find((candidate) => candidate.claim.text === 'Scottish')).toMatchObject({ status: 'supported' })
    expect(claims('A Canadian man was arrested after a depot fire.').find((candidate) => candidate.claim.text === 'Canadian')).toMatchObject({ status: 'unsupported' })
  })
})
