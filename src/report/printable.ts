import type { AnalysisResult } from '../model/result.js'

// Control characters other than tab, line feed and carriage return; C1 controls; bidirectional
// marks, embeddings, overrides and isolates.
const unsafeCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Article text is untrusted and reports print it: an escape sequence in a scraped page
 * ("\u001b[2J" clears the screen) would run in the reader's terminal, and a bidirectional
 * override (U+202E) makes a quote display in another order than it reads ("Trojan Source").
 * Each such character becomes U+FFFD, one code unit for one, so every offset still holds.
 */
export function printable(text: string): string {
  return text.replace(unsafeCharacters, '\uFFFD')
}

const anyUnsafeCharacter = new RegExp(unsafeCharacters.source)

/**
 * The result with `printable` applied to every string in it: what renderers work from (read
 * only). Most results hold no unsafe character, and a look at their JSON, in native code, tells:
 * then the result itself is returned instead of a copy of its thousands of objects. JSON writes C0
 * controls as escapes (\u001b, \b, \f); a backslash of the text itself before u00, b or f also
 * looks like one, which only costs the copy.
 */
export function printableResult(result: AnalysisResult): AnalysisResult {
  const json = JSON.stringify(result)
  const clean = !json.includes('\\u00') && !json.includes('\\b') && !json.includes('\\f') && !anyUnsafeCharacter.test(json)
  return clean ? result : (mapStrings(result) as AnalysisResult)
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return printable(value)
  if (Array.isArray(value)) return value.map(mapStrings)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapStrings(inner)]))
}

/** Whitespace runs as one space: a newline inside a quote would break a report's layout. */
export function flattenWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ')
}
