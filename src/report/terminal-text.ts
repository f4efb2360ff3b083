import { stripVTControlCharacters } from 'node:util'
import stringWidth from 'string-width'
import wrapAnsi from 'wrap-ansi'

/*
 * Widths and wrapping for the terminal report. string-width and wrap-ansi are exact for any text
 * (grapheme clusters, emoji, East Asian wide characters, escape codes) but slow: each segments its
 * input with Intl.Segmenter, and report lines quote article text, whose curly quotes and dashes
 * miss their ASCII fast path. Text made only of characters that are each one column wide and
 * join no neighbour takes the short path below, with the same result; anything else goes to them.
 */

// Printable ASCII, Latin-1 (without the soft hyphen), Latin Extended and IPA, general punctuation
// (dashes, curly quotes, ellipsis, primes), currency signs, arrows, box drawing and U+FFFD. Each
// is one column to string-width, unchanged by NFC, and its own grapheme cluster next to any other
// of them (checked character by character in terminal-text.test.ts).
const SINGLE_COLUMN = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2190-\u21ff\u2500-\u257f\ufffd]*$/

/** Columns a string takes in a terminal, escape codes not counted. */
export function displayWidth(text: string): number {
  const visible = stripVTControlCharacters(text)
  return SINGLE_COLUMN.test(visible) ? visible.length : stringWidth(visible)
}

/**
 * `text` wrapped to `columns`: what `wrapAnsi(text, columns, { hard: true, trim: true })` gives,
 * split into lines.
 */
export function wrapLines(text: string, columns: number): string[] {
  if (!SINGLE_COLUMN.test(text)) return wrapAnsi(text, columns, { hard: true, trim: true }).split('\n')
  return wrapSingleColumn(text, columns)
}

/**
 * wrap-ansi's algorithm for one line without escape codes, tabs or line breaks, where every
 * character is one column: words are split on spaces, a word wider than the line is broken
 * across lines, leading white space of a line and trailing spaces are dropped.
 */
function wrapSingleColumn(text: string, columns: number): string[] {
  if (text.trim() === '') return ['']
  const rows = ['']
  let rowLength = 0
  let trimmedRowIndex = -1
  let firstWord = true
  for (const word of text.split(' ')) {
    const rowIndex = rows.length - 1
    if (trimmedRowIndex !== rowIndex) {
      const row = rows[rowIndex] ?? ''
      const trimmed = row.trimStart()
      if (trimmed.length !== row.length) {
        rows[rowIndex] = trimmed
        rowLength = trimmed.length
      }
      if (trimmed.length > 0) trimmedRowIndex = rowIndex
    }
    if (firstWord) firstWord = false
    else if (rowLength > 0) {
      rows[rows.length - 1] += ' '
      rowLength += 1
    }
    if (word.length > columns) {
      // Break the word where wrap-ansi would: on this line when that needs no more breaks.
      const breaksStartingThisLine = 1 + Math.floor((word.length - (columns - rowLength) - 1) / columns)
      const breaksStartingNextLine = Math.floor((word.length - 1) / columns)
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push('')
        rowLength = 0
      }
      rowLength = breakWord(rows, word, columns, rowLength)
      continue
    }
    if (rowLength + word.length > columns && rowLength > 0 && word.length > 0) {
      rows.push('')
      rowLength = 0
    }
    rows[rows.length - 1] += word
    rowLength += word.length
  }
  return rows.map(trimSpacesRight)
}

// A loop, not / +$/, which backtracks quadratically on a long run of spaces.
function trimSpacesRight(row: string): string {
  let end = row.length
  while (end > 0 && row[end - 1] === ' ') end -= 1
  return row.slice(0, end)
}

/** A long word character by character onto the rows; returns the width of the last row. */
function breakWord(rows: string[], word: string, columns: number, rowWidth: number): number {
  let visible = rowWidth
  for (let index = 0; index < word.length; index += 1) {
    if (visible > 0 && visible + 1 > columns) {
      rows.push('')
      visible = 0
    }
    rows[rows.length - 1] += word.charAt(index)
    visible += 1
    if (visible === columns && index < word.length - 1) {
      rows.push('')
      visible = 0
    }
  }
  return (rows[rows.length - 1] ?? '').length
}
