import type { DateGranularity, DateValue } from '../../model/index.js'
import type { FoundFact } from '../fact-kind.js'
import { fromText, latin1StandIn, StandInPattern } from '../../segment/latin1.js'

/*
 * Dates as news writes them, resolved against the publication date.
 *
 * Written by hand rather than with chrono-node (measured, then dropped): chrono costs ~80 ms to import and
 * ~15 ms per 1,000 words, which alone eats a third of the 300 ms budget for a five-article story;
 * it resolves a bare month forward ("April" in an October article → next April, where news means
 * the past one), ignores bare years ("in 2024") and decades, and does not say how precise the
 * written date was. The grammar below covers the forms news uses and reports granularity.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}
// (The first twelve keys of MONTHS are the full names, in order.)
// Northern-hemisphere seasons, by their middle month.
const SEASONS: Readonly<Record<string, number>> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 }
const COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, 'a few': 3,
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
// "Last December" opens sentences too: the first letter of a modifier may be a capital.
const MODIFIER = `(?:(${['last', 'next', 'this', 'early', 'late', 'mid-', 'mid', 'earlier this', 'later this', 'early this', 'late last', 'early last', 'late this', 'until', 'since', 'in', 'on', 'by']
  .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|')})\\s+)?`
const YEAR = '(1[89]\\d\\d|20\\d\\d)'

interface Rule {
  /** Has the d flag: a match on the text's stand-in is read from the text (fromText). */
  readonly pattern: StandInPattern
  readonly read: (match: RegExpExecArray, reference: Date | undefined) => DateValue | undefined
}

