import { readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fixtureResult } from '../../src/report/html/test-helpers/fixture-result.js'
import { openStore } from '../../src/store/index.js'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze.js'
import { startServer, type RunningServer } from '../../src/cli/commands/serve.js'
import { ensurePageBundle } from '../../src/report/html/test-helpers/ensure-page-bundle.js'
import { exampleDir, hasChromium, launchChromium, recordRequests, recordTrouble, screenshot } from './browser.js'

// Generous: Chromium shares two cores with the rest of the test run.
describe.skipIf(!hasChromium)('the local web app in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let server: RunningServer

  beforeAll(async () => {
    ensurePageBundle()
    server = await startServer({ analyze }, { host: '127.0.0.1', port: 0 })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('analyses the uploaded example story, and a clicked conflict shows its evidence', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests = recordRequests(page)
    const trouble = recordTrouble(page)
    await page.goto(server.url)
    await page.getByText('No articles analysed yet.').waitFor()

    const files = readdirSync(exampleDir).filter((name) => /^\d\d-/.test(name)).map((name) => path.join(exampleDir, name))
    await page.setInputFiles('#file-input', files)
    await page.getByRole('button', { name: `Analyse ${files.length} articles` }).click()
    await page.locator('.verdict h1').waitFor()
    expect(await page.locator('.graph .node').count()).toBe(files.length)

    const conflictCell = page.locator('td.state-conflict button.cell-button').first()
    await conflictCell.click()
    const details = page.locator('#finding-details')
    await details.locator('.finding-claim').waitFor()
    expect(await details.getAttribute('class')).toContain('status-')
    const evidenceText = (await details.locator('.evidence-text').first().textContent()) ?? ''
    expect(evidenceText.length).toBeGreaterThan(0)
    const mark = page.locator('#reading mark.is-evidence').first()
    expect(await mark.isVisible()).toBe(true)
    expect(evidenceText.startsWith((await mark.textContent()) ?? '~')).toBe(true)

    const shot = await screenshot(browser, page, 'app-conflict-desktop')
    expect(shot.deviation).toBeGreaterThan(10)
    expect(shot.colours).toBeGreaterThan(50)
    // Only the local server: the page itself and its API.
    expect(requests.filter((url) => !url.startsWith(server.url) && !/^(data:|about:)/.test(url))).toEqual([])
    expect(requests.some((url) => url === `${server.url}api/analyze`)).toBe(true)
    expect(trouble).toEqual([])
    await page.close()
  })

  it('analyses pasted text and reports a refused request in the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(server.url)
    await page.getByLabel('Paste an article').fill('The ferry company added 12 crossings a day on Friday, its chief executive said.')
    await page.getByLabel('Outlet', { exact: true }).fill('Harbour Radio')
    await page.getByRole('button', { name: 'Add pasted article' }).click()
    await page.getByLabel('Paste an article').fill('On Friday the ferry company added 15 crossings a day, the chief executive said.')
    await page.getByRole('button', { name: 'Add pasted article' }).click()
    await page.getByRole('button', { name: 'Analyse 2 articles' }).click()
    await page.locator('.verdict h1').waitFor()
    expect(await page.locator('.verdict .figure', { hasText: 'Articles' }).locator('dd').textContent()).toBe('2')

    // The API's own error message reaches the user: an origin that names no article.
    await page.getByLabel('Paste an article').fill('A third text about something else entirely.')
    await page.getByRole('button', { name: 'Add pasted article' }).click()
    await page.route(`${server.url}api/analyze`, (route) => route.continue({ postData: JSON.stringify({ articles: [{ text: 'x' }], origin: 'nobody' }) }))
    await page.getByRole('button', { name: 'Analyse 3 articles' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('nobody')
    await page.close()
  })

  it('browses the stories of a corpus (serve --db) and opens one', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'corroborate-corpus-'))
    const store = await openStore(path.join(folder, 'corpus.db'))
    const corpusServer = await startServer({ analyze, store }, { host: '127.0.0.1', port: 0 })
    try {
      await store.addArticles(fixtureResult().articles.map(({ id, text, outlet, published }) => ({ id, text, ...(outlet === undefined ? {} : { outlet }), ...(published === undefined ? {} : { published }) })))
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const trouble = recordTrouble(page)
      await page.goto(corpusServer.url)
      await page.locator('table.corpus tbody button').first().click()
      await page.locator('.verdict h1').waitFor()
      expect(Number(await page.locator('.verdict .figure', { hasText: 'Articles' }).locator('dd').textContent())).toBeGreaterThan(0)
      expect(trouble).toEqual([])
      await page.close()
    } finally {
      await corpusServer.close()
      await store.close()
      await rm(folder, { recursive: true, force: true })
    }
  })
})
