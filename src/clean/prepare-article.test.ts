import { describe, expect, it } from 'vitest'
import { InputError } from '../errors/index.js'
import { prepareArticle } from './prepare-article.js'

const STORY = [
  'Dock workers in Harbourtown walked off the job on Monday, halting traffic at the port for a third day.',
  'The union said 1,200 members had joined the strike after talks with the port authority broke down.',
].join('\n')

describe('prepareArticle on plain text', () => {
  it('normalises line endings, strips the BOM and trailing blank lines', () => {
    const article = prepareArticle({ text: `\uFEFF${STORY.replace('\n', '\r\n')}\r\n\r\n\r\n  \n` }, 'a')
    expect(article.text).toBe(STORY)
    expect(article.id).toBe('a')
  })

  it('collapses runs of blank lines to one', () => {
    const article = prepareArticle({ text: 'First paragraph here.\n\n\n\n\nSecond paragraph here.' }, 'a')
    expect(article.text).toBe('First paragraph here.\n\nSecond paragraph here.')
  })

  it('moves a syndication footer into credits', () => {
    const article = prepareArticle({ text: `${STORY}\nThe post Dock strike enters third day appeared first on Coastline Daily.\n\n` }, 'a')
    expect(article.text).toBe(STORY)
    expect(article.credits).toEqual(['Coastline Daily'])
  })

  it('parses and removes a byline, keeping author, outlet and ISO date', () => {
    const article = prepareArticle({ text: `${STORY}\nBy Mara Quill – Harbourtown Gazette – March 4, 2025` }, 'a')
    expect(article.text).toBe(STORY)
    expect(article).toMatchObject({ byline: 'Mara Quill', outlet: 'Harbourtown Gazette', published: '2025-03-04' })
  })

  it('lets explicit metadata win over the byline', () => {
    const article = prepareArticle({ text: `By Mara Quill, Harbourtown Gazette\n${STORY}`, outlet: 'Port Weekly' }, 'a')
    expect(article.outlet).toBe('Port Weekly')
    expect(article.byline).toBe('Mara Quill')
    expect(article.text).toBe(STORY)
  })

  it('removes a related-posts list to its end and keeps what follows', () => {
    const text = `${STORY}\nRelated posts:\n- Ferry fares rise again\n- New pier opens in May\n\nTalks resume on Friday, the union said.`
    expect(prepareArticle({ text }, 'a').text).toBe(`${STORY}\nTalks resume on Friday, the union said.`)
  })

  it('keeps sentences that merely contain "related", "by" or "subscribe"', () => {
    const text = [
      'By Tuesday, the ferry had stopped running.',
      'Related talks in the capital were postponed by a week.',
      'Subscribers to the port newsletter were told by email.',
      'The post office stayed open.',
    ].join('\n')
    expect(prepareArticle({ text }, 'a').text).toBe(text)
  })

  it('omits unknown metadata rather than setting it to undefined', () => {
    const article = prepareArticle({ text: 'Short note.' }, 'a')
    expect(Object.keys(article).sort()).toEqual(['id', 'text'])
  })

  it('throws InputError naming the input when there is nothing to read', () => {
    expect(() => prepareArticle({ path: 'notes/empty.txt', text: ' \n\n ' }, 'a')).toThrow(InputError)
    expect(() => prepareArticle({ path: 'notes/empty.txt', text: ' \n\n ' }, 'a')).toThrow(/notes\/empty\.txt/)
    expect(() => prepareArticle({ id: 'x' }, 'a')).toThrow(/^x: /)
  })
})
