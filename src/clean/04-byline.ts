import { asOneByte, latin1StandIn, StandInPattern } from '../segment/latin1.js'
import { isWholeDate, toIsoDate } from './iso-date.js'
import type { CleanState, FoundMetadata, Line } from './lines.js'

// A byline line: "By" a name, then optionally an outlet and a date, separated by dashes, bars or commas.
// Example: "By Mara Quill – Harbourtown Gazette – March 4, 2025" or "By Mara Quill, Harbourtown Gazette".
// Every part must have its expected shape, so "By Tuesday, the ferry had stopped running." stays.
// Case-insensitive matching with /u computes the case variants of the whole pattern when V8
// compiles it (milliseconds for a Unicode class); "by" has no variants beyond b, B, y and Y.
const BYLINE = /^[bB][yY]\s+(?<rest>.{2,200})$/u
const PART_SEPARATOR = /\s+[–—|•·-]\s+|\s*[|•·]\s*|,\s+/u
const CONNECTOR = "(?:and|&|de|del|van|von|der|den|da|di|du|la|le|bin|ibn|al|el|y)"
// Name, outlet and domain patterns read a part's Latin-1 stand-in when it has one (see latin1.ts):
// their Unicode classes then compile as Latin-1 ranges. Repeated inside {0,7} and {0,5}, whole
// Unicode classes cost V8 about 1.4 ms a pattern to compile, Latin-1 ranges about 0.1 ms.
const CAPITALISED_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*"
const PERSON_NAMES = new StandInPattern(`^${CAPITALISED_WORD}(?:\\s+(?:${CONNECTOR}|${CAPITALISED_WORD})){0,7}$`, 'u')
const OUTLET_NAME = new StandInPattern(`^[\\p{Lu}\\d][\\p{L}\\p{M}\\p{N}.&'’\\-]*(?:\\s+(?:of|the|and|for|on|&|de|du|des|la|le|el|[\\p{Lu}\\d][\\p{L}\\p{M}\\p{N}.&'’\\-]*)){0,5}$`, 'u')
const DOMAIN = new StandInPattern(String.raw`^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?$`, 'iu')
// "By Mara Quill, City Hall reporter" or "By Staff Writer": a role, neither a name, an outlet nor a
// date. That is up to three words, then one of these (see isRoleName).
const ROLE_WORD = /(?:correspondent|reporter|writer|editor|contributor|columnist|journalist|analyst|bureau chief|staff|desk|team)s?$/iu
// The words before ROLE_WORD. Not case-insensitive: \p{L} with /iu costs V8 milliseconds to
// compile, and adds to the letters only U+0345 (a combining mark whose case folding is a letter).
const ROLE_PREFIX = /^(?:[\p{L}\u0345-]+\s+){0,3}$/u

// Bylines sit at the top or the bottom of an article (after related lists are gone): only those lines are tried.
const EDGE_LINES = 4

interface Byline {
  /** Omitted when the line names a role rather than a person ("By Staff Writer"). */
  readonly byline?: string
  readonly outlet?: string
  readonly published?: string
}

/** Removes a byline line and keeps its author, outlet and date, unless the input already gave them. */
export function removeBylines(state: CleanState): CleanState {
  const edge = edgeIndexes(state.lines)
  let found: FoundMetadata = state.found
  const lines = state.lines.filter((line, index) => {
    if (!edge.has(index)) return true
    const byline = parseByline(line.text.trim())
    if (byline === undefined) return true
    found = {
      ...found,
      ...(found.byline === undefined && byline.byline !== undefined && { byline: byline.byline }),
      ...(found.outlet === undefined && byline.outlet !== undefined && { outlet: byline.outlet }),
      ...(found.published === undefined && byline.published !== undefined && { published: byline.published }),
    }
    return false
  })
  return { lines, found }
}

export function parseByline(line: string): Byline | undefined {
  const rest = BYLINE.exec(line)?.groups?.['rest']
  if (rest === undefined) return undefined
  // Parts without a dash or bullet are mostly Latin-1: as one-byte strings, the Unicode-class
  // patterns below compile in a fraction of the time (a cold CLI run compiles each anew).
  const [name, ...parts] = mergeYears(rest.replace(/\.$/u, '').split(PART_SEPARATOR).map((part) => asOneByte(part.trim())))
  if (name === undefined || !matches(PERSON_NAMES, name) || isWholeDate(name)) return undefined
  const isRole = isRoleName(name)

  let outlet: string | undefined
  let published: string | undefined
  for (const part of parts) {
    if (part === '' || isRoleName(part)) continue
    if (isWholeDate(part)) {
      published ??= toIsoDate(part)
    } else if (matches(OUTLET_NAME, part) || (part.includes('.') && matches(DOMAIN, part))) {
      outlet ??= part
    } else {
      return undefined
    }
  }
  return { ...(!isRole && { byline: name }), ...(outlet !== undefined && { outlet }), ...(published !== undefined && { published }) }
}

function matches(pattern: StandInPattern, text: string): boolean {
  const standIn = latin1StandIn(text)
  return pattern.for(standIn).test(standIn ?? text)
}

/**
 * Whether `text` is /^(?:[\p{L}-]+\s+){0,3}(?:correspondent|…|team)s?$/iu. No role word (with its
 * "s") ends another one, so where ROLE_WORD matches is the only place the role word can start.
 */
export function isRoleName(text: string): boolean {
  const role = ROLE_WORD.exec(text)
  return role !== null && ROLE_PREFIX.test(text.slice(0, role.index))
}

/** Splitting on commas cuts "October 27, 2025" in two; a lone year joins the part before it. */
function mergeYears(parts: readonly string[]): string[] {
  const merged: string[] = []
  for (const part of parts) {
    const previous = merged.at(-1)
    if (previous !== undefined && /^\d{4}\b/u.test(part) && isWholeDate(`${previous}, ${part}`)) {
      merged[merged.length - 1] = `${previous}, ${part}`
    } else {
      merged.push(part)
    }
  }
  return merged
}

function edgeIndexes(lines: readonly Line[]): Set<number> {
  const nonBlank = lines.flatMap((line, index) => (line.text.trim() === '' ? [] : [index]))
  return new Set([...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)])
}
