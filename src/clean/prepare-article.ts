import { InputError } from '../errors/index.js'
import type { Article, ArticleInput } from '../model/article.js'
import { detectLanguage } from './detect-language.js'
import { htmlToArticle } from './html-to-article.js'
import { joinLines, linesOfPlainText, type Line } from './lines.js'
import { markdownToLines } from './markdown-to-lines.js'
import { normaliseText } from './normalise-text.js'
import type { PageMetadata } from './page-metadata.js'
import { removeBoilerplate } from './remove-boilerplate.js'

/**
 * An input (text, Markdown or an HTML page) as the cleaned `Article` every later span points into.
 * Metadata given in the input wins over what the page says, which wins over what its boilerplate
 * says (a byline, a syndication footer). Nothing unknown is invented: missing fields are omitted.
 * Throws `InputError` ('no-article-text', 'empty') naming the input's path or id.
 */
export function prepareArticle(input: ArticleInput, fallbackId: string): Article {
  const id = input.id ?? fallbackId
  const name = input.path ?? id
  const { lines, page } = bodyOf(input, name)
  const { lines: kept, found } = removeBoilerplate(lines)
  const text = joinLines(kept)
  if (text === '') throw new InputError('empty', `${name}: no article text left after cleaning`, { source: name })

  const title = input.title ?? page.title
  const outlet = input.outlet ?? page.outlet ?? found.outlet
  const published = input.published ?? page.published ?? found.published
  const url = input.url ?? page.url
  const language = input.language ?? page.language ?? detectLanguage(text)
  const byline = input.byline ?? page.byline ?? found.byline
  return {
    id,
    text,
    ...(input.path !== undefined && { path: input.path }),
    ...(url !== undefined && { url }),
    ...(title !== undefined && { title }),
    ...(outlet !== undefined && { outlet }),
    ...(published !== undefined && { published }),
    ...(language !== undefined && { language }),
    ...(byline !== undefined && { byline }),
    ...(found.credits.length > 0 && { credits: found.credits }),
  }
}

function bodyOf(input: ArticleInput, name: string): { lines: readonly Line[]; page: PageMetadata } {
  if (input.text !== undefined) return { lines: linesOfPlainText(normaliseText(input.text)), page: {} }
  if (input.markdown !== undefined) return { lines: markdownToLines(normaliseText(input.markdown)), page: {} }
  if (input.html !== undefined) {
    const { lines, metadata } = htmlToArticle(input.html)
    if (lines.length === 0) throw new InputError('no-article-text', `${name}: the HTML page holds no article text`, { source: name })
    return { lines, page: metadata }
  }
  throw new InputError('no-article-text', `${name}: the input has no text, markdown or html`, { source: name })
}
