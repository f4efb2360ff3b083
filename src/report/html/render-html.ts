import type { AnalysisResult } from '../../model/result.js'
import { pageAssets, type PageAssets } from './page-assets.js'

export interface RenderHtmlOptions {
  /** The page title; defaults to the origin's headline. */
  readonly title?: string
  /**
   * Set by the server only: the page then shows the input panel and POSTs articles to this path
   * (same origin). Without it the page is an offline report that may not connect anywhere.
   */
  readonly api?: string
  /** Set by the server when it has a corpus: where to list its stories (GET) and fetch one (GET …/:id). */
  readonly stories?: string
}

/**
 * One self-contained page for a result: the bundled script and style inlined, the result as an
 * inert JSON block, and a Content Security Policy that allows only those two inline blocks (by
 * hash) and nothing from the network. The same function renders `--format html` and the server page.
 */
export function renderHtml(result: AnalysisResult, options: RenderHtmlOptions = {}): string {
  const assets = pageAssets()
  const title = options.title ?? defaultTitle(result)
  // Our own text with no quotes or ampersands, so it needs no attribute escaping.
  const policy = reportContentSecurityPolicy({ connectSelf: options.api !== undefined }, assets)
  const config =
    options.api === undefined
      ? ''
      : `\n<script type="application/json" id="corroborate-config">${jsonForHtml({ api: options.api, ...(options.stories === undefined ? {} : { stories: options.stories }) })}</script>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corroborate">
<title>${escapeHtml(title)}</title>
<style>${assets.style}</style>
</head>
<body>
<div id="app">${staticSummary(result, title)}<noscript><p>This report needs JavaScript to draw its graph, fact matrix and side-by-side view; the full result is in the JSON block of this file.</p></noscript></div>
<script type="application/json" id="corroborate-data">${jsonForHtml(result)}</script>${config}
<script>${assets.script}</script>
</body>
</html>
`
}

/**
 * The policy of a report page. `frame-ancestors` only works as a header, so the server adds it
 * there; in the meta tag it would be ignored with a console warning.
 */
export function reportContentSecurityPolicy(options: { readonly connectSelf: boolean; readonly frameAncestors?: boolean }, assets: PageAssets = pageAssets()): string {
  return [
    "default-src 'none'",
    `script-src ${assets.scriptHash}`,
    `style-src ${assets.styleHash}`,
    'img-src data:',
    `connect-src ${options.connectSelf ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    ...(options.frameAncestors === true ? ["frame-ancestors 'none'"] : []),
  ].join('; ')
}

/**
 * JSON that can sit inside a <script> element: "<", ">" and "&" become \u escapes so that
 * "</script>" or "<!--" in an article cannot end the block, and U+2028/2029 are escaped for old
 * parsers that treat them as line ends. JSON.parse reads the escapes back unchanged.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const htmlEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character)
}

/**
 * A plain-text verdict for readers whose viewer runs no script (a mail preview); the app replaces
 * it when it starts. Every value is escaped.
 */
function staticSummary(result: AnalysisResult, title: string): string {
  const count = (status: string) => result.findings.filter((finding) => finding.status === status).length
  const articles = `${result.articles.length} article${result.articles.length === 1 ? '' : 's'}`
  const verdict = `${articles}, ${result.stories.length} stor${result.stories.length === 1 ? 'y' : 'ies'}: ${count('conflict')} conflicts, ${count('unsupported')} unsupported claims, ${count('supported')} supported facts.`
  return `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(verdict)}</p>`
}

function defaultTitle(result: AnalysisResult): string {
  const story = result.stories[0]
  const origin = result.articles.find((article) => article.id === story?.origin) ?? result.articles[0]
  return origin?.title === undefined ? 'corroborate report' : `${origin.title} · corroborate`
}
