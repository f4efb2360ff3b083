import { eng } from 'stopword'
import { describe, expect, it } from 'vitest'
import { ENGLISH_STOPWORDS } from './stopwords-en.js'
import { isStopword, terms, termsWithOffsets } from './terms.js'

describe('terms', () => {
  it('keeps content words, stemmed, and drops stopwords and one-letter tokens', () => {
    expect(terms('The council said it purchases 3 new ferries.')).toEqual(['council', 'purchas', 'new', 'ferri'])
  })

  it('takes irregular verb forms for their verb: "fell" meets "falls", "won" meets "wins"', () => {
    expect(terms('Crime fell; it won')).toEqual(terms('Crime falls; it wins'))
    // Words that are also names on Object's prototype are words like any other.
    expect(terms('constructor toString')).toEqual(['constructor', 'tostr'])
  })

  it('gives offsets into the text, shifted by the offset argument', () => {
    const text = 'Ferries sailed.'
    const found = termsWithOffsets(text, 100)
    expect(found.map((term) => [term.stem, term.start, term.end])).toEqual([['ferri', 100, 107], ['sail', 108, 114]])
  })

  it('knows news function words as stopwords', () => {
    expect(isStopword('Said')).toBe(true)
    expect(isStopword('ferry')).toBe(false)
  })

  it('uses an exact copy of the stopword package English list', () => {
    expect([...ENGLISH_STOPWORDS]).toEqual([...eng])
  })
})
