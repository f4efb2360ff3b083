import { describe, expect, it } from 'vitest'
import type { PairStats } from './pair-stats.js'
import { classify } from './relations.js'
import { article } from './test-helpers/story.js'

// Sentences of a made-up council report: only their number and length matter here.
const sentence = (index: number): string => `The council reviewed item number ${index + 1} of the harbour plan on Tuesday evening.`
const textOf = (count: number, tail = ''): string => Array.from({ length: count }, (_, index) => sentence(index)).join(' ') + tail

const source = article('report', textOf(24), { outlet: 'The Harbour Ledger' })

function stats(linked: number, otherCovered: number, runDensity: number): PairStats {
  return { linked, verbatim: 0, otherCovered, inOrder: 1, runDensity }
}

describe('classify: paraphrase or summary', () => {
  it('calls a rewrite that retells most of the source sentence by sentence a paraphrase', () => {
    const rewrite = article('rewrite', textOf(20))
    expect(classify(rewrite, source, stats(16, 16, 0.7), stats(16, 16, 0.8), 4).kind).toBe('paraphrase')
  })

  it('calls a short attributed text whose sentences are picked across the whole source a summary', () => {
    // Every one of its 8 sentences has a counterpart, but they are 8 of the source's 24, spread over 22.
    const digest = article('digest', textOf(8, ' The review was first reported by The Harbour Ledger.'))
    const relation = classify(digest, source, stats(7, 7, 0.32), stats(7, 7, 0.9), 5)
    expect(relation).toMatchObject({ kind: 'summary', attributed: true })
  })

  it('calls a rewrite of the first part of the source, sentence by sentence, a paraphrase', () => {
    const partial = article('partial', textOf(10))
    expect(classify(partial, source, stats(9, 9, 0.9), stats(9, 9, 0.9), 3).kind).toBe('paraphrase')
  })

  it('calls a longer article that retells nearly all of a short source a paraphrase', () => {
    const short = article('short', textOf(6))
    const long = article('long', textOf(40))
    expect(classify(long, short, stats(5, 5, 0.8), stats(5, 5, 0.2), 3).kind).toBe('paraphrase')
  })
})
