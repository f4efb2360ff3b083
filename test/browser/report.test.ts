import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../../src/model/result.js'
import { renderHtml } from '../../src/report/html/render-html.js'
import { reportFormats } from '../../src/report/index.js'
import { ensurePageBundle } from '../../src/report/html/test-helpers/ensure-page-bundle.js'
import { analyseExample, exampleDir, hasChromium, launchChromium, recordRequests, recordTrouble, repoRoot, screenshot } from './browser.js'

// Generous: Chromium shares two cores with the rest of the test run.
describe.skipIf(!hasChromium)('the offline HTML report in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let result: AnalysisResult
  let reportUrl: string

  beforeAll(async () => {
    ensurePageBundle()
    result = await analyseExample()
    const folder = path.join(repoRoot, 'artifacts', 'reports')
    await mkdir(folder, { recursive: true })
    const file = path.join(folder, 'harbour-bridge.html')
    await writeFile(file, renderHtml(result))
    reportUrl = pathToFileURL(file).href
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('opens from file:// without a single network request and shows the verdict', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests = recordRequests(page)
    const trouble = recordTrouble(page)
    await page.goto(reportUrl)
    const origin = result.articles.find((article) => article.id === result.stories[0]?.origin)
    await expect.poll(() => page.locator('.verdict .origin-figure dd').textContent()).toContain(origin?.outlet ?? '')
    const conflicts = result.findings.filter((finding) => finding.status === 'conflict').length
    expect(await page.locator('.verdict .figure', { hasText: 'Conflicts' }).locator('dd').textContent()).toBe(String(conflicts))
    expect(await page.locator('.graph .node').count()).toBe(result.articles.length)
    expect(requests.filter((url) => !/^(data:|about:)/.test(url) && url !== reportUrl)).toEqual([])
    expect(trouble).toEqual([])
    await page.close()
  })

  it('shows the evidence of a conflict when its cell is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const trouble = recordTrouble(page)
    await page.goto(reportUrl)
    const conflict = result.findings.find((finding) => finding.status === 'conflict' && finding.evidence.length > 0)
    if (conflict === undefined) throw new Error('the example story has no conflict with evidence')
    const article = result.articles.find((entry) => entry.id === conflict.article)
    await page.getByRole('button', { name: `${article?.outlet ?? article?.title ?? article?.id}: ${conflict.claim.text} (conflict)`, exact: true }).click()

    const details = page.locator('#finding-details')
    await expect.poll(() => details.locator('.finding-claim').textContent()).toBe(`“${conflict.claim.text}”`)
    expect(await details.locator('.finding-explanation').textContent()).toBe(conflict.explanation)
    const evidence = conflict.evidence[0]
    expect(await details.locator('.evidence-text').first().textContent()).toBe(evidence?.text)
    // The reading view now holds the claim and, highlighted, its evidence.
    const mark = page.locator('#reading mark.is-evidence').first()
    expect(await mark.isVisible()).toBe(true)
    expect(evidence?.text.startsWith((await mark.textContent()) ?? '~')).toBe(true)
    expect(await page.locator('#reading .claim.is-selected').first().textContent()).toContain(conflict.claim.text)

    const shot = await screenshot(browser, page, 'report-conflict-desktop')
    expect(shot.bytes).toBeGreaterThan(10_000)
    expect(shot.deviation).toBeGreaterThan(10)
    expect(shot.colours).toBeGreaterThan(50)
    expect(trouble).toEqual([])
    await page.close()
  })

  it('works with the keyboard: a focused cell opens with Enter and shows a focus ring', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(reportUrl)
    // Tab from the top until a matrix cell has focus: every control on the way is reachable.
    let focusedCell = false
    for (let presses = 0; presses < 80 && !focusedCell; presses += 1) {
      await page.keyboard.press('Tab')
      focusedCell = await page.evaluate(() => document.activeElement?.classList.contains('cell-button') ?? false)
    }
    expect(focusedCell).toBe(true)
    const outline = await page.evaluate(() => (document.activeElement === null ? 'none' : getComputedStyle(document.activeElement).outlineStyle))
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#finding-details .finding-claim').count()).toBe(1)
    await page.close()
  })

  it('sorts and filters the fact matrix', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(reportUrl)
    const rows = page.locator('table.matrix tbody tr')
    const all = await rows.count()
    await page.getByLabel('Show').selectOption('conflict')
    const conflictRows = await rows.count()
    expect(conflictRows).toBeGreaterThan(0)
    expect(conflictRows).toBeLessThan(all)
    expect(await page.locator('table.matrix tbody tr:not(.row-conflict)').count()).toBe(0)
    await page.getByLabel('Show').selectOption('all')
    await page.getByRole('button', { name: 'Sort by Status' }).click()
    expect(await rows.first().getAttribute('class')).toBe('row-conflict')
    await page.close()
  })

  it('opens an article from the provenance graph beside its source', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(reportUrl)
    const relation = result.relations.find((entry) => entry.kind !== 'independent')
    if (relation === undefined) throw new Error('the example story has no relation')
    const article = result.articles.find((entry) => entry.id === relation.article)
    await page.locator('.graph .node', { hasText: article?.outlet ?? '' }).first().click()
    expect(await page.getByLabel('Right').inputValue()).toBe(relation.article)
    expect(await page.getByLabel('Left').inputValue()).toBe(relation.source)
    await page.close()
  })

  it('fits a phone screen and prints without its controls', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await page.goto(reportUrl)
    await page.locator('.verdict h1').waitFor()
    // A mobile browser widens its layout viewport to fit overflowing content, so compare with the device width.
    expect(await page.evaluate(() => [window.innerWidth, document.documentElement.scrollWidth])).toEqual([390, 390])
    const shot = await screenshot(browser, page, 'report-phone')
    expect(shot.deviation).toBeGreaterThan(10)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.controls').first().isVisible()).toBe(false)
    await page.close()
  })

  // Runs once the CLI offers the format and the build is there: the page a user mails is the one tested.
  const cliReady = (reportFormats as readonly string[]).includes('html') && existsSync(path.join(repoRoot, 'dist', 'cli', 'main.js'))
  it.skipIf(!cliReady)('is what `corroborate analyze --format html` writes', async () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'corroborate.js'), 'analyze', exampleDir, '--format', 'html'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true)
    const file = path.join(repoRoot, 'artifacts', 'reports', 'harbour-bridge-cli.html')
    await writeFile(file, run.stdout)
    const page = await browser.newPage()
    const requests = recordRequests(page)
    const url = pathToFileURL(file).href
    await page.goto(url)
    await page.locator('.verdict h1').waitFor()
    expect(await page.locator('.graph .node').count()).toBe(result.articles.length)
    expect(requests.filter((entry) => entry !== url && !/^(data:|about:)/.test(entry))).toEqual([])
    await page.close()
  })
})
