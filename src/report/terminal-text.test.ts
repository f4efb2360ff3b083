import stringWidth from 'string-width'
import wrapAnsi from 'wrap-ansi'
import { describe, expect, it } from 'vitest'
import { displayWidth, wrapLines } from './terminal-text.js'

// The characters the short path takes (see SINGLE_COLUMN in terminal-text.ts).
const singleColumnRanges: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0],
  [0x2190, 0x21ff], [0x2500, 0x257f], [0xfffd, 0xfffd],
]
const singleColumn = singleColumnRanges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => String.fromCharCode(first + index)))

/** A deterministic generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

describe('displayWidth', () => {
  it('agrees with string-width on every character of the short path, alone and between others', () => {
    const segmenter = new Intl.Segmenter()
    for (const character of singleColumn) {
      const text = `a${character}${character}b`
      expect(displayWidth(text), character.charCodeAt(0).toString(16)).toBe(stringWidth(text))
      // Each its own grapheme cluster, unchanged by NFC: what lets wrapping go character by character.
      expect([...segmenter.segment(text)].length).toBe(4)
      expect(text.normalize()).toBe(text)
    }
  })

  it('leaves other text to string-width and ignores escape codes', () => {
    expect(displayWidth('日本語')).toBe(6)
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('👍🏽 ok')).toBe(5)
    expect(displayWidth('\u001b[31mred\u001b[39m “quoted”')).toBe(12)
  })
})

describe('wrapLines', () => {
  it('wraps as wrap-ansi does (hard, trimmed) on random text of single-column characters', () => {
    const random = seeded(7)
    const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? ''
    const pieces = ['the', 'council', '“approved”', '—', '£12m', 'a', 'supercalifragilisticexpialidocious', 'Zoë', '…', '', '\u00a0', '↔', 'x'.repeat(45)]
    for (let round = 0; round < 3000; round += 1) {
      const words = Array.from({ length: Math.floor(random() * 30) }, () => (random() < 0.15 ? pick(singleColumn) : pick(pieces)))
      const text = words.join(random() < 0.2 ? '  ' : ' ') + (random() < 0.2 ? '   ' : '')
      const columns = 1 + Math.floor(random() * 60)
      expect(wrapLines(text, columns), JSON.stringify([text, columns])).toEqual(wrapAnsi(text, columns, { hard: true, trim: true }).split('\n'))
    }
  })

  it('hands text with escape codes, tabs, line breaks or wide characters to wrap-ansi', () => {
    for (const text of ['\u001b[1mbold words here\u001b[22m and more', 'tab\tseparated words', 'two\nlines of text', '日本語のテキストです とても長い']) {
      expect(wrapLines(text, 8)).toEqual(wrapAnsi(text, 8, { hard: true, trim: true }).split('\n'))
    }
  })
})
