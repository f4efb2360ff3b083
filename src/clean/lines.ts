/**
 * The unit the boilerplate steps work on: one paragraph-level line of the article.
 * `listItem` is known from the markup (an HTML <li>, a Markdown list item) or from a plain-text
 * bullet ("- ", "• ", "1. "): the related-posts step removes a heading "to the end of its list".
 */
export interface Line {
  readonly text: string
  readonly listItem: boolean
}

/** What the boilerplate told us about the article, kept as metadata once the lines are gone. */
export interface FoundMetadata {
  readonly credits: readonly string[]
  readonly byline?: string
  readonly outlet?: string
  readonly published?: string
}

export interface CleanState {
  readonly lines: readonly Line[]
  readonly found: FoundMetadata
}

const PLAIN_TEXT_BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+\S/u

/** Splits already-normalised plain text into lines, recognising bullets by their marker. */
export function linesOfPlainText(text: string): Line[] {
  return text.split('\n').map((line) => ({ text: line, listItem: PLAIN_TEXT_BULLET.test(line) }))
}

/** Joins lines back into article text: one "\n" between paragraphs, runs of blank lines kept to one. */
export function joinLines(lines: readonly Line[]): string {
  return collapseBlankLines(lines.map((line) => line.text).join('\n'))
}

/** Runs of 3+ newlines (two or more blank lines) become one blank line; trailing spaces and blank lines go. */
export function collapseBlankLines(text: string): string {
  return text
    .split('\n')
    .map(trimTrailingSpace)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd()
}

// By hand: a /[ \t\u00a0]+$/ regex retries from every space of a long line (about 7% of cleaning
// time on a corpus ingest); looking back from the end touches only the trailing run.
function trimTrailingSpace(line: string): string {
  let end = line.length
  while (end > 0) {
    const code = line.charCodeAt(end - 1)
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) break
    end--
  }
  return end === line.length ? line : line.slice(0, end)
}
