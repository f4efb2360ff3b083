import { parseHTML } from './dom.js'
import type { Line } from './lines.js'

// Elements after which a reader sees a new paragraph. Readability's `textContent` runs paragraphs
// together ("…in Hanoi.The ministry said…"), which breaks sentence splitting, so we walk the DOM.
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
])
// Photo captions ("The bridge at dusk. Photo: staff") describe a picture, not the story; the rest is code or UI.
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'FIGCAPTION'])

const ELEMENT_NODE = 1
const TEXT_NODE = 3

interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<DomNode>
}

/** Paragraph lines of an HTML fragment, whitespace collapsed, list items marked. */
export function blockLinesOfHtml(html: string): Line[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return blockLinesOfNode(document.body as unknown as DomNode)
}

export function blockLinesOfNode(root: DomNode): Line[] {
  const lines: Line[] = []
  let current = ''
  let inListItem = 0
  let currentIsListItem = false

  const flush = (): void => {
    const text = current.replace(/[ \t\n\r\f\u00a0]+/gu, ' ').trim()
    if (text !== '') lines.push({ text, listItem: currentIsListItem })
    current = ''
    currentIsListItem = false
  }

  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      if (current.trim() === '' && inListItem > 0) currentIsListItem = true
      current += node.nodeValue ?? ''
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const name = node.nodeName.toUpperCase()
    if (SKIPPED_ELEMENTS.has(name)) return
    if (name === 'BR') {
      flush()
      return
    }
    const block = BLOCK_ELEMENTS.has(name)
    if (block) flush()
    if (name === 'LI') inListItem += 1
    for (const child of Array.from(node.childNodes)) visit(child)
    if (name === 'LI') inListItem -= 1
    if (block) flush()
  }

  visit(root)
  flush()
  return lines
}
