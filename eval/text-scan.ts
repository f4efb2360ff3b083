/**
 * Rough scanners for the mutation corpus: where the numbers, money, percentages, dates, people,
 * designators and quotes sit in a text we wrote ourselves. They only have to find places to
 * mutate in our own fixtures (eval/originals, examples), so a few regular expressions do; the
 * product's extractors (src/extract) are what is being measured and must not be reused here, or
 * the corpus would only contain what the extractors already see.
 */
import type { Span } from '../src/model/span.js'

export interface Located extends Span {
  readonly text: string
}

export type NumericKind = 'number' | 'money' | 'percent' | 'year' | 'day-of-month' | 'designator' | 'time'

export interface NumericToken extends Located {
  readonly kind: NumericKind
  /** The digits as written, without "$" or the scale word ("189,739,535", "1.46"). */
  readonly digits: string
  /** "million", "billion" after a money amount, when written. */
  readonly scale?: string
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const HONORIFICS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Captain']

/** Every run of digits with its role read from the characters around it. */
export function numericTokens(text: string): NumericToken[] {
  const tokens: NumericToken[] = []
  for (const match of text.matchAll(/(\$?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/g)) {
    const [whole, dollar = '', digits = ''] = match
    const start = match.index
    const before = text.slice(Math.max(0, start - 12), start)
    const after = text.slice(start + whole.length, start + whole.length + 20)
    if (/[\d.,]$/.test(before) || /^[\d,]\d/.test(after)) continue
    if (/[A-Za-z]$/.test(before)) continue
    const scaleMatch = /^ (million|billion|thousand)\b/.exec(after)
    let kind: NumericKind
    if (dollar === '$') kind = 'money'
    else if (/^(?:%| percent| per cent)/.test(after)) kind = 'percent'
    else if (/[A-Z]+-$/.test(before)) kind = 'designator'
    else if (/^(?::\d| [ap]\.m\.)/.test(after) || /\d:$/.test(before)) kind = 'time'
    else if (new RegExp(`(?:${MONTHS.join('|')}) $`).test(before) && Number(digits) <= 31) kind = 'day-of-month'
    else if (/^(?:19|20)\d\d$/.test(digits)) kind = 'year'
    else kind = 'number'
    const end = start + whole.length + (kind === 'money' && scaleMatch !== null ? scaleMatch[0].length : 0)
    tokens.push({
      kind,
      digits,
      start,
      end,
      text: text.slice(start, end),
      ...(kind === 'money' && scaleMatch?.[1] !== undefined ? { scale: scaleMatch[1] } : {}),
    })
  }
  return tokens
}

/** "KC-750", "A-220", "ROV-6": capital letters, a hyphen, digits. */
export function designators(text: string): Located[] {
  return [...text.matchAll(/\b[A-Z]{1,4}-\d{1,4}\b/g)].map((match) => located(match.index, match[0]))
}

/** Month-day ("June 1"), month-year ("November 2024") and weekday ("on Monday") mentions. */
export function dateMentions(text: string): (Located & { readonly form: 'month-day' | 'month-year' | 'weekday' })[] {
  const months = MONTHS.join('|')
  const found: (Located & { readonly form: 'month-day' | 'month-year' | 'weekday' })[] = []
  for (const match of text.matchAll(new RegExp(`\\b(?:${months}) (?:\\d{1,2}\\b(?!,\\d)|(?:19|20)\\d\\d\\b)`, 'g'))) {
    found.push({ ...located(match.index, match[0]), form: /\d{4}$/.test(match[0]) ? 'month-year' : 'month-day' })
  }
  for (const match of text.matchAll(new RegExp(`\\bon (${WEEKDAYS.join('|')})\\b`, 'g'))) {
    const day = match[1] ?? ''
    found.push({ ...located(match.index + 3, day), form: 'weekday' })
  }
  return found.sort((a, b) => a.start - b.start)
}

export interface QuoteMention extends Located {
  /** The span of the quoted words, without the quotation marks. */
  readonly inner: Span
}

/** Text between double quotation marks, straight or curly, of at least four words. */
export function quotes(text: string): QuoteMention[] {
  const found: QuoteMention[] = []
  for (const match of text.matchAll(/["“]([^"”\n]+)["”]/g)) {
    const inner = match[1] ?? ''
    if (inner.trim().split(/\s+/).length < 4) continue
    found.push({ ...located(match.index, match[0]), inner: { start: match.index + 1, end: match.index + 1 + inner.length } })
  }
  return found
}

export interface Person {
  readonly fullName: string
  readonly surname: string
  readonly honorific: string
}

export interface PersonMention extends Located {
  readonly person: Person
}

/**
 * People the text names in full and again by honorific and surname ("Karen Doyle" … "Ms. Doyle"):
 * our texts follow that newspaper style, so the later mention tells us the full name is a person.
 */
export function people(text: string): Person[] {
  const found = new Map<string, Person>()
  for (const match of text.matchAll(new RegExp(`\\b(${HONORIFICS.map(escape).join('|')}) ([A-Z][a-z]+)\\b`, 'g'))) {
    const [, honorific = '', surname = ''] = match
    const full = new RegExp(`\\b([A-Z][a-z]+) ${surname}\\b`).exec(text.replace(new RegExp(`${escape(honorific)} ${surname}`, 'g'), ''))
    const first = full?.[1]
    if (first === undefined || found.has(surname) || HONORIFICS.some((h) => h.startsWith(first))) continue
    found.set(surname, { fullName: `${first} ${surname}`, surname, honorific })
  }
  return [...found.values()]
}

/** Every mention of the given people: full names, and honorific plus surname. */
export function personMentions(text: string, persons: readonly Person[]): PersonMention[] {
  const mentions: PersonMention[] = []
  for (const person of persons) {
    for (const match of text.matchAll(new RegExp(`\\b${escape(person.fullName)}\\b`, 'g'))) {
      mentions.push({ ...located(match.index, match[0]), person })
    }
    for (const match of text.matchAll(new RegExp(`${escape(person.honorific)} ${person.surname}\\b`, 'g'))) {
      mentions.push({ ...located(match.index, match[0]), person })
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}

/**
 * Sentence bounds, good enough to pick a sentence in our own texts: a stop, then a space and a
 * capital or an opening quote, unless the stop ends an honorific ("Mr. Reyes") or "a.m.".
 * The product's segmenter is not reused for the same reason as the extractors (see above).
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  let start = 0
  const boundary = /[.!?]["”]?(?=\s+["“A-Z])|\n+/g
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length
    const before = text.slice(Math.max(0, match.index - 4), match.index + 1)
    if (/\b(?:Mr|Ms|Mrs|Dr|St|a\.m|p\.m)\.$/.test(before)) continue
    pushTrimmed(text, start, end, spans)
    start = end
  }
  pushTrimmed(text, start, text.length, spans)
  return spans
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let from = start
  let to = end
  while (from < to && /\s/.test(text[from] ?? '')) from += 1
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1
  if (to > from) spans.push({ start: from, end: to })
}

function located(start: number, text: string): Located {
  return { start, end: start + text.length, text }
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
