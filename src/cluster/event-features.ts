import { isStopword, terms } from '../segment/terms.js'

/**
 * What two reports of the same event share even when they share few phrases: the names, the
 * designators and the numbers, plus the content words. A three-paragraph summary of a long
 * investigation ("Hanoi bought Su-35 jets from Rostec for $8 billion") reuses almost no
 * three-word phrase of it but names the same people, places, products and figures.
 *
 * Features are strings with a kind prefix: `e:` entity, `d:` designator, `n:` number, `t:` term.
 */
export type FeatureKind = 'e' | 'd' | 'n' | 't'

/** Relative weight of a shared feature of each kind (multiplied by its rarity). */
export const featureKindWeights: Readonly<Record<FeatureKind, number>> = { e: 2, d: 3, n: 2, t: 1 }

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu
const NUMBER = /\d[\d,]*(?:\.\d+)?/g
const UPPER = /^\p{Lu}/u
const HAS_DIGIT = /\d/
const HAS_LETTER = /\p{L}/u
const SENTENCE_BREAK = /[.!?:"“”\n]/

/** Smallest number kept: small counts ("three ministers", "2 planes") say nothing about the event. */
const MIN_NUMBER = 10

export function eventFeatures(text: string, title?: string): string[] {
  const source = title === undefined ? text : `${title}\n${text}`
  const features = new Set<string>()
  addNames(source, features)
  for (const match of source.matchAll(NUMBER)) {
    const value = match[0].replace(/,/g, '').replace(/\.$/, '')
    if (Number(value) >= MIN_NUMBER) features.add(`n:${value}`)
  }
  for (const stem of terms(source)) if (!HAS_DIGIT.test(stem)) features.add(`t:${stem}`)
  return [...features]
}

function addNames(text: string, features: Set<string>): void {
  let previousName: string | undefined
  let previousEnd = -1
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    const start = match.index
    if (HAS_DIGIT.test(token) && HAS_LETTER.test(token)) {
      // "Su-35", "C-130", "F-16": a designator names one product whatever the sentence.
      features.add(`d:${token.toLowerCase().replace(/[-.]/g, '')}`)
      previousName = undefined
      continue
    }
    if (!UPPER.test(token) || isStopword(token)) {
      previousName = undefined
      continue
    }
    const name = token.toLowerCase().replace(/['’]s$/u, '')
    // A capitalised word after a sentence break may be an ordinary word ("Instead, …").
    if (!startsSentence(text, start)) features.add(`e:${name}`)
    // Adjacent names ("New York", "Donald Trump") also count as one, which is rarer than its parts.
    if (previousName !== undefined && /^\s+$/.test(text.slice(previousEnd, start))) features.add(`e:${previousName} ${name}`)
    previousName = name
    previousEnd = start + token.length
  }
}

function startsSentence(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const character = text[index]!
    if (character === ' ' || character === '\t' || character === '(' || character === '‘' || character === "'") continue
    return SENTENCE_BREAK.test(character)
  }
  return true
}

export function featureKind(feature: string): FeatureKind {
  return feature[0] as FeatureKind
}
