import { describe, expect, it } from 'vitest'
import { segmentSentences } from './sentences.js'

function split(text: string): string[] {
  const sentences = segmentSentences(text)
  for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  return sentences.map((sentence) => sentence.text)
}

describe('segmentSentences', () => {
  it('ends a sentence at every line break, even without a stop', () => {
    expect(split('Harbour Deal Collapses\nThe port authority walked away. Talks ended.\n\nPhoto: a crane')).toEqual([
      'Harbour Deal Collapses',
      'The port authority walked away.',
      'Talks ended.',
      'Photo: a crane',
    ])
  })

  it('does not split after titles, initials, "No." or month abbreviations', () => {
    const text = 'Maj. Gen. Lena Ortiz met Harold J. Finch on Jan. 5 at the No. 3 dock. Both left.'
    expect(split(text)).toEqual(['Maj. Gen. Lena Ortiz met Harold J. Finch on Jan. 5 at the No. 3 dock.', 'Both left.'])
  })

  it('keeps decimals and dotted acronyms inside a sentence, but ends one before a typical opener', () => {
    expect(split('Prices rose 1.5 points in the U.S. Army stores. They fell in the U.K. The rest held.')).toEqual([
      'Prices rose 1.5 points in the U.S. Army stores.',
      'They fell in the U.K.',
      'The rest held.',
    ])
  })

  it('keeps a quote and its attribution together and splits after a closing quote', () => {
    expect(split('“We are not leaving,” she said. “Never.” He nodded.')).toEqual(['“We are not leaving,” she said.', '“Never.”', 'He nodded.'])
  })

  it('splits after question marks and ellipses before a capital only', () => {
    expect(split('Who pays? Nobody knows… And then it rained... slowly.')).toEqual(['Who pays?', 'Nobody knows…', 'And then it rained... slowly.'])
  })

  it('trims white space and gives offsets into the whole text', () => {
    const sentences = segmentSentences('  First one.   Second one.  ')
    expect(sentences.map((sentence) => [sentence.index, sentence.start, sentence.end])).toEqual([[0, 2, 12], [1, 15, 26]])
  })
})
