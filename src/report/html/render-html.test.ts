import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../../model/result.js'
import { renderHtml } from './render-html.js'
import { ensurePageBundle } from './test-helpers/ensure-page-bundle.js'
import { fixtureResult } from './test-helpers/fixture-result.js'

beforeAll(() => ensurePageBundle())

function hostile(): AnalysisResult {
  const result = fixtureResult()
  const text = 'Breaking </script><script>window.pwned=1</script> <!-- \u2028 & <img src=x onerror=alert(1)>'
  return { ...result, articles: result.articles.map((article, index) => (index === 0 ? { ...article, title: '</title><script>alert(1)</script>', text } : article)) }
}

function dataBlock(page: string): string {
  const match = /<script type="application\/json" id="corroborate-data">([\s\S]*?)<\/script>/.exec(page)
  if (match?.[1] === undefined) throw new Error('no data block')
  return match[1]
}

describe('renderHtml', () => {
  it('embeds the result so that it parses back unchanged', () => {
    const result = hostile()
    expect(JSON.parse(dataBlock(renderHtml(result)))).toEqual(result)
  })

  it('keeps article text from closing the data block or the page', () => {
    const page = renderHtml(hostile())
    expect(dataBlock(page)).not.toMatch(/[<>&\u2028\u2029]/)
    // Exactly the three blocks the renderer writes: data, and the one inline script.
    expect(page.match(/<script\b/g)).toHaveLength(2)
    expect(page.includes('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · corroborate</title>')).toBe(true)
  })

  it('allows exactly its own inline script and style by hash, and no network', () => {
    const page = renderHtml(fixtureResult())
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? ''
    const script = /<script>([\s\S]*)<\/script>\s*<\/body>/.exec(page)?.[1] ?? ''
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? ''
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(policy).toContain(`script-src ${hash(script)}`)
    expect(policy).toContain(`style-src ${hash(style)}`)
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("connect-src 'none'")
    expect(policy).not.toContain('unsafe-inline')
    const shell = page.replace(script, '').replace(style, '')
    expect(shell).not.toMatch(/\b(src|href)=|<link\b|@import|url\(/i)
  })

  it('states the verdict in plain text for viewers that run no script', () => {
    const page = renderHtml(hostile())
    expect(page.includes('<h1>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · corroborate</h1><p>3 articles, 1 story: 2 conflicts, 1 unsupported claims, 4 supported facts.</p>')).toBe(true)
  })

  it('adds the API path and same-origin connections only for the server page', () => {
    const page = renderHtml(fixtureResult(), { api: '/api/analyze', title: 'Local' })
    // Checked with includes: a failing toContain would print the whole inlined bundle.
    expect(page.includes('<script type="application/json" id="corroborate-config">{"api":"/api/analyze"}</script>')).toBe(true)
    expect(page.includes("connect-src 'self'")).toBe(true)
    expect(page.includes('<title>Local</title>')).toBe(true)
  })
})
