import { marked, type Token, type Tokens } from 'marked'
import type { Line } from './lines.js'
import { simpleMarkdownLines } from './simple-markdown.js'

/**
 * Markdown as plain paragraphs: headings, emphasis and code marks dropped, links reduced to their
 * text, images and raw HTML dropped, list items and table rows one per line. `marked`'s lexer
 * (CommonMark + GFM) does the parsing; only the walk over its tokens is ours, so Markdown needs no DOM.
 * Markdown that keeps to the subset simple-markdown.ts reads (most articles) skips marked: the
 * same lines without its cost at a cold start (the CLI bundle loads marked only when needed).
 */
export function markdownToLines(markdown: string): Line[] {
  return simpleMarkdownLines(markdown) ?? linesByMarked(markdown)
}

/** markdownToLines through marked whatever the text (exported for the tests of the subset). */
export function linesByMarked(markdown: string): Line[] {
  const lines: Line[] = []
  walkBlocks(marked.lexer(markdown, { gfm: true }), false, lines)
  return lines
}

function walkBlocks(tokens: readonly Token[], listItem: boolean, into: Line[]): void {
  const push = (text: string): void => {
    for (const part of text.split('\n')) {
      const line = part.replace(/[ \t\u00a0]+/gu, ' ').trim()
      if (line !== '') into.push({ text: line, listItem })
    }
  }
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        push(inlineText((token as Tokens.Heading | Tokens.Paragraph).tokens))
        break
      case 'text': {
        // Text directly in a list item ("- Ferry fares rise") carries inline tokens of its own.
        const text = token as Tokens.Text
        push(text.tokens === undefined ? text.text : inlineText(text.tokens))
        break
      }
      case 'code':
        push((token as Tokens.Code).text)
        break
      case 'blockquote':
        walkBlocks((token as Tokens.Blockquote).tokens, listItem, into)
        break
      case 'list':
        for (const item of (token as Tokens.List).items) walkBlocks(item.tokens, true, into)
        break
      case 'table': {
        const table = token as Tokens.Table
        for (const row of [table.header, ...table.rows]) push(row.map((cell) => inlineText(cell.tokens)).join(' | '))
        break
      }
      default:
        // space, hr, html, def: no article text.
        break
    }
  }
}

function inlineText(tokens: readonly Token[]): string {
  let text = ''
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape':
      case 'codespan': {
        const inline = token as Tokens.Text
        text += inline.tokens === undefined ? decodeEntities(inline.text) : inlineText(inline.tokens)
        break
      }
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        text += inlineText((token as Tokens.Strong | Tokens.Em | Tokens.Del | Tokens.Link).tokens)
        break
      case 'br':
        text += '\n'
        break
      case 'html':
        if (/^<br\s*\/?>$/i.test(token.raw)) text += '\n'
        break
      default:
        // image: the picture is not the story.
        break
    }
  }
  return text
}

// marked keeps "&amp;" as written; a reader sees "&".
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (entity, name: string) => ENTITIES[name] ?? entity)
}
