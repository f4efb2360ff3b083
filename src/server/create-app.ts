import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { analyze } from '../analyze.js'
import { CorroborateError } from '../errors/corroborate-error.js'
import { InputError } from '../errors/input-error.js'
import { UsageError } from '../errors/usage-error.js'
import type { ArticleInput } from '../model/article.js'
import type { AnalysisResult } from '../model/result.js'
import type { Store, StoredArticle } from '../store/store.js'
import { renderHtml, reportContentSecurityPolicy } from '../report/html/render-html.js'
import { isProblem, parseAnalyzeRequest } from './article-request.js'

export interface ServerLimits {
  /** Largest request body, in bytes. */
  readonly maxBodyBytes?: number
  /** Most articles in one request. */
  readonly maxArticles?: number
}

export interface AppDeps {
  readonly analyze: typeof analyze
  /** The result shown when the page opens (the files named on the command line). */
  readonly initial?: AnalysisResult
  readonly limits?: ServerLimits
  /**
   * Host names to answer (e.g. "127.0.0.1", "localhost"). A page on another site that rebinds its
   * DNS name to 127.0.0.1 sends its own name in the Host header and is refused, so it cannot read
   * the articles the user named.
   */
  readonly allowedHostnames?: readonly string[]
  /** A persistent corpus to browse: its stories are listed in the page and analysed on demand. */
  readonly store?: Store
  readonly title?: string
  /** Where unexpected errors are reported (the terminal, for `serve`); the client only gets a short message. */
  readonly log?: (message: string) => void
}

export const defaultLimits = { maxBodyBytes: 5 * 1024 * 1024, maxArticles: 200 } as const

export const apiPath = '/api/analyze'
export const storiesPath = '/api/stories'
const maxStoriesListed = 500

const emptyResult: AnalysisResult = { version: 1, articles: [], stories: [], relations: [], findings: [] }

/** The web app: the report page with an input panel, and the JSON API beside it. No listener here. */
export function createApp(deps: AppDeps): Hono {
  const limits = { ...defaultLimits, ...deps.limits }
  const initial = deps.initial ?? emptyResult
  // Rendered once: the page for the named files does not change while the server runs.
  const page = renderHtml(initial, {
    api: apiPath,
    ...(deps.store === undefined ? {} : { stories: storiesPath }),
    ...(deps.title === undefined ? {} : { title: deps.title }),
  })
  const pagePolicy = reportContentSecurityPolicy({ connectSelf: true, frameAncestors: true })
  const app = new Hono()

  app.use('*', async (context, next) => {
    await next()
    const headers = context.res.headers
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Referrer-Policy', 'no-referrer')
    headers.set('X-Frame-Options', 'DENY')
    headers.set('Cross-Origin-Opener-Policy', 'same-origin')
    headers.set('Cross-Origin-Resource-Policy', 'same-origin')
    headers.set('Cache-Control', 'no-store')
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
  })

  if (deps.allowedHostnames !== undefined) {
    const allowed = new Set(deps.allowedHostnames.map((host) => host.toLowerCase()))
    app.use('*', async (context, next) => {
      // The listener builds the request URL from the Host header, so its host is what the client sent.
      const host = new URL(context.req.url).hostname.toLowerCase()
      if (!allowed.has(host)) return problem(context, 421, 'unknown-host', `this server answers only to ${[...allowed].join(', ')}`)
      return next()
    })
  }

  app.get('/', (context) => {
    context.header('Content-Security-Policy', pagePolicy)
    return context.html(page)
  })

  app.get('/api/result', (context) => context.json(initial))

  app.post(
    apiPath,
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: (context) => problem(context, 413, 'too-large', `the request is larger than ${formatBytes(limits.maxBodyBytes)}`),
    }),
    async (context) => {
      // JSON only: a cross-site form or text/plain POST is refused before any work is done, and a
      // cross-site fetch with this type needs a CORS preflight that this server never grants.
      const type = context.req.header('content-type') ?? ''
      if (!/^application\/json\b/i.test(type)) return problem(context, 415, 'unsupported-media-type', 'send the articles as application/json')
      let body: unknown
      try {
        body = JSON.parse(await context.req.text())
      } catch (error) {
        return problem(context, 400, 'bad-json', `the body is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
      }
      const request = parseAnalyzeRequest(body, limits.maxArticles)
      if (isProblem(request)) return problem(context, 400, request.code, request.message)
      try {
        const result = await deps.analyze(request.articles, {
          ...(request.origin === undefined ? {} : { origin: request.origin }),
          ...(request.oneStory === undefined ? {} : { oneStory: request.oneStory }),
        })
        return context.json(result)
      } catch (error) {
        if (error instanceof UsageError) return problem(context, 400, error.code, error.message)
        if (error instanceof InputError) return problem(context, 422, error.code, error.message)
        if (error instanceof CorroborateError) return problem(context, 422, error.code, error.message)
        throw error
      }
    },
  )

  const store = deps.store
  if (store !== undefined) {
    app.get(storiesPath, async (context) => {
      const since = context.req.query('since')
      const limit = Math.min(maxStoriesListed, Math.max(1, Number(context.req.query('limit') ?? maxStoriesListed) || maxStoriesListed))
      return context.json({ stories: await store.listStories({ limit, ...(since === undefined ? {} : { since }) }) })
    })
    app.get(`${storiesPath}/:id`, async (context) => {
      const id = Number(context.req.param('id'))
      if (!Number.isInteger(id) || id <= 0) return problem(context, 400, 'bad-request', 'a story id is a positive whole number')
      const detail = await store.getStory(id)
      if (detail === undefined) return problem(context, 404, 'not-found', `no story ${id}`)
      // The saved analysis is valid only for the story as it is now; otherwise analyse and save it.
      if (detail.analysis !== undefined) return context.json(detail.analysis)
      const result = await deps.analyze(detail.articles.map(storedAsInput), { oneStory: true })
      await store.saveAnalysis(id, detail.story.version, result)
      return context.json(result)
    })
  }

  app.notFound((context) => problem(context, 404, 'not-found', `no route ${context.req.method} ${context.req.path}`))
  // An engine bug must not leak a stack trace or article text to the client.
  app.onError((error, context) => {
    deps.log?.(`corroborate serve: ${context.req.method} ${context.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return problem(context, 500, 'internal', 'the analysis failed unexpectedly; see the server log')
  })
  return app
}

function problem(context: Context, status: 400 | 404 | 413 | 415 | 421 | 422 | 500, code: string, message: string): Response {
  return context.json({ error: { code, message } }, status)
}

function storedAsInput(article: StoredArticle): ArticleInput {
  const { id, text, title, outlet, published, url, path, language, byline } = article
  return {
    id,
    text,
    ...(title === undefined ? {} : { title }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    ...(path === undefined ? {} : { path }),
    ...(language === undefined ? {} : { language }),
    ...(byline === undefined ? {} : { byline }),
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