const RULES: readonly Rule[] = [
  // "2025-10-27": ISO dates, in datelines and tables.
  {
    pattern: new StandInPattern(String.raw`(?<![\d-])(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])`, 'gud'),
    read: (m) => ({ kind: 'date', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), granularity: 'day', relative: false, resolved: true }),
  },
  // "Oct. 27, 2025", "October 27", "last December 5"
  {
    pattern: new StandInPattern(`\\b${MODIFIER}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+${YEAR}\\b)?(?![\\d,.]*\\d)`, 'gud'),
    read: (m, ref) => monthDate(m[1], m[2], m[4], m[3], ref),
  },
  // "27 October 2025", "5th of May"
  {
    pattern: new StandInPattern(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}\\b)?`, 'gud'),
    read: (m, ref) => monthDate(undefined, m[2], m[3], m[1], ref),
  },
  // "June 2024", "last December", "in May" ("May" alone is mostly the verb: it needs a year or a modifier)
  {
    pattern: new StandInPattern(`\\b${MODIFIER}${MONTH}(?:,?\\s+(?:of\\s+)?${YEAR}\\b)?`, 'gud'),
    read: (m, ref) => {
      if (m[2] === 'May' && m[1] === undefined && m[3] === undefined) return undefined
      if (/\.$/u.test(m[2] ?? '') === false && (m[2] ?? '').length <= 3 && m[3] === undefined) return undefined // "Mar", "Jan" alone
      return monthDate(m[1], m[2], m[3], undefined, ref)
    },
  },
  // "the 1990s", "the '90s"
  {
    pattern: new StandInPattern(String.raw`\b(?:the\s+)?(1[89]\d0|20\d0)s\b`, 'gud'),
    read: (m) => ({ kind: 'date', year: Number(m[1]), granularity: 'decade', relative: false, resolved: true }),
  },
  // "summer 2024", "last winter", "this spring"
  {
    pattern: new StandInPattern(`\\b(?:(last|next|this|early|late)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${YEAR}\\b)?`, 'giud'),
    read: (m, ref) => season(m[1]?.toLowerCase(), (m[2] ?? '').toLowerCase(), m[3], ref),
  },
  // "Monday", "last Friday", "on Tuesday"
  {
    pattern: new StandInPattern(String.raw`\b(?:(last|next|this|on|since|until|by)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`, 'gud'),
    read: (m, ref) => weekday(m[1], m[2] ?? '', ref),
  },
  // "today", "yesterday", "tomorrow"
  {
    pattern: new StandInPattern(String.raw`\b(today|yesterday|tomorrow|tonight)\b`, 'giud'),
    read: (m, ref) => {
      const word = (m[1] ?? '').toLowerCase()
      const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0
      return relative(word, 'day', ref, (date) => addDays(date, shift))
    },
  },
  // "last month", "earlier this year", "next week", "this decade"
  {
    pattern: new StandInPattern(String.raw`\b(last|next|this|earlier this|later this|early this|late last|early last|late this|the past|the previous|the coming)\s+(week|month|year|decade)\b`, 'giud'),
    read: (m, ref) => {
      const modifier = (m[1] ?? '').toLowerCase()
      const unit = (m[2] ?? '').toLowerCase()
      const step = /last|past|previous/u.test(modifier) ? -1 : /next|coming/u.test(modifier) ? 1 : 0
      const expression = `${modifier} ${unit}`
      if (unit === 'week') return relative(expression, 'month', ref, (date) => addDays(date, 7 * step))
      if (unit === 'month') return relative(expression, 'month', ref, (date) => addMonths(date, step))
      if (unit === 'decade') return relative(expression, 'decade', ref, (date) => addMonths(date, 120 * step))
      return relative(expression, 'year', ref, (date) => addMonths(date, 12 * step))
    },
  },
  // "two years ago", "3 months ago", "a week ago"
  {
    pattern: new StandInPattern(String.raw`\b(\d+|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(days?|weeks?|months?|years?|decades?)\s+ago\b`, 'giud'),
    read: (m, ref) => {
      const countWord = (m[1] ?? '').toLowerCase()
      const count = COUNTS[countWord] ?? Number(countWord)
      const unit = (m[2] ?? '').toLowerCase().replace(/s$/u, '')
      const expression = `${count} ${unit} ago`
      if (unit === 'day') return relative(expression, 'day', ref, (date) => addDays(date, -count))
      if (unit === 'week') return relative(expression, 'month', ref, (date) => addDays(date, -7 * count))
      if (unit === 'month') return relative(expression, 'month', ref, (date) => addMonths(date, -count))
      if (unit === 'decade') return relative(expression, 'decade', ref, (date) => addMonths(date, -120 * count))
      return relative(expression, 'year', ref, (date) => addMonths(date, -12 * count))
    },
  },
  // "the 2010-11 season", "2010/11", tokenised "2010 - 11": a season over two years, dated by its
  // first year, as it opens and as a bare "2010 - 11" already reads.
  {
    pattern: new StandInPattern(`(?<![\\p{L}\\p{N}$€£,.-])${YEAR}\\s?[-–/]\\s?(\\d\\d(?:\\d\\d)?)(?![\\p{N}%]|-\\d)`, 'gud'),
    read: (m) => {
      const first = Number(m[1])
      const second = Number(m[2])
      const consecutive = second === first + 1 || second === (first + 1) % 100
      return consecutive ? { kind: 'date', year: first, granularity: 'year', relative: false, resolved: true } : undefined
    },
  },
  // "in 2024", "2023 signing", "since 1989, he has": a bare year. Not "2024 planes" (a count), "2,024" or "2024,500".
  {
    pattern: new StandInPattern(`(?<![\\p{L}\\p{N}$€£,.-])${YEAR}(?![\\p{N}%]|[.,]\\d|\\s+(?:percent|per cent)|-\\d)`, 'gud'),
    read: (m) => ({ kind: 'date', year: Number(m[1]), granularity: 'year', relative: false, resolved: true }),
  },
]

/** All dates in `text`, longest match first where rules overlap. */
export function findDates(text: string, reference: Date | undefined): FoundFact<DateValue>[] {
  const candidates: FoundFact<DateValue>[] = []
  // Two-byte text is read through its Latin-1 stand-in (see segment/latin1.ts).
  const standIn = latin1StandIn(text)
  const subject = standIn ?? text
  for (const rule of RULES) {
    const pattern = rule.pattern.for(standIn)
    pattern.lastIndex = 0
    for (let found = pattern.exec(subject); found !== null; found = pattern.exec(subject)) {
      const match = standIn === undefined ? found : fromText(found, text)
      const value = rule.read(match, reference)
      if (value === undefined) continue
      // A modifier that is only a preposition ("in", "on", "since") stays out of the span.
      const lead = /^(?:in|on|by|since|until)\s+/iu.exec(match[0])?.[0].length ?? 0
      candidates.push({ start: match.index + lead, end: match.index + match[0].length, value })
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end)
  const result: FoundFact<DateValue>[] = []
  for (const candidate of candidates) {
    const previous = result[result.length - 1]
    if (previous !== undefined && candidate.start < previous.end) continue
    if (isCountedYear(text, candidate)) continue
    result.push(candidate)
  }
  return result
}

// "2000 troops": a four-digit count followed by a plural noun is not a year.
function isCountedYear(text: string, fact: FoundFact<DateValue>): boolean {
  if (fact.value.granularity !== 'year' || !/^\d{4}$/u.test(text.slice(fact.start, fact.end))) return false
  return /^\s+(?!years)[a-z]+s\b/u.test(text.slice(fact.end, fact.end + 20))
}

function monthDate(modifier: string | undefined, monthWord: string | undefined, yearWord: string | undefined, dayWord: string | undefined, ref: Date | undefined): DateValue | undefined {
  const month = MONTHS[(monthWord ?? '').toLowerCase().replace(/\.$/u, '')]
  if (month === undefined) return undefined
  const day = dayWord === undefined ? undefined : Number(dayWord)
  if (day !== undefined && (day < 1 || day > 31)) return undefined
  const granularity: DateGranularity = day === undefined ? 'month' : 'day'
  const dayPart = day === undefined ? {} : { day }
  if (yearWord !== undefined) return { kind: 'date', year: Number(yearWord), month, ...dayPart, granularity, relative: false, resolved: true }
  const mod = modifier?.toLowerCase()
  const monthName = Object.keys(MONTHS)[month - 1] ?? String(month)
  const expression = `${mod !== undefined && /last|next|this/u.test(mod) ? `${mod} ` : ''}${monthName}${day === undefined ? '' : ` ${day}`}`
  if (ref === undefined) return { kind: 'date', month, ...dayPart, granularity, relative: true, resolved: false, expression }
  const refYear = ref.getUTCFullYear()
  const refMonth = ref.getUTCMonth() + 1
  let year = refYear
  if (mod === 'last' || mod === 'late last' || mod === 'early last') year = month >= refMonth ? refYear - 1 : refYear
  else if (mod === 'next') year = month <= refMonth ? refYear + 1 : refYear
  // A month more than two months ahead, written without a year, is usually the past one in news ("in December", said in October of the next year... or this year): keep this year unless clearly ahead.
  else if (mod !== 'this' && month - refMonth > 2) year = refYear - 1
  return { kind: 'date', year, month, ...dayPart, granularity, relative: true, resolved: true, expression }
}

function season(modifier: string | undefined, name: string, yearWord: string | undefined, ref: Date | undefined): DateValue | undefined {
  const month = SEASONS[name]
  if (month === undefined) return undefined
  // "fall" is mostly a verb: the season needs a modifier or a year.
  if (modifier === undefined && yearWord === undefined) return undefined
  if (yearWord !== undefined) return { kind: 'date', year: Number(yearWord), month, granularity: 'season', relative: false, resolved: true }
  const expression = `${modifier ?? ''} ${name}`.trim()
  if (ref === undefined) return { kind: 'date', month, granularity: 'season', relative: true, resolved: false, expression }
  const refYear = ref.getUTCFullYear()
  const refMonth = ref.getUTCMonth() + 1
  const year = modifier === 'last' ? (month >= refMonth - 1 ? refYear - 1 : refYear) : modifier === 'next' ? (month <= refMonth + 1 ? refYear + 1 : refYear) : refYear
  return { kind: 'date', year, month, granularity: 'season', relative: true, resolved: true, expression }
}

function weekday(modifier: string | undefined, name: string, ref: Date | undefined): DateValue | undefined {
  const target = WEEKDAYS[name.toLowerCase()]
  if (target === undefined) return undefined
  const mod = modifier?.toLowerCase()
  const expression = `${mod === 'last' || mod === 'next' ? `${mod} ` : ''}${name.toLowerCase()}`
  if (ref === undefined) return { kind: 'date', granularity: 'weekday', relative: true, resolved: false, expression }
  // News reports the past: "Monday" is the latest Monday on or before publication, "next Monday" the one after.
  const back = (ref.getUTCDay() - target + 7) % 7
  const shift = mod === 'next' ? (target - ref.getUTCDay() + 7) % 7 || 7 : mod === 'last' ? -(back || 7) : -back
  const date = addDays(ref, shift)
  return { kind: 'date', ...ymd(date), granularity: 'weekday', relative: true, resolved: true, expression }
}

function relative(expression: string, granularity: DateGranularity, ref: Date | undefined, shift: (date: Date) => Date): DateValue {
  if (ref === undefined) return { kind: 'date', granularity, relative: true, resolved: false, expression }
  const { year, month, day } = ymd(shift(ref))
  const fields = granularity === 'day' ? { year, month, day } : granularity === 'month' ? { year, month } : granularity === 'decade' ? { year: year - (year % 10) } : { year }
  return { kind: 'date', ...fields, granularity, relative: true, resolved: true, expression }
}

function ymd(date: Date): { year: number; month: number; day: number } {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000)
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
}
