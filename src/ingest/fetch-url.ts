import { InputError } from '../errors/input-error.js'

export interface FetchUrlOptions {
  /** Whole request, redirects and body included. Default 15 s. */
  readonly timeoutMs?: number
  /** Larger bodies are refused. Default 10 MB. */
  readonly maxBytes?: number
  /** Default 5. */
  readonly maxRedirects?: number
  /** Injected for tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch
}

export interface FetchedPage {
  /** The URL after redirects. */
  readonly url: string
  readonly contentType: string
  readonly bytes: Uint8Array
}

export const DEFAULT_FETCH_OPTIONS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const

/**
 * The edge that reads the network: GET one URL with a timeout, a size limit and a bounded number of
 * redirects. Every failure is an `InputError` whose message names the URL and says what happened.
 * Redirects are followed by hand because fetch's own following cannot be bounded.
 */
export async function fetchUrl(address: string, options: FetchUrlOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_OPTIONS.timeoutMs
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes
  const maxRedirects = options.maxRedirects ?? DEFAULT_FETCH_OPTIONS.maxRedirects
  const get = options.fetch ?? fetch
  const signal = AbortSignal.timeout(timeoutMs)
  const fail = (code: string, reason: string, cause?: unknown): never => {
    throw new InputError(code, `${address}: ${reason}`, { source: address, ...(cause !== undefined && { cause }) })
  }
  let url = address
  try {
    for (let redirects = 0; ; redirects++) {
      const parsed = new URL(url)
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('unsupported-url', `only http and https URLs can be fetched (got ${parsed.protocol})`)
      const response = await get(url, { redirect: 'manual', signal, headers: { 'user-agent': 'corroborate (+https://github.com/corroborate)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' } })
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location')
        await response.body?.cancel()
        if (location === null) fail('fetch-failed', `redirect (HTTP ${response.status}) without a Location header`)
        if (redirects >= maxRedirects) fail('too-many-redirects', `more than ${maxRedirects} redirects`)
        url = new URL(location!, url).toString()
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        fail('fetch-failed', `HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}`)
      }
      const declared = Number(response.headers.get('content-length') ?? '0')
      if (declared > maxBytes) {
        await response.body?.cancel()
        fail('too-large', `the page is ${declared} bytes, over the ${maxBytes}-byte limit`)
      }
      const bytes = await readLimited(response, maxBytes, () => fail('too-large', `the page is over the ${maxBytes}-byte limit`))
      return { url, contentType: response.headers.get('content-type') ?? '', bytes }
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    if (signal.aborted) return fail('timeout', `no complete answer within ${timeoutMs / 1000} s`, error)
    const reason = error instanceof TypeError && error.message === 'Invalid URL' ? 'not a valid URL' : describeNetworkError(error)
    return fail('fetch-failed', reason, error)
  }
}

async function readLimited(response: Response, maxBytes: number, tooLarge: () => never): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function describeNetworkError(error: unknown): string {
  // undici puts the useful part ("getaddrinfo ENOTFOUND", "connect ECONNREFUSED") in `cause`.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const code = (cause as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name could not be resolved'
  if (code === 'ECONNREFUSED') return 'the connection was refused'
  if (code === 'ECONNRESET') return 'the connection was reset'
  return cause instanceof Error ? cause.message : String(cause)
}

/** Whether a content type or body looks like an RSS or Atom feed rather than a page. */
export function looksLikeFeed(contentType: string, bytes: Uint8Array): boolean {
  if (/(rss|atom)\+xml/i.test(contentType)) return true
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart()
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head)
}
