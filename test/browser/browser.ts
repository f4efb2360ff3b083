import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { analyze } from '../../src/analyze.js'
import { readPaths } from '../../src/ingest/index.js'
import type { AnalysisResult } from '../../src/model/result.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const screenshotDir = path.join(repoRoot, 'artifacts', 'screenshots')
export const exampleDir = path.join(repoRoot, 'examples', 'harbour-bridge')

/** Debian's chromium; never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)
if (!hasChromium) console.warn(`skipping browser tests: ${chromiumPath} is missing (install Debian's chromium: apt-get install -y chromium)`)

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // Without the background-networking flags Chromium tries to reach Google's hosts at start.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
}

/** Every request a page makes, so a test can assert that an offline page stays offline. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

/** Messages that mean something ran or was blocked: page errors and CSP violations. */
export function recordTrouble(page: Page): string[] {
  const trouble: string[] = []
  page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`))
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) trouble.push(`console ${message.type()}: ${message.text()}`)
  })
  return trouble
}

/** Saves a screenshot under artifacts/screenshots (git-ignored, kept by CI) and returns its pixel spread. */
export async function screenshot(browser: Browser, page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<{ file: string; bytes: number; deviation: number; colours: number }> {
  await mkdir(screenshotDir, { recursive: true })
  const png = await page.screenshot({ fullPage: options.fullPage ?? false })
  const file = path.join(screenshotDir, `${name}.png`)
  await writeFile(file, png)
  return { file, bytes: png.length, ...(await pixelSpread(browser, png)) }
}

/**
 * Decodes the PNG in a blank page of the same browser (no image library needed) and measures the
 * standard deviation of luminance and the number of distinct colours: a blank or single-colour
 * page has a deviation near 0 and a handful of colours.
 */
async function pixelSpread(browser: Browser, png: Buffer): Promise<{ deviation: number; colours: number }> {
  const scratch = await browser.newPage()
  try {
    return await scratch.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      if (context === null) throw new Error('no 2d context')
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      let sum = 0
      let sumSquares = 0
      const colours = new Set<number>()
      const pixels = data.length / 4
      for (let index = 0; index < data.length; index += 4) {
        const luminance = 0.2126 * (data[index] ?? 0) + 0.7152 * (data[index + 1] ?? 0) + 0.0722 * (data[index + 2] ?? 0)
        sum += luminance
        sumSquares += luminance * luminance
        if (colours.size < 5000) colours.add(((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0))
      }
      const mean = sum / pixels
      return { deviation: Math.sqrt(Math.max(0, sumSquares / pixels - mean * mean)), colours: colours.size }
    }, png.toString('base64'))
  } finally {
    await scratch.close()
  }
}

/** The example story shipped in the repo, read and analysed by the real engine. */
export async function analyseExample(): Promise<AnalysisResult> {
  const { inputs, diagnostics } = await readPaths([exampleDir])
  return analyze(inputs, { diagnostics })
}
