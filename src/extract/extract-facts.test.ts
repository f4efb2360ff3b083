import { describe, expect, it } from 'vitest'
import { analyseArticle } from './analyse-article.js'
import { terms } from '../segment/terms.js'

const ARTICLE = {
  id: 'harbour',
  published: '2025-03-14',
  text: [
    'Port Deal Signed',
    'The city paid $42 million for 3 cranes last month, about 1,000 tonnes of steel in all.',
    'Bids fell 12% after Kestrel Shipping withdrew its KX-9 offer.',
  ].join('\n'),
}

describe('extractFacts', () => {
  const analysed = analyseArticle(ARTICLE)

  it('gives sentences, their terms and facts', () => {
    expect(analysed.sentences.map((sentence) => sentence.text)).toEqual([
      'Port Deal Signed',
      'The city paid $42 million for 3 cranes last month, about 1,000 tonnes of steel in all.',
      'Bids fell 12% after Kestrel Shipping withdrew its KX-9 offer.',
    ])
    expect(analysed.sentenceTerms[1]).toContain('crane')
  })

  it('lets each span belong to one fact: money over number, designator over number', () => {
    const summary = analysed.facts.map((fact) => [fact.type, fact.text])
    expect(summary).toEqual([
      ['money', '$42 million'],
      ['number', '3'],
      ['date', 'last month'],
      ['number', 'about 1,000'],
      ['percent', '12%'],
      ['entity', 'Kestrel Shipping'],
      ['entity', 'KX-9'],
    ])
  })

  it('numbers ids in order, points spans into the text and names the sentence', () => {
    analysed.facts.forEach((fact, index) => {
      expect(fact.id).toBe(`harbour#${index}`)
      expect(ARTICLE.text.slice(fact.start, fact.end)).toBe(fact.text)
      const sentence = analysed.sentences[fact.sentence]
      expect(sentence !== undefined && sentence.start <= fact.start && fact.end <= sentence.end).toBe(true)
    })
  })

  it('puts the counted noun and the nearest words first in the context', () => {
    const cranes = analysed.facts.find((fact) => fact.text === '3')
    const tonnes = analysed.facts.find((fact) => fact.text === 'about 1,000')
    expect(cranes?.context[0]).toBe('crane')
    // "paid" is read as its verb, so it meets "pays" and "paying".
    expect(cranes?.context.slice(0, 6)).toContain(terms('pay')[0])
    expect(tonnes?.context.slice(0, 2)).toEqual(['tonn', 'steel'])
    expect(tonnes?.context).not.toContain('1,000')
  })
})
