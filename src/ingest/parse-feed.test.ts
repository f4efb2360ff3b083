import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFeed } from './parse-feed.js'

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('parseFeed', () => {
  it('reads RSS 2.0 items: title, link, ISO date, creator, content:encoded over description, channel as outlet', () => {
    const { inputs, diagnostics } = parseFeed(fixture('harbour.rss'), 'feeds/harbour.rss')
    expect(inputs).toHaveLength(2)
    expect(inputs[0]).toEqual({
      id: 'harbour.rss:1',
      path: 'feeds/harbour.rss',
      title: 'Kessel ferry returns after week-long stoppage',
      url: 'https://gazette.example/news/kessel-ferry-returns',
      published: '2025-03-04T09:10:00.000Z',
      byline: 'Mara Quill',
      outlet: 'Harbourtown Gazette',
      html: '<p>The ferry between Harbourtown and Kessel Island resumed service on Tuesday.</p><p>Six crossings will run each day.</p>',
    })
    // A numeric title stays a string; escaped HTML in a description is decoded.
    expect(inputs[1]).toMatchObject({ title: '2025', published: '2025-05-02T15:00:00.000Z', html: '<p>The new pier at Kessel opened to the public on Friday.</p>' })
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'missing-text', severity: 'warning', source: 'feeds/harbour.rss' })])
  })

  it('reads Atom entries: alternate link, published before updated, typed content, summary as text', () => {
    const { inputs, diagnostics } = parseFeed(fixture('island.atom'), 'island.atom')
    expect(diagnostics).toEqual([])
    expect(inputs[0]).toMatchObject({
      title: 'Lighthouse relit on Kessel Point',
      url: 'https://courier.example/lighthouse',
      published: '2025-05-01T10:00:00.000Z',
      byline: 'Tom Reyes',
      outlet: 'Island Courier',
      html: '<p>The lighthouse on Kessel Point was relit on Sunday.</p>',
    })
    expect(inputs[1]).toMatchObject({ url: 'https://courier.example/council', published: '2025-05-03T07:30:00.000Z', text: 'Island councillors will discuss ferry fares on Thursday.' })
    expect(inputs[1]).not.toHaveProperty('html')
  })

  it('reports malformed XML with its line, and keeps going', () => {
    const { inputs, diagnostics } = parseFeed('<rss>\n<channel>\n<item><title>Broken</item>\n</channel></rss>', 'bad.rss')
    expect(inputs).toEqual([])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ code: 'malformed-feed', severity: 'error', source: 'bad.rss', line: 3 })
    expect(diagnostics[0]?.message).toMatch(/^bad\.rss:3: malformed XML/)
  })

  it('reports well-formed XML that is not a feed', () => {
    const { diagnostics } = parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml')
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'malformed-feed', message: 'books.xml: not an RSS or Atom feed' })])
  })
})
