import { StandInPattern } from '../segment/latin1.js'
import type { CleanState } from './lines.js'

// Each pattern matches a whole line and captures the outlet the article credits as its source.
// Example: "The post Harbour cranes idle as dock strike enters third week appeared first on Coastline Daily."
// Stand-in patterns (segment/latin1.ts; d for the outlet group): cheaper to compile than /iu.
const SYNDICATION_FOOTERS: readonly StandInPattern[] = [
  new StandInPattern(String.raw`^The post .+ appeared first on (?<outlet>.+?)\.?$`, 'diu'),
  // WordPress writes the same footer in the site's language: "L’article … est apparu en premier sur Y.",
  // "La entrada … se publicó primero en Y.", "Der Beitrag … erschien zuerst auf Y."
  new StandInPattern(String.raw`^L['’]article .+ est apparu en premier sur (?<outlet>.+?)\.?$`, 'diu'),
  new StandInPattern(String.raw`^La entrada .+ se public[óo] primero en (?<outlet>.+?)\.?$`, 'diu'),
  new StandInPattern(String.raw`^Der Beitrag .+ erschien zuerst auf (?<outlet>.+?)\.?$`, 'diu'),
  // "This article originally appeared on Valley Ledger." / "This story was first published by Valley Ledger."
  new StandInPattern(String.raw`^(?:This|The) (?:article|story|post|piece|report) (?:was )?(?:originally|first) (?:appeared|appears|published|ran) (?:on|in|by|at) (?<outlet>.+?)\.?$`, 'diu'),
  // "Originally published by Valley Ledger." / "Originally published on valleyledger.example"
  new StandInPattern(String.raw`^(?:Originally|First) (?:published|appeared|posted) (?:on|in|by|at) (?<outlet>.+?)\.?$`, 'diu'),
  // "This article is republished from Valley Ledger under a Creative Commons license."
  new StandInPattern(String.raw`^(?:This|The) (?:article|story) (?:is|was|has been) republished from (?<outlet>.+?)(?: under .+?)?\.?$`, 'diu'),
  // "Read the full report in Valley Ledger" / "Read the original story at valleyledger.example"
  new StandInPattern(String.raw`^Read the (?:full|original|whole|complete) (?:report|story|article|investigation|piece) (?:in|on|at|from) (?<outlet>.+?)\.?$`, 'diu'),
]

// A footer is one short line; a long line that happens to contain "appeared first on" is prose.
const MAX_FOOTER_LENGTH = 300

/** Removes syndication footers and keeps the outlet they name in `credits`. */
export function removeSyndicationFooters(state: CleanState): CleanState {
  const credits = [...state.found.credits]
  const lines = state.lines.filter((line) => {
    const outlet = syndicatedFrom(line.text.trim())
    if (outlet === undefined) return true
    if (!credits.includes(outlet)) credits.push(outlet)
    return false
  })
  return { lines, found: { ...state.found, credits } }
}

function syndicatedFrom(line: string): string | undefined {
  if (line.length > MAX_FOOTER_LENGTH) return undefined
  const [first, second] = openingWords(line)
  for (const [index, pattern] of SYNDICATION_FOOTERS.entries()) {
    if (!mayOpen(FOOTER_OPENINGS[index], first, second)) continue
    const outlet = pattern.exec(line)?.groups?.['outlet']
    if (outlet !== undefined) return cleanOutletName(outlet)
  }
  return undefined
}

/*
 * The words each footer pattern opens with (lower-cased; its literal spaces after them), by
 * pattern: a line that opens otherwise is not tried against it. Case-insensitive Unicode patterns
 * (/iu) cost V8 about a millisecond each to compile for a line beyond Latin-1, and most lines of
 * an article match none; the words are compared only when ASCII (see openingWords), so the test
 * never rejects a line the pattern would match.
 */
const FOOTER_OPENINGS: readonly (readonly [ReadonlySet<string>, ReadonlySet<string> | undefined])[] = [
  [new Set(['the']), new Set(['post'])],
  [new Set(["l'article", 'l’article']), undefined],
  [new Set(['la']), new Set(['entrada'])],
  [new Set(['der']), new Set(['beitrag'])],
  [new Set(['this', 'the']), new Set(['article', 'story', 'post', 'piece', 'report'])],
  [new Set(['originally', 'first']), new Set(['published', 'appeared', 'posted'])],
  [new Set(['this', 'the']), new Set(['article', 'story'])],
  [new Set(['read']), new Set(['the'])],
]

/**
 * The line's first two space-separated words, lower-cased; null for a word that is not plain
 * ASCII (besides ’), which /iu might match in other ways ("ſ" folds to "s"): such a line is tried
 * against every pattern. undefined where the line has no such word.
 */
function openingWords(line: string): [string | null | undefined, string | null | undefined] {
  const firstEnd = line.indexOf(' ')
  if (firstEnd < 0) return [undefined, undefined]
  const secondEnd = line.indexOf(' ', firstEnd + 1)
  return [comparable(line.slice(0, firstEnd)), secondEnd < 0 ? undefined : comparable(line.slice(firstEnd + 1, secondEnd))]
}

function comparable(word: string): string | null {
  return /^[\x21-\x7e’]*$/.test(word) ? word.toLowerCase() : null
}

function mayOpen(
  opening: readonly [ReadonlySet<string>, ReadonlySet<string> | undefined] | undefined,
  first: string | null | undefined,
  second: string | null | undefined,
): boolean {
  if (opening === undefined) return true
  const [firstWords, secondWords] = opening
  if (first === undefined) return false
  if (first !== null && !firstWords.has(first)) return false
  if (secondWords === undefined) return true
  if (second === undefined) return false
  return second === null || secondWords.has(second)
}

/** "Valley Ledger on October 3, 2025" → "Valley Ledger"; surrounding quotes and stray punctuation go. */
function cleanOutletName(outlet: string): string | undefined {
  const name = outlet
    .replace(/\s+(?:on|in)\s+(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2}).*$/u, '')
    .replace(/^["'“‘«\s]+|["'”’»\s.,;:]+$/gu, '')
    .trim()
  return name === '' ? undefined : name
}
