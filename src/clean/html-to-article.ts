import { Readability } from '@mozilla/readability'
import { parseHTML } from './dom.js'
import { blockLinesOfHtml } from './block-text.js'
import type { Line } from './lines.js'
import { readPageMetadata, type PageMetadata } from './page-metadata.js'
import { latin1StandIn, StandInPattern } from '../segment/latin1.js'

export interface HtmlArticle {
  /** Paragraph lines of the main text; empty when the page holds no article. */
  readonly lines: readonly Line[]
  readonly metadata: PageMetadata
}

/** Main text of a web page through Mozilla Readability on a linkedom DOM, plus the page's metadata. */
export function htmlToArticle(html: string): HtmlArticle {
  // Feed items and JSONL `html` fields are fragments ("<p>…</p>"); linkedom needs a whole page.
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`
  const { document } = parseHTML(page)
  const pageMetadata = readPageMetadata(document)
  // Readability rewrites the document it is given, hence metadata first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse()
  const readableLines = parsed?.content ? blockLinesOfHtml(parsed.content) : []
  // Readability gives up on short pages; their whole body (parsed afresh: Readability rewrote the first DOM) is the article.
  const blockLines = hasArticleText(readableLines) ? readableLines : blockLinesOfHtml(parseHTML(page).document.body?.innerHTML ?? '')
  const readabilityByline = parsed?.byline?.replace(/^\s*by\s+/i, '').trim()
  // Readability strips " | Outlet" from <title>; og:title and JSON-LD headline are still preferred.
  const readabilityTitle = parsed?.title?.trim()
  const metadata: PageMetadata = {
    ...(readabilityTitle && { title: readabilityTitle }),
    ...(parsed?.siteName && { outlet: parsed.siteName.trim() }),
    ...(readabilityByline && { byline: readabilityByline }),
    ...pageMetadata,
  }
  const lines = hasArticleText(blockLines) ? withoutLeadingTitle(blockLines, metadata.title) : []
  return { lines, metadata }
}

/**
 * A page whose "main text" is only menu words ("Home World Sport") holds no article. Some line must
 * read like a sentence (six words or more, closing punctuation), or the lines must add up to 30 words.
 */
function hasArticleText(lines: readonly Line[]): boolean {
  const wordCount = (text: string): number => {
    // Words and their letters read the same in the stand-in (cheaper to compile for; segment/latin1.ts).
    const standIn = latin1StandIn(text)
    const letterOrDigit = LETTER_OR_DIGIT.for(standIn)
    return (standIn ?? text).split(/\s+/).filter((word) => letterOrDigit.test(word)).length
  }
  // The closing mark first: it is the cheaper test, and most lines of an article pass both.
  const sentenceLike = lines.some((line) => /[.!?…"”»)]$/u.test(line.text) && wordCount(line.text) >= 6)
  return sentenceLike || lines.reduce((sum, line) => sum + wordCount(line.text), 0) >= 30
}

/** The <h1> repeats the title the article already carries as metadata; the body starts after it. */
function withoutLeadingTitle(lines: readonly Line[], title: string | undefined): readonly Line[] {
  const first = lines[0]
  if (first === undefined || title === undefined) return lines
  return comparable(first.text) === comparable(title) ? lines.slice(1) : lines
}

const LETTER_OR_DIGIT = new StandInPattern(String.raw`[\p{L}\p{N}]`, 'u')
const NOT_LETTER_OR_DIGIT = new StandInPattern(String.raw`[^\p{L}\p{N}]+`, 'gu')

function comparable(text: string): string {
  return NOT_LETTER_OR_DIGIT.replaceIn(text.toLowerCase(), ' ').trim()
}
