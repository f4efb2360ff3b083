import { describe, expect, it } from 'vitest'
import type { EntityValue } from '../../model/index.js'
import { analyseArticle } from '../analyse-article.js'
import { compareValues } from '../kinds.js'

function entities(text: string): (EntityValue & { text: string })[] {
  return analyseArticle({ id: 't', text }).facts.flatMap((fact) => (fact.value.kind === 'entity' ? [{ ...fact.value, text: fact.text }] : []))
}

function named(text: string, written: string): EntityValue & { text: string } {
  const found = entities(text).find((entity) => entity.text === written)
  expect(found, `${written} in ${text}`).toBeDefined()
  return found as EntityValue & { text: string }
}

const STORY = [
  'Harbor Minister Amelia Varga-Lindqvist opened the terminal in Rotterdam on Tuesday.',
  'Critics told the Dockside Herald that Ms. Varga-Lindqvist ignored the unions.',
  'Varga-Lindqvist said the U.S. and the United Kingdom had sent observers.',
  'Lt. Gen. Tomas R. Ebert of the Coastal Guard inspected two KX-9 cranes and a Vessel 221 berth.',
].join('\n')

describe('entities', () => {
  it('finds people behind titles and links later mentions to the full name', () => {
    const full = named(STORY, 'Amelia Varga-Lindqvist')
    expect(full).toMatchObject({ category: 'person', key: 'amelia varga lindqvist' })
    expect(named(STORY, 'Varga-Lindqvist')).toMatchObject({ category: 'person', name: 'Amelia Varga-Lindqvist', key: full.key })
    const general = named(STORY, 'Tomas R. Ebert')
    expect(general).toMatchObject({ category: 'person', key: 'tomas ebert' })
  })

  it('links a lone distinctive word to the organisation or place it shortens', () => {
    const text = 'Fenwick Shipping won the contract for the Morrow Pier. Fenwick said the Morrow works start soon.'
    const found = entities(text).map((entity) => [entity.text, entity.name, entity.category])
    expect(found).toEqual([
      ['Fenwick Shipping', 'Fenwick Shipping', 'organization'],
      ['Morrow Pier', 'Morrow Pier', 'place'],
      ['Fenwick', 'Fenwick Shipping', 'organization'],
      ['Morrow', 'Morrow Pier', 'place'],
    ])
  })

  it('separates offices, their domains and the person holding them', () => {
    const found = entities('Deputy Minister of Coastal Defense Ilse Marten met Secretary of State Paul Oduya.').map((entity) => [entity.text, entity.category])
    expect(found).toEqual([
      ['Coastal Defense', 'organization'],
      ['Ilse Marten', 'person'],
      ['Paul Oduya', 'person'],
    ])
    expect(entities('She met the President of Portugal.').map((entity) => entity.text)).toEqual(['Portugal'])
    // A conjunction opens no name, even where no sentence boundary was found before it.
    expect(entities("Millionaires pay less' But Ada Brenner hails the plan.").map((entity) => entity.text)).toEqual(['Ada Brenner'])
    // A group of people is no person.
    expect(entities('Most Conservative MPs backed the plan.').map((entity) => entity.category)).toEqual(['other'])
    // A title word inside an organisation's or an event's name makes no person of its last word.
    expect(entities('He left the Lakeside Premier League side for General Motors.').map((entity) => [entity.text, entity.category])).toEqual([
      ['Lakeside Premier League', 'organization'],
      ['General Motors', 'organization'],
    ])
  })

  it('maps aliases to one canonical name', () => {
    expect(named(STORY, 'U.S.')).toMatchObject({ category: 'place', name: 'United States' })
    expect(named(STORY, 'United Kingdom')).toMatchObject({ name: 'United Kingdom' })
    expect(named('Officials in Britain agreed.', 'Britain').key).toBe(named(STORY, 'United Kingdom').key)
    expect(named('The NYT reported it first.', 'The NYT').name).toBe('The New York Times')
    expect(named('It appeared in The New York Times on Sunday.', 'The New York Times').key).toBe('new york times')
  })

  it('classifies organisations, places and designators', () => {
    expect(named(STORY, 'Dockside Herald').category).toBe('organization')
    expect(named(STORY, 'Coastal Guard').category).toBe('organization')
    expect(named(STORY, 'Rotterdam').category).toBe('other')
    expect(named('Ships left Hanoi for the South China Sea.', 'South China Sea').category).toBe('place')
    expect(named(STORY, 'KX-9')).toMatchObject({ category: 'designator', key: 'kx-9' })
    expect(named(STORY, 'Vessel 221')).toMatchObject({ category: 'designator' })
    expect(named('They flew C-130s and F-16 jets.', 'C-130s')).toMatchObject({ category: 'designator', name: 'C-130' })
  })

  it('cuts compound tails off names but keeps hyphenated given names', () => {
    const found = entities('South Korean envoy Park Ji-hoon praised the Oslo-based fund.').map((entity) => [entity.text, entity.category])
    expect(found).toEqual([
      ['South Korean', 'place'],
      ['Park Ji-hoon', 'person'],
      ['Oslo', 'place'],
    ])
    // Tokenised copy glues a function word on: "Tokyo-after Britain" is two names.
    expect(entities('Funding ends for Tokyo-after Britain won bronze.').map((entity) => entity.text)).toEqual(['Tokyo', 'Britain'])
  })

  it('does not take sentence openers or dates for names, and reads a nationality as its country', () => {
    const found = entities('Instead, Vietnamese officials met on Monday. Leaked files showed more. Hacked Kestrel emails leaked.')
    expect(found.map((entity) => [entity.text, entity.name])).toEqual([
      ['Vietnamese', 'Vietnam'],
      ['Kestrel', 'Kestrel'],
    ])
    // "Scottish" is Scotland, "Britons" the United Kingdom (which "UK" and "Britain" also name); "English" is mostly the language.
    expect(named('A Scottish teenager met Russian President Ivo Brenk.', 'Scottish')).toMatchObject({ category: 'place', key: 'scotland' })
    expect(named('A Scottish teenager met Russian President Ivo Brenk.', 'Russian')).toMatchObject({ key: 'russia' })
    expect(named('Two Britons were freed.', 'Britons')).toMatchObject({ key: 'united kingdom' })
    expect(entities('The English version was read out.')).toEqual([])
    // Past the nationality, a sector word names nothing; a body such as a navy is still one.
    expect(entities('Swedish Aerospace firm Kestrel said so.').map((entity) => entity.text)).toEqual(['Swedish', 'Kestrel'])
    expect(entities('The Danish Navy sent a ship.').map((entity) => entity.text)).toEqual(['Danish', 'Navy'])
    // A subordinator opening a sentence before a title is no name, although a capital follows it.
    expect(entities('When President Ivo Brenk visited, crowds gathered.').map((entity) => entity.text)).toEqual(['Ivo Brenk'])
  })

  it('takes a title written as initials for a title, and initials of common nouns for no name', () => {
    const found = entities('But the PM hailed the changes on TV. The MP watched the CCTV footage with BBC reporters. PM Dana Holt spoke.').map((entity) => entity.text)
    expect(found).toEqual(['BBC', 'Dana Holt'])
  })

  it('keeps initials joined by an ampersand as one word: "AT&T", "P&O"', () => {
    expect(entities('Fans saw the 2015 AT&T MLS All Stars game. Shares in P&O fell.').map((entity) => entity.text)).toEqual(['AT&T MLS All Stars', 'P&O'])
  })

  it('compares: same key equal, surname compatible, designator family conflict, categories unrelated', () => {
    const full = named(STORY, 'Amelia Varga-Lindqvist')
    const surname = named('Officials met Varga-Lindqvist.', 'Varga-Lindqvist')
    expect(compareValues(full, named(STORY, 'Varga-Lindqvist'))).toBe('equal')
    expect(compareValues(full, { ...surname, category: 'person', key: 'varga lindqvist' })).toBe('compatible')
    expect(compareValues(named('Pilots flew the Su-30 jets.', 'Su-30'), named('Pilots flew the Su-40 jets.', 'Su-40'))).toBe('conflict')
    expect(compareValues(named('Pilots flew the Su-30 jets.', 'Su-30'), named('Pilots flew the SU-30 jets.', 'SU-30'))).toBe('equal')
    expect(compareValues(full, named(STORY, 'Tomas R. Ebert'))).toBe('conflict')
    expect(compareValues(full, named(STORY, 'U.S.'))).toBe('unrelated')
    // An unclassified lone surname ("other") still matches the person it names.
    const lone = named('Reporters asked Lindqvist about it.', 'Lindqvist')
    expect(lone.category).toBe('other')
    expect(compareValues(lone, { ...full, key: 'amelia lindqvist' })).toBe('compatible')
    expect(compareValues(lone, named(STORY, 'Rotterdam'))).toBe('conflict')
  })

  it('reads tokenised text: spaced hyphens inside a name, a score after a team, occupations and nationality nouns before names', () => {
    const text = 'Harbour Saint - Germain beat Kelso Rovers 3 - 1 on Sunday. Novelist Ada Brennick said so. The Welshman left.'
    expect(named(text, 'Harbour Saint - Germain')).toMatchObject({ key: 'harbour saint germain', category: 'person' })
    expect(entities(text).some((entity) => entity.category === 'designator')).toBe(false)
    expect(named(text, 'Ada Brennick')).toMatchObject({ category: 'person' })
    expect(named(text, 'Welshman')).toMatchObject({ category: 'place', key: 'wales' })
    expect(entities('Harbour Saint-Germain won.').map((entity) => entity.key)).toContain('harbour saint germain')
  })

  it('takes initials without dots for initials, and links the surname alone', () => {
    const text = 'Author TR Halloway signed copies. Later Halloway left the fair.'
    expect(named(text, 'TR Halloway')).toMatchObject({ category: 'person', key: 'halloway' })
    expect(named(text, 'Halloway')).toMatchObject({ category: 'person', key: 'halloway' })
    expect(named('T.R. Halloway signed copies.', 'T.R. Halloway')).toMatchObject({ category: 'person', key: 'halloway' })
  })
})
