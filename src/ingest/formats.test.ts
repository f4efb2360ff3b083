import { describe, expect, it } from 'vitest'
import { formatByExtension, nameWithoutExtension, sniffFormat } from './formats.js'

describe('formatByExtension', () => {
  it('knows every supported extension, in any case, and nothing else', () => {
    expect(formatByExtension('a/B.HTML')).toBe('html')
    expect(formatByExtension('feed.atom')).toBe('feed')
    expect(formatByExtension('x.ndjson')).toBe('jsonl')
    expect(formatByExtension('photo.jpg')).toBeUndefined()
    expect(formatByExtension('.txt')).toBeUndefined()
  })

  it('names single-article files without folder or extension', () => {
    expect(nameWithoutExtension('story\\\\sub/01-ledger.html')).toBe('01-ledger')
    expect(nameWithoutExtension('README')).toBe('README')
  })
})

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['  <p>A fragment of a page.</p>', 'html'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
    ['[{"text": "a"}]', 'json'],
    ['{"text": "a"}', 'json'],
    ['{"text": "a"}\n{"text": "b"}\n', 'jsonl'],
    ['{"text": "a"}\n{broken\n', 'jsonl'],
    ['# Ferry returns\n\nThe ferry is back.', 'markdown'],
    ['The ferry is back, said [the operator](https://x.example).', 'markdown'],
    ['[Updated] The ferry is back after a week.', 'text'],
    ['{Editor’s note} The ferry is back.', 'text'],
    ['<3 from the island: the ferry is back.', 'text'],
    ['The ferry is back after a week.', 'text'],
  ])('reads %j as %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format)
  })
})
