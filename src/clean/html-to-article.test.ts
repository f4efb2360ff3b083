import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { InputError } from '../errors/index.js'
import { prepareArticle } from './prepare-article.js'

const newsPage = readFileSync(new URL('./fixtures/golden/news-page/input.html', import.meta.url), 'utf8')

describe('prepareArticle on an HTML news page', () => {
  const article = prepareArticle({ html: newsPage, path: 'pages/ferry.html' }, 'ferry')

  it('keeps the article paragraphs, one per line, in order', () => {
    const paragraphs = article.text.split('\n')
    expect(paragraphs).toHaveLength(5)
    expect(paragraphs[0]).toMatch(/^The ferry between Harbourtown and Kessel Island resumed service on Tuesday/)
    expect(paragraphs[4]).toMatch(/do not rise again this year\.$/)
  })

  it('drops navigation, adverts, photo captions, share bar, related stories and footer', () => {
    for (const boilerplate of ['Photo: Gazette staff', 'Sport', 'Weather', 'Advertisement', 'Facebook', 'Related stories', 'Island school reopens', 'All rights reserved', 'Privacy']) {
      expect(article.text).not.toContain(boilerplate)
    }
  })

  it('does not repeat the headline in the body', () => {
    expect(article.text).not.toContain('Kessel ferry returns after week-long stoppage')
  })

  it('reads title, outlet, byline, date, canonical url and language from the page', () => {
    expect(article).toMatchObject({
      id: 'ferry',
      path: 'pages/ferry.html',
      title: 'Kessel ferry returns after week-long stoppage',
      outlet: 'Harbourtown Gazette',
      byline: 'Mara Quill',
      published: '2025-03-04T09:10:00+00:00',
      url: 'https://gazette.example/news/kessel-ferry-returns',
      language: 'en',
    })
  })

  it('lets metadata given with the input win over the page', () => {
    const given = prepareArticle({ html: newsPage, outlet: 'Island Radio', published: '2025-03-05', title: 'Ferry back' }, 'ferry')
    expect(given).toMatchObject({ outlet: 'Island Radio', published: '2025-03-05', title: 'Ferry back', byline: 'Mara Quill' })
  })

  it('reads metadata from JSON-LD and <time> when meta tags are missing', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Pier opens',
      datePublished: '2025-05-02',
      author: { name: 'Tom Reyes' },
      publisher: { '@type': 'Organization', name: 'Coastline Daily' },
    })}</script></head><body><article><p>The new pier at Kessel opened to the public on Friday after two years of building work.</p></article></body></html>`
    expect(prepareArticle({ html }, 'pier')).toMatchObject({ title: 'Pier opens', published: '2025-05-02', byline: 'Tom Reyes', outlet: 'Coastline Daily' })
    const timeOnly = '<html><body><article><time datetime="2025-06-01">1 June</time><p>The lighthouse on Kessel Point was relit on Sunday after its lamp was replaced.</p></article></body></html>'
    expect(prepareArticle({ html: timeOnly }, 'light').published).toBe('2025-06-01')
  })

  it('reads a fragment (as feeds and JSONL carry) as its own article', () => {
    const article = prepareArticle({ html: '<p>The harbour authority approved the repair budget on Monday evening.</p><p>Work starts next week.</p>' }, 'frag')
    expect(article.text).toBe('The harbour authority approved the repair budget on Monday evening.\nWork starts next week.')
  })

  it('throws no-article-text, naming the file, for a page that is only navigation', () => {
    const html = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© Example</footer></body></html>'
    const attempt = () => prepareArticle({ html, path: 'pages/menu.html' }, 'menu')
    expect(attempt).toThrow(InputError)
    expect(attempt).toThrow('pages/menu.html: the HTML page holds no article text')
    try {
      attempt()
    } catch (error) {
      expect((error as InputError).code).toBe('no-article-text')
    }
  })
})

describe('prepareArticle on Markdown', () => {
  it('drops the markup and keeps the words', () => {
    const markdown = [
      '# Ferry returns',
      '',
      'The **ferry** is _back_, said [the operator](https://bluewake.example) on `Tuesday`.',
      '',
      '- Six crossings a day',
      '- Fares unchanged',
      '',
      '> “A miserable week,” one commuter said.',
    ].join('\n')
    expect(prepareArticle({ markdown }, 'md').text).toBe(
      ['Ferry returns', 'The ferry is back, said the operator on Tuesday.', 'Six crossings a day', 'Fares unchanged', '“A miserable week,” one commuter said.'].join('\n'),
    )
  })

  it('removes a related list written as Markdown', () => {
    const markdown = 'The pier opened on Friday after two years of work.\n\n## You may also like\n\n* [Ferry fares rise](https://x.example/a)\n* [Cranes idle](https://x.example/b)\n'
    expect(prepareArticle({ markdown }, 'md').text).toBe('The pier opened on Friday after two years of work.')
  })
})
