import { describe, expect, it } from 'vitest'
import '../extract/index.js'
import { latin1StandIn, StandInPattern, standInPatterns } from './latin1.js'
import './terms.js'

// Every kind of character a class or literal of the patterns can tell apart.
const PIECES = [...'aZ09 .,;:-\'"()$%£éÀàñßÿµªº²½¼×\u00a0\u00ad\u0085\u0099’‘“”–—…−€°', 'Mr.', 'U.S.', 'O’Brien', 'Saint - Germain', 'twenty-six', '12,000', '10–12', 'March 3, 2024', ' ', ' ']

function texts(): string[] {
  let seed = 7
  const result: string[] = []
  for (let count = 0; count < 150; count += 1) {
    let text = ''
    while (text.length < 120) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      text += PIECES[seed % PIECES.length]
    }
    result.push(text)
  }
  return result
}

const spans = (pattern: RegExp, subject: string): string =>
  [...subject.matchAll(new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/gu, '')}gd`))].map((match) => JSON.stringify(match.indices)).join(';')

describe('latin1StandIn', () => {
  it('keeps the length and is one character per code unit', () => {
    const text = 'Café “Déjà vu” – 12 ½ €5…'
    const standIn = latin1StandIn(text)
    expect(standIn).toHaveLength(text.length)
    expect(standIn?.slice(0, 4)).toBe('Café')
    expect([...(standIn ?? '')].every((character) => character.charCodeAt(0) <= 0xff)).toBe(true)
  })

  it('has none for other characters beyond Latin-1', () => {
    for (const character of ['\u212a', '\u017f', 'e\u0301', '\ud83d\ude00', '\u2028', 'ǅ', 'ạ', 'Д', '\u2009']) expect(latin1StandIn(`a ${character} b`)).toBeUndefined()
  })

  it('lets every stand-in pattern match where it matches the text', () => {
    expect(standInPatterns.length).toBeGreaterThan(2)
    for (const text of texts()) {
      const standIn = latin1StandIn(text)
      expect(standIn).toBeDefined()
      for (const pattern of standInPatterns) expect(spans(pattern.for(standIn), standIn ?? '')).toBe(spans(pattern.for(undefined), text))
    }
  })

  it('refuses a pattern naming a character it has no stand-in for', () => {
    expect(() => new StandInPattern('\\p{Lo}', 'u').for('')).toThrow()
    expect(() => new StandInPattern('\x85', 'u').for('')).toThrow()
    expect(() => new StandInPattern('[ -é]', 'u').for('')).toThrow()
    expect(() => new StandInPattern('‽', 'u').for('')).toThrow()
    standInPatterns.splice(-4)
  })
})
