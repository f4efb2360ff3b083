import type { ArticleInput } from '../../src/model/article.js'

const stringFields = ['id', 'text', 'html', 'markdown', 'title', 'outlet', 'published', 'url', 'language', 'byline'] as const

/**
 * Turns dropped or chosen files into article inputs for the API: HTML pages as `html` (the server
 * extracts the article), Markdown as `markdown`, JSONL corpora one article per line, anything
 * else as plain text. Parsing of the content itself stays on the server: one engine, one result.
 */
export async function readArticleFiles(files: readonly File[]): Promise<{ articles: ArticleInput[]; problems: string[] }> {
  const articles: ArticleInput[] = []
  const problems: string[] = []
  for (const file of files) {
    const text = await file.text()
    const name = file.name
    const base = name.replace(/\.[^.]+$/, '')
    if (/\.jsonl$/i.test(name) || /\.ndjson$/i.test(name)) {
      for (const [index, line] of text.split('\n').entries()) {
        if (line.trim() === '') continue
        const article = parseArticleJson(line)
        if (article === undefined) problems.push(`${name}:${index + 1}: not an article object`)
        else articles.push({ id: `${base}-${index + 1}`, path: `${name}:${index + 1}`, ...article })
      }
    } else if (/\.json$/i.test(name)) {
      const parsed = safeParse(text)
      const list: unknown[] = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed['articles']) ? parsed['articles'] : []
      if (list.length === 0) problems.push(`${name}: expected an array of articles`)
      for (const [index, entry] of list.entries()) {
        const article = pickArticle(entry)
        if (article === undefined) problems.push(`${name}: item ${index + 1} is not an article object`)
        else articles.push({ id: `${base}-${index + 1}`, path: name, ...article })
      }
    } else if (/\.x?html?$/i.test(name)) {
      articles.push({ id: base, path: name, html: text })
    } else if (/\.(md|markdown)$/i.test(name)) {
      articles.push({ id: base, path: name, markdown: text })
    } else {
      articles.push({ id: base, path: name, text })
    }
  }
  return { articles, problems }
}

function parseArticleJson(line: string): ArticleInput | undefined {
  return pickArticle(safeParse(line))
}

function pickArticle(value: unknown): ArticleInput | undefined {
  if (!isRecord(value)) return undefined
  const article: Record<string, string> = {}
  for (const field of stringFields) {
    const entry = value[field]
    if (typeof entry === 'string') article[field] = entry
  }
  return article['text'] === undefined && article['html'] === undefined && article['markdown'] === undefined ? undefined : (article as ArticleInput)
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
