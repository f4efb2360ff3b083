import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { linesByMarked } from './markdown-to-lines.js'
import { normaliseText } from './normalise-text.js'
import { simpleMarkdownLines } from './simple-markdown.js'

// Pieces of lines, chosen to sit on the edges of the subset: marks that may or may not open or
// close, links next to marks, characters the subset refuses, block starts.
const WORDS = ['the', 'bridge', 'Ledger', 'council’s', '41,000', '47%', '$189.7', 'million', 'said', '(city', 'figures)', '“We', 'will”', '"open"', "it's", 'A&B', 'x.y', '5', '*', '**', '***', '*a*', '**b**', '*c', 'd*', '**e', 'f**', '*g**', '_h_', '`i`', '[j](https://k.example/l)', '[**m**](n)', '[o *p*](q)', '![r](s.jpg)', '[t]', '<br>', 'u\\*', '&amp;', '@v', 'www.w.example', '—', '–', '.', ',', ':', '!', '?', ')', '(', '’', '|', '#', '\u00a0', '']
const STARTS = ['', '', '', '', '# ', '## ', '###### ', '#', '- ', '* ', '+ ', '-', '1. ', '2) ', '> ', '    ', ' ', '---', '***', '===', '| ', '[x]: y', '*', '**', '\u00a0']

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), state | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

// Only what the subset may read: these texts try its handling of marks and links harder.
const SUBSET_WORDS = WORDS.filter((word) => !/[_`!<\\@]|&amp;|www|\[t\]/.test(word))
const SUBSET_STARTS = ['', '', '', '# ', '- ', '* ', '+ ', '*', '**', '(', '“']

function documentOf(next: () => number, words = WORDS, starts = STARTS): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const lines: string[] = []
  const count = 1 + Math.floor(next() * 8)
  for (let line = 0; line < count; line += 1) {
    if (next() < 0.3) {
      lines.push(next() < 0.9 ? '' : '  ')
      continue
    }
    const line = Array.from({ length: 1 + Math.floor(next() * 7) }, () => (next() < 0.6 ? pick(words.slice(0, 12)) : pick(words)))
    lines.push(pick(starts) + line.join(next() < 0.9 ? ' ' : ''))
  }
  return lines.join('\n')
}

const DOCUMENTS = 4000

/** Reads `documents` generated texts; each the subset reads must give marked's lines. Returns how many it read. */
function readLikeMarked(documents: number, generate: () => string): number {
  let read = 0
  for (let index = 0; index < documents; index += 1) {
    const markdown = generate()
    const lines = simpleMarkdownLines(markdown)
    if (lines === undefined) continue
    read += 1
    expect({ markdown, lines }).toEqual({ markdown, lines: linesByMarked(markdown) })
  }
  return read
}

describe('simpleMarkdownLines', () => {
  it('reads the example story’s Markdown article', () => {
    const markdown = normaliseText(readFileSync(new URL('../../examples/harbour-bridge/04-harbour-digest-summary.md', import.meta.url), 'utf8'))
    const lines = simpleMarkdownLines(markdown)
    expect(lines).toBeDefined()
    expect(lines).toEqual(linesByMarked(markdown))
  })

  it('gives marked’s lines for every text it reads, and reads a fair share of them', () => {
    const next = random(20261124)
    expect(readLikeMarked(DOCUMENTS, () => documentOf(next))).toBeGreaterThan(DOCUMENTS / 10)
  })

  it('gives marked’s lines for texts of marks and links', () => {
    const next = random(7)
    expect(readLikeMarked(DOCUMENTS, () => documentOf(next, SUBSET_WORDS, SUBSET_STARTS))).toBeGreaterThan(DOCUMENTS / 5)
  })

  it('reads headings, paragraphs, list items, marks and links', () => {
    const markdown = '# A *new* pier\n\n*By Mara Quill | The Gazette*\nIt opened, said [the **council**](https://x.example/a_b).\n\n- one\n* two (**three**)\n'
    expect(simpleMarkdownLines(markdown)).toEqual([
      { text: 'A new pier', listItem: false },
      { text: 'By Mara Quill | The Gazette', listItem: false },
      { text: 'It opened, said the council.', listItem: false },
      { text: 'one', listItem: true },
      { text: 'two (three)', listItem: true },
    ])
  })

  it('leaves to marked what the subset does not read', () => {
    for (const markdown of [
      'a list item\n- next to a paragraph',
      '- a list item\nand its lazy continuation',
      'Title\n=====',
      '> a quote',
      '1. ordered',
      'an _underscore_',
      'a `code` span',
      'a | b\n--- | ---\n1 | 2',
      'an ![image](x.jpg)',
      'AT&amp;T',
      '5 * 3 = 15',
      '**a**b',
      'x*[link](y)*',
      '    indented code',
      '[ref]: https://x.example',
      '- a\n\u00a0\nb',
    ]) {
      expect(simpleMarkdownLines(markdown), markdown).toBeUndefined()
    }
  })
})
