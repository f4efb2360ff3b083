import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prepareArticle } from './prepare-article.js'

// Later stages index into `text` with UTF-16 offsets: it must be exactly the kept sentences, joined by "\n".
describe('cleaned text as the base of every span', () => {
  const sentences = [
    'Fares on the Kessel crossing rose by 8% in January — the first rise in four years.',
    'The operator, Bluewake Lines, said the 🚢 emoji campaign cost €12,000.',
    'Ilse Brandt said: “Every seat was taken by 7 a.m.”',
  ]

  it('keeps each body sentence verbatim and findable at a stable offset', () => {
    const raw = `\uFEFFBy Mara Quill, Harbourtown Gazette\r\n\r\n${sentences.join('\r\n')}\r\nShare this article\r\n\r\n\r\n`
    const { text } = prepareArticle({ text: raw }, 'a')
    expect(text).toBe(sentences.join('\n'))
    let offset = 0
    for (const sentence of sentences) {
      const start = text.indexOf(sentence, offset)
      expect(start).toBeGreaterThanOrEqual(0)
      expect(text.slice(start, start + sentence.length)).toBe(sentence)
      offset = start + sentence.length
    }
  })

  it('has no carriage returns, no trailing spaces and no leading or trailing blank lines, from any format', () => {
    const page = readFileSync(new URL('./fixtures/golden/news-page/input.html', import.meta.url), 'utf8')
    const texts = [
      prepareArticle({ html: page }, 'html').text,
      prepareArticle({ markdown: `# Title\r\n\r\n${sentences.join('  \r\n\r\n')}\r\n` }, 'md').text,
      prepareArticle({ text: `\n\n${sentences.join(' \t\r\n')}\n\n` }, 'txt').text,
    ]
    for (const text of texts) {
      expect(text).not.toMatch(/\r|[ \t]$|^\s|\s$/m)
      expect(text).not.toMatch(/\n{3,}/)
    }
  })
})
