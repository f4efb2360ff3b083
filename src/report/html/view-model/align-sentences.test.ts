import { describe, expect, it } from 'vitest'
import { digest, fixtureResult, gazette, wire } from '../test-helpers/fixture-result.js'
import { alignSentences } from './align-sentences.js'
import { splitSentences } from './sentences.js'

const sides = (article: typeof gazette) => ({ id: article.id, sentences: splitSentences(article.text) })

describe('splitSentences', () => {
  it('keeps offsets into the text and splits at paragraph breaks', () => {
    const sentences = splitSentences(gazette.text)
    expect(sentences).toHaveLength(4)
    for (const sentence of sentences) expect(gazette.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(sentences[3]?.text).toBe('The vote passed 7 to 2 after a long debate.')
  })
})

describe('alignSentences', () => {
  const { findings } = fixtureResult()

  it('pairs reworded sentences and leaves new ones alone', () => {
    const aligned = alignSentences(sides(gazette), sides(wire), findings)
    const pairs = aligned.rows.map((row) => [row.left?.index ?? null, row.right?.index ?? null])
    // Right-side sentences in order; the origin's unmatched quote and vote follow the last pair.
    expect(pairs).toEqual([[0, 0], [1, 1], [null, 2], [2, null], [3, null]])
    expect(aligned.rightShades).toEqual(['paraphrased', 'paraphrased', 'new'])
  })

  it('shades a sentence taken word for word as copied', () => {
    const aligned = alignSentences(sides(gazette), sides(digest), findings)
    expect(aligned.rightShades[1]).toBe('copied')
    expect(aligned.leftShades[2]).toBe('new')
  })
})
