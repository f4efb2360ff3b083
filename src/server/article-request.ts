import type { ArticleInput } from '../model/article.js'

export interface AnalyzeRequest {
  readonly articles: readonly ArticleInput[]
  readonly origin?: string
  readonly oneStory?: boolean
}

export type RequestProblem = { readonly code: 'bad-request' | 'too-many-articles'; readonly message: string }

const stringFields = ['id', 'text', 'html', 'markdown', 'title', 'outlet', 'published', 'url', 'path', 'language', 'byline'] as const

/**
 * Checks the body of `POST /api/analyze` by hand: one small shape, and each problem names the
 * article index so a client can point at it. Unknown fields are dropped, not passed on.
 */
export function parseAnalyzeRequest(body: unknown, maxArticles: number): AnalyzeRequest | RequestProblem {
  if (!isRecord(body)) return bad('the body must be a JSON object: { "articles": [...], "origin"?: "id" }')
  const { articles, origin, oneStory } = body
  if (!Array.isArray(articles)) return bad('"articles" must be an array of articles')
  if (articles.length === 0) return bad('"articles" is empty: send at least one article')
  if (articles.length > maxArticles) return { code: 'too-many-articles', message: `${articles.length} articles sent; at most ${maxArticles} per request` }
  if (origin !== undefined && typeof origin !== 'string') return bad('"origin" must be a string (an article id)')
  if (oneStory !== undefined && typeof oneStory !== 'boolean') return bad('"oneStory" must be true or false')

  const inputs: ArticleInput[] = []
  for (const [index, entry] of articles.entries()) {
    if (!isRecord(entry)) return bad(`articles[${index}] must be an object`)
    const input: Record<string, string> = {}
    for (const field of stringFields) {
      const value = entry[field]
      if (value === undefined) continue
      if (typeof value !== 'string') return bad(`articles[${index}].${field} must be a string`)
      input[field] = value
    }
    if (input['text'] === undefined && input['html'] === undefined && input['markdown'] === undefined) {
      return bad(`articles[${index}] needs "text", "html" or "markdown"`)
    }
    inputs.push(input as ArticleInput)
  }
  return { articles: inputs, ...(origin === undefined ? {} : { origin }), ...(oneStory === undefined ? {} : { oneStory }) }
}

export function isProblem(value: AnalyzeRequest | RequestProblem): value is RequestProblem {
  return 'code' in value
}

function bad(message: string): RequestProblem {
  return { code: 'bad-request', message }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
