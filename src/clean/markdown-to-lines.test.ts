import { describe, expect, it } from 'vitest'
import { markdownToLines } from './markdown-to-lines.js'

const texts = (markdown: string): string[] => markdownToLines(markdown).map((line) => line.text)

describe('markdownToLines', () => {
  it('keeps words and drops marks, links, images and raw HTML', () => {
    expect(texts('## The *new* pier\n\nIt opened, said [the **council**](https://x.example) ![a pier](pier.jpg) on `Friday`.\n\n<div class="ad">Advert</div>')).toEqual([
      'The new pier',
      'It opened, said the council on Friday.',
    ])
  })

  it('marks list items, nested ones included, and reads loose lists', () => {
    const lines = markdownToLines('Before the list.\n\n1. one\n2. two\n   - nested\n\n* loose one\n\n* loose two\n')
    expect(lines).toEqual([
      { text: 'Before the list.', listItem: false },
      { text: 'one', listItem: true },
      { text: 'two', listItem: true },
      { text: 'nested', listItem: true },
      { text: 'loose one', listItem: true },
      { text: 'loose two', listItem: true },
    ])
  })

  it('reads quotes, code blocks, tables, hard breaks and entities', () => {
    expect(texts('> “A miserable week,” one commuter said.\n\n```\nfares = 4.20\n```\n\n| route | boats |\n|---|---|\n| Kessel | 6 |\n\nline one  \nline two<br>line three\n\nAT&amp;T &lt;3')).toEqual([
      '“A miserable week,” one commuter said.',
      'fares = 4.20',
      'route | boats',
      'Kessel | 6',
      'line one',
      'line two',
      'line three',
      'AT&T <3',
    ])
  })
})
