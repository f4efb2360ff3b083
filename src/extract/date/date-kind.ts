import type { Comparison, DateGranularity, DateValue } from '../../model/index.js'
import type { FactKind } from '../fact-kind.js'
import { findDates } from './find-dates.js'

const SEASON_NAMES: Readonly<Record<number, string>> = { 1: 'winter', 4: 'spring', 7: 'summer', 10: 'autumn' }
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

// Coarse to fine: two dates compare at the coarser of their granularities.
const LEVEL: Readonly<Record<DateGranularity, number>> = { decade: 0, year: 1, season: 2, month: 3, weekday: 4, day: 4 }

/** Dates: "Oct. 27, 2025", "June 2024", "in 2024", "last month", "Monday", resolved against publication. */
export const dateKind: FactKind<DateValue> = {
  type: 'date',
  priority: 5,
  find: (ctx) => findDates(ctx.text, ctx.published),
  compare: compareDates,
  describe(value) {
    if (value.relative && !value.resolved) return `${value.expression ?? 'a relative date'} (publication date unknown)`
    const month = value.month === undefined ? undefined : MONTH_NAMES[value.month - 1]
    const year = value.year === undefined ? '' : String(value.year)
    if (value.granularity === 'decade') return `the ${year}s`
    if (value.granularity === 'year') return year
    if (value.granularity === 'season') return `${SEASON_NAMES[value.month ?? 0] ?? 'season'} ${year}`.trim()
    if (value.day !== undefined) return `${month ?? ''} ${value.day}${year === '' ? '' : `, ${year}`}`.trim()
    return `${month ?? ''} ${year}`.trim()
  },
}

export function compareDates(a: DateValue, b: DateValue): Comparison {
  // An unresolved "last month" has no value: only the same expression can match it, except that
  // "this year" holds any date written without its year ("in March", "on Monday"), as news means them.
  if (isEmpty(a) || isEmpty(b)) {
    if (a.expression !== undefined && a.expression === b.expression) return 'equal'
    return (isThisYear(a) && yearless(b)) || (isThisYear(b) && yearless(a)) ? 'compatible' : 'unrelated'
  }
  const level = Math.min(LEVEL[a.granularity], LEVEL[b.granularity])
  let compared = false
  if (a.year !== undefined && b.year !== undefined) {
    if (level === 0 ? Math.floor(a.year / 10) !== Math.floor(b.year / 10) : a.year !== b.year) return 'conflict'
    compared = true
  }
  if (level >= 2 && a.month !== undefined && b.month !== undefined) {
    const seasonal = a.granularity === 'season' || b.granularity === 'season'
    // "summer 2024" holds "July 2024": a season spans its middle month ± 1.
    if (seasonal ? Math.abs(a.month - b.month) > 1 : a.month !== b.month) return 'conflict'
    compared = true
  }
  if (level >= 4 && a.day !== undefined && b.day !== undefined) {
    if (a.day !== b.day) return 'conflict'
    compared = true
  }
  if (!compared) return 'unrelated'
  const same = a.granularity === b.granularity && a.year === b.year && a.month === b.month && a.day === b.day
  return same ? 'equal' : 'compatible'
}

function isThisYear(value: DateValue): boolean {
  return !value.resolved && value.expression === 'this year'
}

function yearless(value: DateValue): boolean {
  return value.year === undefined && (value.month !== undefined || value.granularity === 'weekday' || value.granularity === 'season')
}

function isEmpty(value: DateValue): boolean {
  return value.year === undefined && value.month === undefined && value.day === undefined
}
