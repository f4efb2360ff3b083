import { marked } from 'marked'
import { blockLinesOfHtml } from './block-text.js'
import type { Line } from './lines.js'

/**
 * Markdown as plain paragraphs: headings, emphasis and code marks dropped, links reduced to their
 * text, list items one per line. `marked` (CommonMark + GFM) renders to HTML and the same block walker
 * as for web pages reads it back, so "[the ministry](https://…) said" becomes "the ministry said".
 */
export function markdownToLines(markdown: string): Line[] {
  const html = marked.parse(markdown, { async: false, gfm: true })
  return blockLinesOfHtml(html)
}
