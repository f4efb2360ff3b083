import type { EntityValue } from '../../model/index.js'
import { isStopword } from '../../segment/terms.js'
import type { FoundFact } from '../fact-kind.js'
import { NOT_NAMES, PLACES } from './gazetteer.js'
import { designatorKey } from './keys.js'

// Model and equipment codes: "Su-35", "C-130", "F-16", "MiG-29", "S-400", "TLDK-35", "A320".
// ASCII only: codes are Latin letters and digits, and ASCII classes scan several times faster
// than Unicode property classes. A plural "s" ("C-130s") belongs to the span but not to the name.
const CODE = /(?<![A-Za-z0-9-])([A-Z][A-Za-z]{0,5}-\d{1,4}[A-Z0-9]{0,3}|[A-Z]{1,3}\d{2,4}[A-Z]?)(s?)(?![A-Za-z0-9]|-\d)/g
// A capitalised word and a number: "Customer 704", "Flight 370", "Unit 8200"; not a team and its
// score ("beat Harbour Rovers 4-0", tokenised "4 - 0").
const NAMED_NUMBER = /(?<![A-Za-z0-9])([A-Z][a-z]{2,}) (\d{1,6})(?![A-Za-z0-9%]|[.,]\d| ?[-–] ?\d| +(?:percent|per cent|million|billion|thousand))/g

const QUALIFIERS = new Set(['about', 'around', 'some', 'over', 'under', 'almost', 'nearly', 'roughly', 'only', 'just', 'another', 'total', 'top', 'page', 'chapter', 'verse', 'vote', 'votes', 'score', 'aged', 'age'])

/** Designators: names made of letters and a number, which a careless rewrite easily changes. */
export function findDesignators(text: string): FoundFact<EntityValue>[] {
  const result: FoundFact<EntityValue>[] = []
  for (const match of text.matchAll(CODE)) {
    const code = match[1] ?? ''
    result.push(designator(match.index, code, match[0].length))
  }
  for (const match of text.matchAll(NAMED_NUMBER)) {
    const word = (match[1] ?? '').toLowerCase()
    const number = Number(match[2])
    // "December 2024", "In 2024", "Vietnam 2025": months, function words, places and years are not designators.
    if (NOT_NAMES.has(word) || isStopword(word) || PLACES.has(word) || (number >= 1900 && number <= 2100)) continue
    // "Nearly 40 trucks", "About 300 people": a qualifier and a count, not a name.
    if (/ly$/u.test(word) || QUALIFIERS.has(word) || /^\s+\p{Ll}+s\b/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 30))) continue
    if (result.some((other) => other.start <= match.index && match.index < other.end)) continue
    result.push(designator(match.index, match[0]))
  }
  return result.sort((a, b) => a.start - b.start)
}

function designator(start: number, written: string, length = written.length): FoundFact<EntityValue> {
  return { start, end: start + length, value: { kind: 'entity', category: 'designator', name: written, key: designatorKey(written) } }
}

/** "su-35" → family "su", number 35; "customer 704" → "customer", 704. */
export function designatorParts(key: string): { family: string; number: string } | undefined {
  const match = /^(.*?)[\s-]?(\d+\p{L}*)$/u.exec(key)
  if (match === null) return undefined
  return { family: match[1] ?? '', number: match[2] ?? '' }
}
