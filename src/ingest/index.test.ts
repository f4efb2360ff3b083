import { expect, it } from 'vitest'

it('pins the public surface of ingest', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['DEFAULT_MAX_BYTES', 'formatByExtension', 'parseDocument', 'parseFeed', 'readPaths', 'sniffFormat'])
})
