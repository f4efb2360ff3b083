import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The bundled front-end, ready to inline, with the CSP hashes that allow exactly it. */
export interface PageAssets {
  readonly script: string
  readonly style: string
  readonly scriptHash: string
  readonly styleHash: string
}

// Built from dist/report/html/ the bundle sits at dist/web/; run from src/ (tests, tsx) it is ../../../dist/web/.
const candidates = ['../../web/', '../../../dist/web/'].map((relative) => new URL(relative, import.meta.url))

let cached: PageAssets | undefined

/** Reads the bundle once per process: rendering many pages (the server) never touches the disk again. */
export function pageAssets(): PageAssets {
  if (cached !== undefined) return cached
  const folder = candidates.find((url) => existsSync(new URL('app.js', url)))
  if (folder === undefined) {
    throw new Error(`the report page bundle is missing (looked in ${candidates.map((url) => fileURLToPath(url)).join(', ')}); run "npm run build"`)
  }
  const script = readFileSync(new URL('app.js', folder), 'utf8')
  const style = readFileSync(new URL('app.css', folder), 'utf8')
  cached = { script, style, scriptHash: sha256(script), styleHash: sha256(style) }
  return cached
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
