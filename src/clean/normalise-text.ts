import { collapseBlankLines } from './lines.js'

/**
 * Plain text as the rest of the pipeline expects it: "\n" line endings, no byte-order mark,
 * no trailing whitespace on lines, no leading/trailing blank lines, at most one blank line in a row.
 */
export function normaliseText(text: string): string {
  return collapseBlankLines(text.replace(/^\uFEFF/u, '').replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/gu, '\n'))
}
