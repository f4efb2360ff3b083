import { createHash } from 'node:crypto'
import type { Article } from '../model/article.js'

// Tracking parameters that make one article look like many ("?utm_source=rss").
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src)$/i

/** A URL reduced to what names the page: lower-case host, no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(raw: string): string | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  url.hash = ''
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name)
  url.searchParams.sort()
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : ''
  const query = url.searchParams.toString()
  // http and https name the same article; www. too.
  const host = url.host.toLowerCase().replace(/^www\./, '')
  return `${host}${path}${query === '' ? '' : `?${query}`}`
}

/**
 * What makes two ingests the same article: its canonical URL when it has one, else the file it
 * came from with its id there (a JSONL corpus holds many articles), else the id it was given.
 * The same identity with other text is a new revision.
 */
export function articleIdentity(article: Article): string {
  const url = article.url === undefined ? undefined : canonicalUrl(article.url)
  if (url !== undefined) return `url:${url}`
  if (article.path !== undefined) return `path:${article.path}#${article.id}`
  return `id:${article.id}`
}

/** SHA-256 of the text with whitespace runs collapsed, plus the title: re-cleaning the same page gives the same hash. */
export function contentHash(article: Pick<Article, 'text' | 'title'>): string {
  // Only whitespace that changes is matched (runs of two or more, or one that is not a space): the
  // same string as replacing every run, without rebuilding the text around each of its spaces.
  const normalised = article.text.replace(/\s{2,}|[^\S ]/g, ' ').trim()
  return createHash('sha256')
    .update(article.title ?? '')
    .update('\u0000')
    .update(normalised)
    .digest('hex')
}
