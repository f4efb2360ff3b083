import { isWholeDate, toIsoDate } from './iso-date.js'
import type { CleanState, FoundMetadata } from './lines.js'
import { StandInPattern } from '../segment/latin1.js'

// A line that only states when the article was published or updated.
// Example: "Published: 4 March 2025" or "Updated March 5, 2025 at 9:10 a.m.".
// A stand-in pattern (segment/latin1.ts; d for its groups): cheaper to compile than /iu for a line.
const DATELINE = new StandInPattern(String.raw`^(?<kind>published|posted|updated|last updated|publié le|mis à jour le)\s*(?:on|:)?\s+(?<date>.{4,60})$`, 'diu')

/** Removes "Published …"/"Updated …" lines; a publication date is kept unless one is known. */
export function removeDatelines(state: CleanState): CleanState {
  let found: FoundMetadata = state.found
  const lines = state.lines.filter((line) => {
    const match = DATELINE.exec(line.text.trim())
    const date = match?.groups?.['date']
    const kind = match?.groups?.['kind']?.toLowerCase()
    if (date === undefined || kind === undefined || !isWholeDate(date)) return true
    const published = /updated|mis à jour/.test(kind) ? undefined : toIsoDate(date)
    if (found.published === undefined && published !== undefined) found = { ...found, published }
    return false
  })
  return { lines, found }
}
