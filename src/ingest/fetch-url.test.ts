import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchUrl, looksLikeFeed } from './fetch-url.js'

let server: Server
let base = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '/'
    if (url === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end('<html><body><p>Hello</p></body></html>')
    } else if (url.startsWith('/hop/')) {
      const left = Number(url.slice(5))
      response.writeHead(302, { location: left === 0 ? '/page' : `/hop/${left - 1}` })
      response.end()
    } else if (url === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.end('x'.repeat(5000))
    } else if (url === '/slow') {
      setTimeout(() => response.end('late'), 2000)
    } else {
      response.writeHead(404)
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('fetchUrl', () => {
  it('follows a few redirects and returns the final URL and body', async () => {
    const page = await fetchUrl(`${base}/hop/2`)
    expect(page.url).toBe(`${base}/page`)
    expect(new TextDecoder().decode(page.bytes)).toContain('Hello')
    expect(page.contentType).toContain('text/html')
  })

  it('gives a clear error per failure: too many redirects, HTTP status, size, timeout, bad host', async () => {
    await expect(fetchUrl(`${base}/hop/9`, { maxRedirects: 3 })).rejects.toThrow(/hop\/9: more than 3 redirects/)
    await expect(fetchUrl(`${base}/missing`)).rejects.toThrow(/missing: HTTP 404/)
    await expect(fetchUrl(`${base}/big`, { maxBytes: 1000 })).rejects.toThrow(/over the 1000-byte limit/)
    await expect(fetchUrl(`${base}/slow`, { timeoutMs: 200 })).rejects.toThrow(/no complete answer within 0.2 s/)
    await expect(fetchUrl('ftp://example.org/file')).rejects.toThrow(/only http and https/)
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    await expect(fetchUrl(`http://127.0.0.1:${port}/`)).rejects.toThrow(/connection was refused/)
  })
})

describe('looksLikeFeed', () => {
  it('tells feeds from pages by content type or by the root element', () => {
    const bytes = (text: string) => new TextEncoder().encode(text)
    expect(looksLikeFeed('application/rss+xml', bytes(''))).toBe(true)
    expect(looksLikeFeed('text/xml', bytes('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'))).toBe(true)
    expect(looksLikeFeed('application/xml', bytes('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toBe(true)
    expect(looksLikeFeed('text/html', bytes('<!doctype html><html></html>'))).toBe(false)
  })
})
