import { terms, termsWithOffsets } from '../../segment/terms.js'
import type { AnalysedArticle, Article, Fact, FactValue, Sentence } from '../../model/index.js'

/**
 * Hand-built analysed articles for unit tests of alignment and verification, independent of the
 * real extractors: sentences split at line breaks and after . ! ?, and a handful of simple fact
 * patterns (money, percent, numbers with their counted noun, designators, capitalised names,
 * quotes). Enough to write tiny stories whose expected findings are obvious by reading them.
 */
export function analysed(id: string, text: string, metadata: Partial<Omit<Article, 'id' | 'text'>> = {}): AnalysedArticle {
  const article: Article = { id, text, ...metadata } as Article
  const sentences = splitSentences(text)
  const facts: Fact[] = []
  for (const sentence of sentences) {
    for (const found of findFacts(sentence)) {
      const context = contextOf(sentence, found.start, found.end)
      facts.push({ id: `${id}#${facts.length}`, article: id, sentence: sentence.index, context, ...found })
    }
  }
  return { article, sentences, sentenceTerms: sentences.map((sentence) => terms(sentence.text)), facts }
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  const pattern = /[^\n.!?]+(?:[.!?]+["”]?|$)/gmu
  for (const match of text.matchAll(pattern)) {
    const raw = match[0]
    const leading = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body === '') continue
    const start = match.index + leading
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body })
  }
  return sentences
}

const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, thirteen: 13, twenty: 20 }

interface Found {
  readonly start: number
  readonly end: number
  readonly type: Fact['type']
  readonly text: string
  readonly value: FactValue
}

function findFacts(sentence: Sentence): Found[] {
  const found: Found[] = []
  const taken: [number, number][] = []
  const add = (start: number, end: number, type: Fact['type'], value: FactValue): void => {
    if (taken.some(([from, to]) => start < to && end > from)) return
    taken.push([start, end])
    found.push({ start: sentence.start + start, end: sentence.start + end, type, text: sentence.text.slice(start, end), value })
  }
  const text = sentence.text
  for (const match of text.matchAll(/“([^”]+)”/gu)) {
    add(match.index, match.index + match[0].length, 'quote', { kind: 'quote', words: (match[1] ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '') })
  }
  for (const match of text.matchAll(/\$(\d[\d,]*(?:\.\d+)?)(?: (million|billion))?/gu)) {
    const scale = match[2] === 'billion' ? 1e9 : match[2] === 'million' ? 1e6 : 1
    const digits = (match[1] ?? '').replace(/,/gu, '')
    const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0
    add(match.index, match.index + match[0].length, 'money', { kind: 'money', currency: 'USD', amount: Number(digits) * scale, approximate: false, precision: scale / 10 ** decimals })
  }
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)(?:%| percent)/gu)) {
    add(match.index, match.index + match[0].length, 'percent', { kind: 'percent', value: Number(match[1]), points: false, approximate: false })
  }
  for (const match of text.matchAll(/\b[A-Z][a-z]*-\d+\b/gu)) {
    add(match.index, match.index + match[0].length, 'entity', { kind: 'entity', category: 'designator', name: match[0], key: match[0].toLowerCase() })
  }
  for (const match of text.matchAll(/\b(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|thirteen|twenty)\b(?: (\p{L}+))?/gu)) {
    const written = match[1] ?? ''
    const value = WORD_NUMBERS[written] ?? Number(written.replace(/,/gu, ''))
    const unit = match[2]
    add(match.index, match.index + written.length, 'number', { kind: 'number', value, approximate: false, precision: 1, ...(unit === undefined ? {} : { unit: unit.toLowerCase().replace(/s$/u, '') }) })
  }
  for (const match of text.matchAll(/\b(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)+\b/gu)) {
    if (match.index === 0 && !/ [A-Z]/u.test(match[0].slice(match[0].indexOf(' ')))) continue
    add(match.index, match.index + match[0].length, 'entity', { kind: 'entity', category: 'person', name: match[0], key: match[0].toLowerCase() })
  }
  return found.sort((left, right) => left.start - right.start)
}

function contextOf(sentence: Sentence, start: number, end: number): string[] {
  const all = termsWithOffsets(sentence.text, sentence.start).filter((term) => term.end <= start || term.start >= end)
  const distance = (term: { start: number; end: number }): number => (term.end <= start ? start - term.end : term.start - end)
  return [...new Set(all.sort((left, right) => distance(left) - distance(right)).map((term) => term.stem))]
}
