import { toIsoDate } from './iso-date.js'

/** What a web page says about itself in its head: meta tags, JSON-LD, <time>, <html lang>. */
export interface PageMetadata {
  readonly title?: string
  readonly outlet?: string
  readonly byline?: string
  readonly published?: string
  readonly url?: string
  readonly language?: string
}

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>
  readonly documentElement: { getAttribute(name: string): string | null } | null
}

type JsonObject = Record<string, unknown>

const ARTICLE_TYPES = /Article|Posting|Report|WebPage/

/** Reads the page's own metadata. Call it before Readability, which rewrites the document. */
export function readPageMetadata(document: QueryableDocument): PageMetadata {
  const meta = (selector: string): string | undefined => nonEmpty(document.querySelector(selector)?.getAttribute('content'))
  const jsonLd = articleJsonLd(document)

  const title = meta('meta[property="og:title"]') ?? stringOf(jsonLd?.['headline']) ?? meta('meta[name="twitter:title"]')
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? nameOf(jsonLd?.['publisher'])
  const byline = meta('meta[name="author"]') ?? meta('meta[property="article:author"]') ?? nameOf(jsonLd?.['author'])
  const publishedWritten =
    meta('meta[property="article:published_time"]') ??
    stringOf(jsonLd?.['datePublished']) ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    nonEmpty(document.querySelector('time[datetime]')?.getAttribute('datetime'))
  const published = publishedWritten === undefined ? undefined : toIsoDate(publishedWritten)
  const url = nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('meta[property="og:url"]') ?? stringOf(jsonLd?.['url'])
  const language = primaryLanguage(document.documentElement?.getAttribute('lang'))

  return {
    ...(title !== undefined && { title }),
    ...(outlet !== undefined && { outlet }),
    ...(byline !== undefined && !/^https?:/.test(byline) && { byline }),
    ...(published !== undefined && { published }),
    ...(url !== undefined && { url }),
    ...(language !== undefined && { language }),
  }
}

/** "en-US" → "en": the pipeline compares primary language subtags only. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase()
  return primary !== undefined && /^[a-z]{2,3}$/.test(primary) ? primary : undefined
}

/** The first JSON-LD object that describes an article (NewsArticle, Article, BlogPosting…), @graph included. */
function articleJsonLd(document: QueryableDocument): JsonObject | undefined {
  const candidates: JsonObject[] = []
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectObjects(JSON.parse(script.textContent ?? ''), candidates)
    } catch {
      // A broken JSON-LD block is common on real pages; the other sources of metadata still count.
    }
  }
  return candidates.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type)))
}

function collectObjects(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into)
  } else if (isObject(value)) {
    into.push(value)
    if (value['@graph'] !== undefined) collectObjects(value['@graph'], into)
  }
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type']
  if (typeof type === 'string') return [type]
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : []
}

/** `"Jane Doe"`, `{ "name": "Jane Doe" }` or a list of either → "Jane Doe, John Roe". */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return nonEmpty(value)
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== undefined)
    return names.length > 0 ? names.join(', ') : undefined
  }
  return isObject(value) ? stringOf(value['name']) : undefined
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? nonEmpty(value) : undefined
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
