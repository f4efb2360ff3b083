import { beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../errors/usage-error.js'
import type { ArticleInput } from '../model/article.js'
import { ensurePageBundle } from '../report/html/test-helpers/ensure-page-bundle.js'
import { fixtureResult } from '../report/html/test-helpers/fixture-result.js'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { openStore } from '../store/index.js'
import { createApp, type AppDeps } from './create-app.js'

beforeAll(() => ensurePageBundle())

/** Stands in for the engine: records what it was asked and answers with the fixture. */
function fakeAnalyze() {
  const calls: { inputs: readonly ArticleInput[]; options: unknown }[] = []
  const analyze: AppDeps['analyze'] = async (inputs, options) => {
    calls.push({ inputs, options })
    if (options?.origin === 'nobody') throw new UsageError('origin "nobody" names none of the articles')
    if (inputs.some((input) => input.text === 'explode')) throw new Error('engine bug with secret article text')
    return fixtureResult()
  }
  return { analyze, calls }
}

const post = (app: ReturnType<typeof createApp>, body: string, type = 'application/json') =>
  app.request('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body })

describe('createApp', () => {
  it('serves the report page with the input panel under a strict policy', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze, initial: fixtureResult() })
    const response = await app.request('/')
    expect(response.status).toBe(200)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'sha256-[^']+'(;|$)/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("connect-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const page = await response.text()
    expect(page.includes('id="corroborate-config">{"api":"/api/analyze"}')).toBe(true)
    expect(page.includes('Riverside Gazette')).toBe(true)
  })

  it('analyses posted articles and returns the v1 result', async () => {
    const { analyze, calls } = fakeAnalyze()
    const app = createApp({ analyze })
    const response = await post(app, JSON.stringify({ articles: [{ id: 'a', text: 'One.', outlet: 'X', extra: 1 }, { html: '<p>Two.</p>' }], origin: 'a' }))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { version: number }).version).toBe(1)
    expect(calls[0]?.inputs).toEqual([{ id: 'a', text: 'One.', outlet: 'X' }, { html: '<p>Two.</p>' }])
    expect(calls[0]?.options).toEqual({ origin: 'a' })
  })

  it('refuses a body over the size limit with 413', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze, limits: { maxBodyBytes: 1000 } })
    const response = await post(app, JSON.stringify({ articles: [{ text: 'x'.repeat(2000) }] }))
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ error: { code: 'too-large', message: 'the request is larger than 1 KB' } })
  })

  it('refuses too many articles, bad JSON and bad shapes with 400 and a message', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze, limits: { maxArticles: 2 } })
    const tooMany = await post(app, JSON.stringify({ articles: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] }))
    expect(tooMany.status).toBe(400)
    expect(await tooMany.json()).toMatchObject({ error: { code: 'too-many-articles' } })
    const badJson = await post(app, '{"articles": [')
    expect(badJson.status).toBe(400)
    expect(await badJson.json()).toMatchObject({ error: { code: 'bad-json' } })
    const noText = await post(app, JSON.stringify({ articles: [{ title: 'only a title' }] }))
    expect(await noText.json()).toEqual({ error: { code: 'bad-request', message: 'articles[0] needs "text", "html" or "markdown"' } })
    const wrongType = await post(app, JSON.stringify({ articles: [{ text: 5 }] }))
    expect(wrongType.status).toBe(400)
  })

  it('refuses anything but JSON, so a cross-site form cannot post', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze })
    const response = await post(app, JSON.stringify({ articles: [{ text: 'a' }] }), 'text/plain')
    expect(response.status).toBe(415)
  })

  it('turns an unknown origin into 400 and an engine bug into a short 500', async () => {
    const logged: string[] = []
    const app = createApp({ analyze: fakeAnalyze().analyze, log: (message) => logged.push(message) })
    const unknownOrigin = await post(app, JSON.stringify({ articles: [{ text: 'a' }], origin: 'nobody' }))
    expect(unknownOrigin.status).toBe(400)
    const bug = await post(app, JSON.stringify({ articles: [{ text: 'explode' }] }))
    expect(bug.status).toBe(500)
    expect(await bug.text()).not.toContain('secret')
    expect(logged.join('')).toContain('engine bug')
  })

  it('answers only to the hosts it was told, against DNS rebinding', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze, allowedHostnames: ['127.0.0.1', 'localhost'] })
    expect((await app.request('http://127.0.0.1:4477/')).status).toBe(200)
    expect((await app.request('http://evil.example:4477/')).status).toBe(421)
  })

  it('has no route that reads files', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze })
    for (const path of ['/package.json', '/../package.json', '/web/src/main.tsx', '/dist/web/app.js']) {
      expect((await app.request(path)).status).toBe(404)
    }
  })
})

describe('createApp with a corpus', () => {
  it('lists the stories and analyses one on demand, saving the analysis', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'corroborate-serve-'))
    const store = await openStore(path.join(folder, 'corpus.db'))
    try {
      await store.addArticles(fixtureResult().articles.map(({ id, text, title, outlet, published }) => ({ id, text, ...(title === undefined ? {} : { title }), ...(outlet === undefined ? {} : { outlet }), ...(published === undefined ? {} : { published }) })))
      const { analyze, calls } = fakeAnalyze()
      const app = createApp({ analyze, store })
      expect((await (await app.request('/')).text()).includes('"stories":"/api/stories"')).toBe(true)
      const listed = (await (await app.request('/api/stories')).json()) as { stories: { id: number; size: number }[] }
      const story = listed.stories[0]
      expect(story).toBeDefined()
      const first = await app.request(`/api/stories/${story?.id ?? 0}`)
      expect(first.status).toBe(200)
      expect(calls[0]?.options).toEqual({ oneStory: true })
      expect(calls[0]?.inputs.length).toBe(story?.size)
      // The second request is answered from the saved analysis.
      await app.request(`/api/stories/${story?.id ?? 0}`)
      expect(calls).toHaveLength(1)
      expect((await app.request('/api/stories/99999')).status).toBe(404)
      expect((await app.request('/api/stories/abc')).status).toBe(400)
    } finally {
      await store.close()
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('has no corpus routes without a store', async () => {
    const app = createApp({ analyze: fakeAnalyze().analyze })
    expect((await app.request('/api/stories')).status).toBe(404)
  })
})
