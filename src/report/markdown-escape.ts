import { flattenWhitespace, printable } from './printable.js'

/**
 * Article text is untrusted: a claim may hold `<script>`, a `|` that would split a table cell,
 * or `*`/`_`/`$` that GitHub would read as emphasis or maths. Escaping by hand because the
 * Markdown libraries we have parse or stringify syntax trees; none escapes a bare string for
 * inline use.
 *
 * The text is made `printable` first: a newline inside a quote would end a table row or
 * blockquote, and control characters have no place in a document.
 */
export function escapeMarkdown(text: string): string {
  return (
    flattenWhitespace(printable(text))
      // Entities first so the ampersands they introduce are not escaped again.
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // CommonMark lets a backslash escape any ASCII punctuation; these are the ones that mean
      // something inline in GFM (emphasis, code, links, tables, strikethrough, maths, images).
      .replace(/[\\`*_[\]|~$!#]/g, '\\$&')
      // At the start of a line, "- ", "+ ", "1. " and "=" open lists or headings.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  )
}

/** Inline code for identifiers our own code produced (rule ids); backticks cannot occur in them. */
export function inlineCode(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`'
}
