import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js'
import type { ArticleInput } from '../../src/model/article.js'
import type { AnalysisResult } from '../../src/model/result.js'
import { renderHtml } from '../../src/report/html/render-html.js'
import { ensurePageBundle } from '../../src/report/html/test-helpers/ensure-page-bundle.js'
import { fixtureResult } from '../../src/report/html/test-helpers/fixture-result.js'
import { hasChromium, launchChromium, recordTrouble, repoRoot } from './browser.js'

// Each one sets window.__pwned if it ever runs.
const attacks = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '</script><script>window.__pwned = "breakout"</script>',
  '<svg onload="window.__pwned = \'svg\'"></svg>',
  '<!-- </script><script>window.__pwned = "comment"</script> -->',
  '<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
  '\u2028\u2029',
]
const hostileTitle = '</title><script>window.__pwned = "title"</script>'
const hostileOutlet = '<img src=x onerror="window.__pwned = \'outlet\'">'
const hostileUrl = 'javascript:window.__pwned = "url"'
const hostileId = '"><img src=x onerror="window.__pwned = \'id\'">'

/** The fixture story with attacks in every string field the page shows, including ids and spans. */
function hostileResult(): AnalysisResult {
  const base = fixtureResult()
  const attackText = `Readers wrote in. ${attacks.join(' ')}`
  const claimStart = attackText.indexOf(attacks[0] ?? '')
  const claim = { text: attacks.slice(0, 3).join(' '), start: claimStart, end: claimStart + attacks.slice(0, 3).join(' ').length }
  return {
    ...base,
    articles: [
      ...base.articles.map((article) => ({ ...article, title: hostileTitle, outlet: `${hostileOutlet} ${article.outlet ?? ''}`, url: hostileUrl, text: `${article.text} ${attacks.join(' ')}` })),
      { id: hostileId, title: hostileTitle, outlet: hostileOutlet, url: hostileUrl, text: attackText },
    ],
    stories: base.stories.map((story) => ({ ...story, articles: [...story.articles, hostileId], why: attacks.join(' ') })),
    relations: [...base.relations, { article: hostileId, source: 'gazette', kind: 'paraphrase', attributed: false, coverage: 0.1, fidelity: 0 }],
    findings: [
      ...base.findings.map((finding) => ({ ...finding, explanation: `${finding.explanation} ${attacks[1] ?? ''}`, rule: attacks[0] ?? '' })),
      { article: hostileId, status: 'unsupported', type: 'statement', claim, support: 0, evidence: [{ article: 'gazette', text: '120', start: base.articles[0]?.text.indexOf('120') ?? 0, end: (base.articles[0]?.text.indexOf('120') ?? 0) + 3 }], explanation: attacks[2] ?? '', rule: hostileId },
    ],
    diagnostics: [{ severity: 'warning', code: attacks[0] ?? '', message: attacks[1] ?? '', source: hostileUrl, line: 1 }],
  }
}

const hostileInputs: ArticleInput[] = [
  { id: 'plain', title: hostileTitle, outlet: hostileOutlet, url: hostileUrl, published: '2026-03-03', text: `The port handled 41,000 vehicles a day in March. ${attacks.join(' ')} The mayor said repairs cost $12 million.` },
  { id: 'copy', title: 'Copy', outlet: 'Wire', published: '2026-03-04', text: `The port handled 44,000 vehicles a day in March. ${attacks.slice(0, 3).join(' ')} The mayor said repairs cost $12 million.` },
  { id: 'page', html: `<html><head><title>${hostileTitle}</title><meta property="og:site_name" content="${hostileOutlet.replace(/"/g, '&quot;')}"></head><body><article><p>The port handled 41,000 vehicles a day in March, the mayor said on Monday.</p><p>&lt;script&gt;window.__pwned = "escaped"&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p><script>window.__pwned = "page script"</script></article></body></html>` },
]

/** Clicks every control the page offers (matrix cells, highlighted claims, graph nodes), then reads the flag. */
async function exerciseAndCheck(page: Page): Promise<void> {
  await page.locator('.verdict h1').waitFor()
  const controls = page.locator('button.cell-button, button.claim, .graph .node, .relations button, .evidence-item button')
  const count = Math.min(await controls.count(), 60)
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index)
    if (await control.isVisible()) await control.click()
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
  // Nothing was even attempted: no element of the attacks became markup.
  expect(await page.locator('#app img, #app iframe, #app script, #app svg[onload]').count()).toBe(0)
}

// Generous: Chromium shares two cores with the rest of the test run.
describe.skipIf(!hasChromium)('article text is data, never markup or script', { timeout: 120_000 }, () => {
  let browser: Browser
  let server: RunningServer

  beforeAll(async () => {
    ensurePageBundle()
    browser = await launchChromium()
    server = await startServer({ analyze, initial: hostileResult() }, { host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('in the --format html page loaded with setContent', async () => {
    const page = await browser.newPage()
    const trouble = recordTrouble(page)
    await page.setContent(renderHtml(hostileResult()))
    await exerciseAndCheck(page)
    expect(await page.title()).toBe(`${hostileTitle} · corroborate`)
    expect(await page.locator('.verdict h1').textContent()).toBe(hostileTitle)
    expect(await page.locator('.why').textContent()).toBe(attacks.join(' '))
    expect(trouble).toEqual([])
    await page.close()
  })

  it('in the --format html file opened from file://, after the real engine read the attacks', async () => {
    const result = await analyze(hostileInputs)
    const folder = path.join(repoRoot, 'artifacts', 'reports')
    await mkdir(folder, { recursive: true })
    const file = path.join(folder, 'injection.html')
    await writeFile(file, renderHtml(result))
    const page = await browser.newPage()
    const trouble = recordTrouble(page)
    await page.goto(pathToFileURL(file).href)
    await exerciseAndCheck(page)
    // The attack text is on the page as text.
    expect(await page.locator('#reading').textContent()).toContain('<script>window.__pwned = "script"</script>')
    expect(trouble).toEqual([])
    await page.close()
  })

  it('in the served page, for the named files and for articles pasted into it', async () => {
    const page = await browser.newPage()
    const trouble = recordTrouble(page)
    await page.goto(server.url)
    await exerciseAndCheck(page)
    await page.getByLabel('Paste an article').fill(hostileInputs[0]?.text ?? '')
    await page.getByLabel('Title', { exact: true }).fill(hostileTitle)
    await page.getByLabel('Outlet', { exact: true }).fill(hostileOutlet)
    await page.getByRole('button', { name: 'Add pasted article' }).click()
    await page.getByLabel('Paste an article').fill(hostileInputs[1]?.text ?? '')
    await page.getByRole('button', { name: 'Add pasted article' }).click()
    await page.getByRole('button', { name: 'Analyse 2 articles' }).click()
    await expect.poll(() => page.locator('.verdict .figure', { hasText: 'Articles' }).locator('dd').textContent()).toBe('2')
    await exerciseAndCheck(page)
    expect(trouble).toEqual([])
    await page.close()
  })
})
