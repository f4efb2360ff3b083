import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
const ARTICLE = 'The new pier at Kessel opened to the public on Friday after two years of building work.'

describe('parseDocument: formats', () => {
  it.each([
    ['story/pier.txt', { text: ARTICLE }],
    ['story/pier.text', { text: ARTICLE }],
    ['story/pier.md', { markdown: ARTICLE }],
    ['story/pier.markdown', { markdown: ARTICLE }],
  ])('reads %s as one article named after the file', (source, body) => {
    expect(parseDocument(source, utf8(ARTICLE))).toEqual({ inputs: [{ id: 'pier', path: source, ...body }], diagnostics: [] })
  })

  it.each(['page.html', 'page.htm', 'page.xhtml'])('reads %s as HTML', (source) => {
    const html = `<html><body><p>${ARTICLE}</p></body></html>`
    expect(parseDocument(source, utf8(html)).inputs).toEqual([{ id: 'page', path: source, html }])
  })

  it('sniffs the format of a file with an unknown extension', () => {
    expect(parseDocument('saved/page', utf8(`<!doctype html><p>${ARTICLE}</p>`)).inputs[0]).toHaveProperty('html')
    expect(parseDocument('saved/feed.dat', utf8('<?xml version="1.0"?><rss><channel><title>X</title></channel></rss>')).diagnostics).toEqual([
      expect.objectContaining({ code: 'no-articles' }),
    ])
    expect(parseDocument('saved/notes', utf8(`# Pier\n\n${ARTICLE}`)).inputs[0]).toHaveProperty('markdown')
    expect(parseDocument('saved/notes.log', utf8(ARTICLE)).inputs[0]).toEqual({ id: 'notes', path: 'saved/notes.log', text: ARTICLE })
    const lines = `{"text":"${ARTICLE}"}\n{"text":"${ARTICLE}"}\n`
    expect(parseDocument('dump', utf8(lines)).inputs).toHaveLength(2)
  })

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)])
    expect(parseDocument('pier.txt', bytes).inputs[0]?.text).toBe(ARTICLE)
  })
})

describe('parseDocument: JSONL', () => {
  const corpus = [
    JSON.stringify({ id: 'gazette-1', url: 'https://gazette.example/pier', title: 'Pier opens', outlet: 'Harbourtown Gazette', published: '2025-05-02', text: ARTICLE }),
    '',
    JSON.stringify({ html: `<p>${ARTICLE}</p>`, outlet: 42 }),
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ id: 'no-body', title: 'Only a title' }),
    JSON.stringify({ content: ARTICLE }),
    JSON.stringify({ body: ARTICLE, source: 'Island Courier' }),
    '["not", "an", "object"]',
    JSON.stringify({ id: 'gazette-1', text: ARTICLE }),
  ].join('\n')
  const { inputs, diagnostics } = parseDocument('data/corpus.jsonl', utf8(corpus))

  it('keeps every readable line, with metadata and default ids from file and line', () => {
    expect(inputs.map((input) => input.id)).toEqual(['gazette-1', 'corpus.jsonl:3', 'corpus.jsonl:6', 'corpus.jsonl:7', 'gazette-1-2'])
    expect(inputs[0]).toEqual({
      id: 'gazette-1',
      path: 'data/corpus.jsonl',
      url: 'https://gazette.example/pier',
      title: 'Pier opens',
      outlet: 'Harbourtown Gazette',
      published: '2025-05-02',
      text: ARTICLE,
    })
    // A number where a name belongs is ignored, not turned into an outlet called "42".
    expect(inputs[1]).toEqual({ id: 'corpus.jsonl:3', path: 'data/corpus.jsonl', html: `<p>${ARTICLE}</p>` })
    expect(inputs[2]).toMatchObject({ text: ARTICLE })
    expect(inputs[3]).toMatchObject({ text: ARTICLE, outlet: 'Island Courier' })
  })

  it('names file and line for a malformed line, a line without text, a non-object and a repeated id', () => {
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.line])).toEqual([
      ['malformed-json', 'error', 4],
      ['missing-text', 'error', 5],
      ['malformed-json', 'error', 8],
      ['duplicate-id', 'warning', 9],
    ])
    expect(diagnostics[0]?.message).toMatch(/^data\/corpus\.jsonl:4: malformed JSON \(.+\)$/)
    expect(diagnostics[1]?.message).toBe('data/corpus.jsonl:5: no "text" or "html" field')
    expect(diagnostics[3]?.message).toBe('data/corpus.jsonl:9: duplicate id "gazette-1", renamed to "gazette-1-2"')
    for (const diagnostic of diagnostics) expect(diagnostic.source).toBe('data/corpus.jsonl')
  })
})

describe('parseDocument: JSON', () => {
  it('reads an array of articles and an { articles } object', () => {
    const array = JSON.stringify([{ id: 'a', text: ARTICLE }, { text: ARTICLE }, { title: 'empty' }])
    const parsed = parseDocument('set.json', utf8(array))
    expect(parsed.inputs.map((input) => input.id)).toEqual(['a', 'set.json:2'])
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'missing-text', message: 'set.json: item 3 has no "text" or "html" field' })])
    expect(parseDocument('set.json', utf8(JSON.stringify({ articles: [{ text: ARTICLE }] }))).inputs).toHaveLength(1)
  })

  it('reads a single article object, named after the file', () => {
    expect(parseDocument('pier.json', utf8(JSON.stringify({ text: ARTICLE, title: 'Pier' }))).inputs).toEqual([
      { id: 'pier', path: 'pier.json', title: 'Pier', text: ARTICLE },
    ])
  })

  it('reports malformed JSON', () => {
    expect(parseDocument('set.json', utf8('[{"text": ')).diagnostics).toEqual([expect.objectContaining({ code: 'malformed-json', source: 'set.json' })])
  })
})

describe('parseDocument: bad input', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty', 'a.txt: the file is empty'],
    ['a file of blanks', utf8(' \n\t\n'), 'empty', 'a.txt: the file holds only whitespace'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'binary', 'a.txt: binary file (contains NUL bytes), not an article'],
    ['invalid UTF-8', new Uint8Array([0x50, 0x69, 0xe8, 0x72, 0x65]), 'invalid-utf8', 'a.txt: not valid UTF-8 text (save it as UTF-8)'],
  ])('reports %s', (_case, bytes, code, message) => {
    expect(parseDocument('a.txt', bytes)).toEqual({ inputs: [], diagnostics: [{ severity: 'error', code, source: 'a.txt', message }] })
  })

  it('refuses a file over the limit, giving its size and the limit', () => {
    const { inputs, diagnostics } = parseDocument('big.txt', new Uint8Array(3 * 1024 * 1024).fill(65), { maxBytes: 2 * 1024 * 1024 })
    expect(inputs).toEqual([])
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'too-large', message: 'big.txt: the file is 3 MB, over the 2 MB limit' })])
  })

  it('has a 20 MB limit by default', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024 + 1).fill(65)
    expect(parseDocument('big.txt', bytes).diagnostics[0]?.message).toMatch(/over the 20 MB limit/)
  })
})
