import { findDates } from '../extract/date/find-dates.js'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

// Dates are read by the same hand-written finder that extracts date facts, so a byline's date and
// an article's dates follow one set of rules (and chrono-node's ~200 ms cold start is not paid here).

/**
 * An ISO 8601 date for a date as written: ISO strings are kept as found ("2025-10-27T08:00:00Z"),
 * written dates become a calendar date ("October 27, 2025" → "2025-10-27"). A string without a
 * day, month and year gives undefined: never invent a date.
 */
export function toIsoDate(written: string): string | undefined {
  const trimmed = written.trim()
  if (ISO_DATE.test(trimmed)) return trimmed.replace(' ', 'T')
  const [found] = findDates(trimmed, undefined)
  if (found === undefined || found.value.relative) return undefined
  const { year, month, day } = found.value
  if (year === undefined || month === undefined || day === undefined) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** True when the whole string (not just part of it) reads as a date: "October 27, 2025", "27 Oct 2025". */
export function isWholeDate(written: string): boolean {
  const trimmed = written.trim()
  if (ISO_DATE.test(trimmed)) return true
  const [found] = findDates(trimmed, undefined)
  return found !== undefined && found.start === 0 && found.end >= trimmed.replace(/[.,]$/u, '').length
}
