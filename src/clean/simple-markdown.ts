import type { Line } from './lines.js'

/*
 * Markdown as most articles write it, read without marked: marked compiles some hundred regular
 * expressions when it loads and more as it lexes, about 15 ms of a cold CLI run for one short
 * article (regular expressions are compiled anew in every process; no code cache holds them).
 *
 * The subset: ATX headings, paragraphs, "- " / "* " / "+ " list items of one line each, **strong**
 * and *emphasis* that open after a space and close before one (or punctuation), and
 * [links](destination). Anything else (code, quotes, tables, HTML, images, escapes, entities,
 * underscores, indentation, ordered lists, a list item next to a paragraph line…) makes
 * simpleMarkdownLines answer undefined, and marked reads the text. Where it answers, it gives
 * the lines marked's tokens give: simple-markdown.test.ts holds it to markdownToLines' walk.
 */

// Characters whose Markdown meanings the subset leaves to marked, anywhere in the text once link
// destinations are taken out: code, strikethrough, escapes, HTML and autolinks, underscores
// (their flanking rules differ from the asterisk's), images, tabs, carriage returns, NUL.
const UNSUPPORTED = /[`~\\<>_\t\r\0]|!\[|&#?\w+;|@|:\/\/|www\./i
// A link whose destination has no spaces, parentheses or angle brackets, and no title.
const LINK = /\[([^[\]\n]+)\]\(([^()\s<>]+)\)/g
const HEADING = /^#{1,6} +([^#]*[^#\s])\s*$/
const LIST_ITEM = /^[-*+] (\S.*)$/
// Line starts that open a block the subset does not read: quotes, ordered lists, thematic breaks
// and setext underlines, table delimiter rows, code, HTML, link definitions, headings without a
// space, a list marker that is not "- x".
const OTHER_BLOCK = /^(?:\s|[>=|:#+\-]|\d{1,9}[.)](?:\s|$)|\[[^\]]*\]:|\*(?:\s|$))/
// Strong, then emphasis: the mark opens after the line start, a space, "(" or an opening quote,
// before a character that is not a space; it closes after one, before the line end, a space or
// punctuation. Then CommonMark's flanking rules make it emphasis whatever else the line holds.
const STRONG = /(^|[\s("'\u2018\u201c])\*\*([^\s*](?:[^*]*[^\s*])?)\*\*(?=$|[\s.,;:!?)\]"'\u2019\u201d])/g
const EMPHASIS = /(^|[\s("'\u2018\u201c])\*([^\s*](?:[^*]*[^\s*])?)\*(?=$|[\s.,;:!?)\]"'\u2019\u201d])/g

type Kind = 'blank' | 'paragraph' | 'item'

/** The lines of `markdown` (already normalised) when it keeps to the subset, else undefined. */
export function simpleMarkdownLines(markdown: string): Line[] | undefined {
  const lines: Line[] = []
  let previous: Kind = 'blank'
  for (const line of markdown.split('\n')) {
    // Blank for CommonMark is spaces only: a line of other white space is a paragraph line.
    if (/^ *$/.test(line)) {
      previous = 'blank'
      continue
    }
    const heading = HEADING.exec(line)
    const item = heading === null ? LIST_ITEM.exec(line) : null
    let kind: Kind
    let content: string
    if (heading !== null) {
      if (previous === 'item') return undefined
      kind = 'paragraph'
      content = heading[1] ?? ''
    } else if (item !== null) {
      // Marked would read a list item next to a paragraph line as one block or the other
      // (a lazy continuation, a list interrupting the paragraph); and an item's own text must
      // not open a block of its own ("- # heading", "- - nested").
      if (previous === 'paragraph') return undefined
      kind = 'item'
      content = item[1] ?? ''
      if (OTHER_BLOCK.test(content) || content.startsWith('*')) return undefined
    } else {
      if (previous === 'item' || OTHER_BLOCK.test(line)) return undefined
      kind = 'paragraph'
      content = line
    }
    const text = inlineText(content)
    if (text === undefined) return undefined
    // As markdownToLines pushes a token's text: spaces collapsed, trimmed, empty lines dropped.
    const collapsed = text.replace(/[ \u00a0]+/g, ' ').trim()
    if (collapsed !== '') lines.push({ text: collapsed, listItem: kind === 'item' })
    previous = heading !== null ? 'blank' : kind
  }
  return lines
}

/** The text of one line's inline Markdown, or undefined when it leaves the subset. */
function inlineText(content: string): string | undefined {
  let unsupported = false
  let text = content.replace(LINK, (link, label: string, _destination: string, offset: number) => {
    // An image; or a link next to an asterisk, which would change what flanks the mark.
    const before = content[offset - 1]
    if (before === '!' || before === '*' || content[offset + link.length] === '*') unsupported = true
    return inlineText(label) ?? ((unsupported = true), '')
  })
  if (unsupported || UNSUPPORTED.test(text) || /[[\]]/.test(text)) return undefined
  if (text.includes('*')) {
    // Inner marks first: "*a **b** c*" and "**a *b* c**" both come apart.
    for (let before = ''; before !== text; ) {
      before = text
      text = text.replace(STRONG, '$1$2').replace(EMPHASIS, '$1$2')
    }
    if (text.includes('*')) return undefined
  }
  return text
}
