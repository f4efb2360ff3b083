import { describe, expect, it } from 'vitest'
import { findAttributions, namedSources, sameOutlet } from './attribution.js'

const names = (text: string) => findAttributions(text).map((attribution) => attribution.name)

describe('findAttributions', () => {
  it('finds "according to", with words between', () => {
    expect(names('The pier is unsafe, according to a lengthy Northern Ledger investigation.')).toContain('Northern Ledger')
    expect(names('According to The Harbour Gazette, the vote was close.')).toContain('The Harbour Gazette')
  })

  it('finds "X reported" and "X\'s report"', () => {
    expect(names('The Harbour Gazette reported on Monday that the pier would close.')).toContain('The Harbour Gazette')
    expect(names('The Gazette’s investigation found cracks.')).toContain('The Gazette')
  })

  it('finds "obtained by", "reviewed by", "told X"', () => {
    expect(names('Documents obtained by the Daily Ledger show the cost.')).toContain('the Daily Ledger')
    expect(names('Records reviewed by Coastline Wire list 14 piles.')).toContain('Coastline Wire')
    expect(names('An engineer told Coastline Wire that the piles were cracked.')).toContain('Coastline Wire')
  })

  it('resolves "the paper" to the outlet last named', () => {
    const found = names('The Daily Ledger reported the plans. An engineer told the paper the cost had doubled. Experts cited by the paper agreed.')
    expect(found.filter((name) => name === 'The Daily Ledger').length).toBe(3)
  })

  it('does not take a sentence-opening word for an outlet', () => {
    expect(names('The report said the pier was old.')).toEqual([])
  })

  it('reads names beyond Latin-1 (read through a Latin-1 stand-in) as they are written', () => {
    const text = 'КИЇВ (Укрінформ) — The Ωmega Ledger’s investigation found cracks. Officials told Łódź Daily News\u2003about it, according to Δέλτα.'
    const found = findAttributions(text)
    expect(found.map((attribution) => attribution.name)).toEqual(['Укрінформ', 'The Ωmega Ledger', 'Łódź Daily News', 'Δέλτα'])
    // The span covers the name as matched, a possessive included.
    for (const attribution of found) expect(text.slice(attribution.start, attribution.end).startsWith(attribution.name)).toBe(true)
    // A dash or apostrophe never joins a name, wherever the text has them; characters beyond the BMP are read too.
    expect(names('Reuters—the agency reported it. 𝐀BC News reported it too.')).toEqual(['𝐀BC News'])
  })

  it('returns spans into the text', () => {
    const text = 'Engineers told the Daily Ledger about it.'
    for (const attribution of findAttributions(text)) expect(text.slice(attribution.start, attribution.end)).toBe(attribution.name)
  })
})

describe('sameOutlet', () => {
  it('matches initials derived from the full name', () => {
    expect(sameOutlet('NDL', 'The Northern Daily Ledger')).toBe(true)
    expect(sameOutlet('The HBD', 'Harbour Business Digest')).toBe(true)
  })

  it('ignores a leading "The", a possessive and a domain ending', () => {
    expect(sameOutlet('The Northern Ledger', 'Northern Ledger’s')).toBe(true)
    expect(sameOutlet('Coastlinewire.com', 'Coastline Wire')).toBe(true)
  })

  it('keeps different outlets apart', () => {
    expect(sameOutlet('Northern Ledger', 'Southern Ledger')).toBe(false)
    expect(sameOutlet('NL', 'Northern Daily Ledger')).toBe(false)
  })
})

describe('namedSources', () => {
  it('adds syndication credits to the names found in the text', () => {
    expect(namedSources({ id: 'a', text: 'Nothing named here.', credits: ['Northern Ledger'] })).toEqual(['Northern Ledger'])
  })
})
