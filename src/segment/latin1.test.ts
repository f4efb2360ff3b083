import { describe, expect, it } from 'vitest'
import '../clean/04-byline.js'
import '../cluster/event-features.js'
import '../clean/remove-boilerplate.js'
import '../extract/index.js'
import { LATIN1_PROPERTY_MEMBERS, latin1Flags, latin1StandIn, StandInPattern, standInPatterns, withLatin1Properties } from './latin1.js'
import './sentences.js'
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

  it('tests and matches whole lines through the stand-in as the pattern does on the text', () => {
    const lines = [
      'Share this article: Facebook | X | Email', 'SHARE ON “Facebook”', 'Facebook • Twitter • WhatsApp', 'Facebook · LinkedIn', 'Email',
      'Published: 4 March 2025', 'PUBLIÉ LE 4 mars 2025 à 10h', 'Updated March 5, 2025 – 9:10 a.m.', 'Related stories / More stories:',
      'À lire aussi', 'Read more: Dock strike ends…', 'Advertisement · Continue reading below', 'Advertisement – scroll to continue',
      'The post Harbour “fix” delayed appeared first on Ledger Daily.', 'L’article X est apparu en premier sur Le Monde.',
      'Read the full report in The Coastline Wire.', 'Ferry fares rise again’s — said the mayor', 'sponsored content',
    ]
    for (const line of lines) {
      for (const pattern of standInPatterns) {
        const original = new RegExp(pattern.source, pattern.flags)
        expect(pattern.test(line), `${pattern.source} on ${line}`).toBe(original.test(line))
        original.lastIndex = 0
        if (!pattern.flags.includes('d')) continue
        const expected = original.exec(line)
        const actual = pattern.exec(line)
        expect(actual === null ? null : [[...actual], actual.index, { ...actual.groups }]).toEqual(expected === null ? null : [[...expected], expected.index, { ...expected.groups }])
      }
    }
  })

  it('replaces and splits through the stand-in as the pattern does on the text', () => {
    const classes = [String.raw`[^\p{L}\p{N}]+`, String.raw`[^\p{L}\p{N}'%$.]+`, String.raw`[^\p{L}\p{N}&\s-]`]
    const more = ['Nguyễn Thế Phương’s “deal”', 'O’Brien – 12½ €5… naïve']
    for (const source of classes) {
      const pattern = new StandInPattern(source, 'gu')
      for (const text of [...texts(), ...more]) {
        expect(pattern.replaceIn(text, ' ')).toBe(text.replace(new RegExp(source, 'gu'), ' '))
        expect(pattern.splitIn(text)).toEqual(text.split(new RegExp(source, 'gu')))
      }
    }
    expect(() => new StandInPattern('[^\\p{L}’]+', 'gu').replaceIn('a', ' ')).toThrow()
    expect(() => new StandInPattern('\\p{L}+', 'gu').splitIn('a')).toThrow()
    standInPatterns.splice(-(classes.length + 2))
  })

  it('refuses a pattern naming a character it has no stand-in for', () => {
    expect(() => new StandInPattern('\\p{Lo}', 'u').for('')).toThrow()
    expect(() => new StandInPattern('\x85', 'u').for('')).toThrow()
    expect(() => new StandInPattern('[ -é]', 'u').for('')).toThrow()
    expect(() => new StandInPattern('‽', 'u').for('')).toThrow()
    standInPatterns.splice(-4)
  })
})

describe('withLatin1Properties', () => {
  const latin1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code))

  it('names the Latin-1 members of each property as V8 does, with and without the i flag', () => {
    for (const [property, [members, membersIgnoringCase]] of Object.entries(LATIN1_PROPERTY_MEMBERS)) {
      for (const [flags, ranges] of [['u', members], ['iu', membersIgnoringCase]] as const) {
        const byProperty = new RegExp(`^\\p{${property}}$`, flags)
        const byRanges = new RegExp(`^[${ranges}]$`, flags)
        for (const character of latin1) expect(byRanges.test(character), `${property} ${flags} ${character.charCodeAt(0)}`).toBe(byProperty.test(character))
      }
    }
  })

  it('rewrites classes inside and outside brackets, negated ones outside, and leaves escapes alone', () => {
    expect(withLatin1Properties(String.raw`\p{Lu}[\p{L}\p{M}'-]*\P{N}[^\p{N}\P{L}]\[\p{Ll}\]`, false)).toBe(
      String.raw`[A-Z\xc0-\xd6\xd8-\xde][A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff'-]*[^0-9\xb2\xb3\xb9\xbc-\xbe][^0-9\xb2\xb3\xb9\xbc-\xbe\P{L}]\[[a-z\xb5\xdf-\xf6\xf8-\xff]\]`,
    )
    for (const source of [String.raw`\p{Lu}[\p{L}\p{M}'-]*\P{N}`, String.raw`[^\p{L}\p{N}]+`, String.raw`\b\p{Ll}+s?\b`, String.raw`[\p{M}]|[^\p{M}]`]) {
      for (const flags of ['gu', 'giu']) {
        const original = new RegExp(source, flags)
        const rewritten = new RegExp(withLatin1Properties(source, flags.includes('i')), flags)
        for (let start = 0; start < 256; start += 16) {
          const subject = latin1.slice(start, start + 16).join('') + ' Ab ßÿ µ ²x'
          expect([...subject.matchAll(rewritten)].map((match) => `${match.index}:${match[0]}`)).toEqual([...subject.matchAll(original)].map((match) => `${match.index}:${match[0]}`))
        }
      }
    }
  })
})

describe('latin1Flags', () => {
  it('drops u only when the source has no property class or \\u escape', () => {
    expect(latin1Flags(String.raw`\bsaid\b|[A-Za-z\xc0-\xd6]+\x81`, 'giu')).toBe('gi')
    expect(latin1Flags(String.raw`[^\P{L}]`, 'gu')).toBe('gu')
    expect(latin1Flags(String.raw`\u2019`, 'du')).toBe('du')
  })

  it('matches a Latin-1 subject alike with and without u, ignoring case too', () => {
    const latin1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join('')
    for (const source of [String.raw`\b(?:said|ßtraße|été|mÿ|µs)\b`, String.raw`[a-zà-þ]+`, String.raw`[^a-z\s]+`, String.raw`\w+\W`]) {
      const subject = `${latin1} SAID ÉTÉ MŸ ÀÞ Mÿ µS said`
      const all = (flags: string): string[] => [...subject.matchAll(new RegExp(source, flags))].map((match) => `${match.index}:${match[0]}`)
      expect(all(latin1Flags(source, 'giu'))).toEqual(all('giu'))
    }
  })
})
