import type { ArticleInput } from '../model/article.js'

// `content` and `body` are how many scrapers and datasets name the article text.
const TEXT_FIELDS = ['text', 'content', 'body'] as const
const METADATA_FIELDS = ['title', 'outlet', 'published', 'url', 'language', 'byline'] as const

/**
 * One JSON object (a JSONL line, an item of a JSON array) as an `ArticleInput`, or undefined when it
 * holds no article text. Fields of the wrong type are ignored rather than guessed at.
 */
export function articleFromRecord(record: Readonly<Record<string, unknown>>, defaults: { id: string; path: string }): ArticleInput | undefined {
  const body = bodyOf(record)
  if (body === undefined) return undefined
  const id = typeof record['id'] === 'string' && record['id'].trim() !== '' ? record['id'].trim() : typeof record['id'] === 'number' ? String(record['id']) : defaults.id
  const metadata: Record<string, string> = {}
  for (const field of METADATA_FIELDS) {
    const value = record[field]
    if (typeof value === 'string' && value.trim() !== '') metadata[field] = value.trim()
  }
  // `source` is a common alias of outlet in news datasets.
  if (metadata['outlet'] === undefined && typeof record['source'] === 'string' && record['source'].trim() !== '') metadata['outlet'] = record['source'].trim()
  return { id, path: defaults.path, ...metadata, ...body }
}

function bodyOf(record: Readonly<Record<string, unknown>>): Pick<ArticleInput, 'text' | 'html' | 'markdown'> | undefined {
  for (const field of TEXT_FIELDS) {
    const value = record[field]
    if (typeof value === 'string' && value.trim() !== '') return { text: value }
  }
  if (typeof record['html'] === 'string' && record['html'].trim() !== '') return { html: record['html'] }
  if (typeof record['markdown'] === 'string' && record['markdown'].trim() !== '') return { markdown: record['markdown'] }
  return undefined
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
