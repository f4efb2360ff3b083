import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { sentenceStarts } from './sentence-starts.js'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
const icuStarts = (text: string) => [...segmenter.segment(text)].map((segment) => segment.index)

/** Every character the module claims to know, and runs of them in the contexts the rules look at. */
const ALPHABET = [
  ...'abcxyzABCXYZ0189 \t\n\r\v\f.!?,:;-"\'()[]{}#$%&*+/<=>@\\^_`|~',
  ...'\u00a0\u00a1\u00a3\u00a9\u00aa\u00ab\u00b0\u00b2\u00b5\u00b7\u00ba\u00bb\u00bf\u00c0\u00c9\u00d7\u00de\u00df\u00e9\u00f7\u00ff',
  ...'\u2010\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u20ac\u2122',
  '\u0000',
  '\u001f',
  '\u007f',
]
const WORDS = ['Mr.', 'U.S.', 'e.g.', ' ', '  ', '. ', '.\u201d ', '?) ', '!\n', '3.5', 'said.', 'The', 'the', '\r\n', '\n\n', '... ', '\u2014']

function randomTexts(count: number, seed: number): string[] {
  let state = seed
  const next = (limit: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return (state >>> 8) % limit
  }
  return Array.from({ length: count }, () => {
    let text = ''
    const length = 1 + next(40)
    for (let index = 0; index < length; index++) text += next(3) === 0 ? WORDS[next(WORDS.length)]! : ALPHABET[next(ALPHABET.length)]!
    return text
  })
}

function textsAt(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...textsAt(file))
    else if (/\.(txt|md|html|json|jsonl)$/.test(entry.name)) found.push(readFileSync(file, 'utf8'))
  }
  return found
}

describe('sentenceStarts', () => {
  it('starts sentences where Intl.Segmenter does, on random text of every character it handles', () => {
    for (const text of randomTexts(20_000, 11)) expect(sentenceStarts(text), JSON.stringify(text)).toEqual(icuStarts(text))
  })

  it('starts sentences where Intl.Segmenter does on the example story and the test fixtures', () => {
    const texts = [...textsAt('examples'), ...textsAt('src')]
    let handled = 0
    for (const text of texts) {
      const starts = sentenceStarts(text)
      if (starts === undefined) continue
      handled++
      expect(starts).toEqual(icuStarts(text))
    }
    expect(handled).toBeGreaterThan(texts.length / 2)
  })

  it('leaves text with characters it does not know to Intl.Segmenter', () => {
    expect(sentenceStarts('Der Bürgermeister sagte \u201eNein\u201c. Danach\u2028ging er.')).toBeUndefined()
    expect(sentenceStarts('\u4f60\u597d\u3002')).toBeUndefined()
  })

  it('has no sentence in empty text', () => {
    expect(sentenceStarts('')).toEqual([])
  })
})
