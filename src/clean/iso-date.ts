import * as chrono from 'chrono-node/en'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * An ISO 8601 date for a date as written: ISO strings are kept as found ("2025-10-27T08:00:00Z"),
 * written dates become a calendar date ("October 27, 2025" → "2025-10-27"). A string without a
 * day, month and year (chrono-node would fill them from today) gives undefined: never invent a date.
 */
export function toIsoDate(written: string): string | undefined {
  const trimmed = written.trim()
  if (ISO_DATE.test(trimmed)) return trimmed.replace(' ', 'T')
  const [result] = chrono.parse(trimmed)
  if (result === undefined) return undefined
  const start = result.start
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined
  const year = start.get('year')
  const month = start.get('month')
  const day = start.get('day')
  if (year === null || month === null || day === null) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** True when the whole string (not just part of it) reads as a date: "October 27, 2025", "27 Oct 2025". */
export function isWholeDate(written: string): boolean {
  const trimmed = written.trim()
  if (ISO_DATE.test(trimmed)) return true
  const [result] = chrono.parse(trimmed)
  return result !== undefined && result.index === 0 && result.text.length >= trimmed.replace(/[.,]$/, '').length
}
