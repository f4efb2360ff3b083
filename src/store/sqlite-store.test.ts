import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Article } from '../model/article.js'
import type { AnalysisResult } from '../model/result.js'
import { unrelatedArticles } from '../cluster/test-helpers/unrelated-articles.js'
import { canonicalUrl } from './identity.js'
import { ftsQuery, openStore } from './sqlite-store.js'
import type { Store } from './store.js'

const articles: Article[] = unrelatedArticles.map((doc) => ({
  id: doc.id,
  text: doc.text,
  ...(doc.title !== undefined && { title: doc.title }),
  url: `https://www.example.org/news/${doc.id}?utm_source=rss`,
  published: '2025-10-02',
}))

const emptyResult: AnalysisResult = { version: 1, articles: [], stories: [], relations: [], findings: [] }

let folder: string | undefined
let store: Store | undefined

async function freshStore(): Promise<{ store: Store; file: string }> {
  folder = mkdtempSync(path.join(tmpdir(), 'corroborate-store-'))
  const file = path.join(folder, 'test.db')
  store = await openStore(file)
  return { store, file }
}

afterEach(async () => {
  await store?.close()
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true })
  store = undefined
  folder = undefined
})

describe('SQLite store', () => {
  it('stores articles once: re-ingesting the same batch is a no-op', async () => {
    const { store } = await freshStore()
    expect(await store.addArticles(articles)).toMatchObject({ inserted: articles.length, duplicates: 0, revised: 0 })
    expect(await store.addArticles(articles)).toMatchObject({ inserted: 0, duplicates: articles.length, revised: 0 })
    expect(await store.counts()).toEqual({ articles: articles.length, currentArticles: articles.length, stories: articles.length })
  })

  it('keeps an updated article as a new revision in the same story', async () => {
    const { store } = await freshStore()
    await store.addArticles(articles)
    const before = await store.getArticle('coffee-exports')
    const updated = { ...articles[0]!, url: 'http://example.org/news/coffee-exports', text: articles[0]!.text.replace('14 percent', '16 percent') }
    expect(await store.addArticles([updated])).toMatchObject({ inserted: 0, duplicates: 0, revised: 1 })
    const after = await store.getArticle('coffee-exports')
    expect(after?.revision).toBe(2)
    expect(after?.text).toContain('16 percent')
    expect(after?.storyId).toBe(before?.storyId)
    const story = await store.getStory(after!.storyId)
    expect(story?.articles.map((article) => article.revision)).toEqual([2])
  })

  it('groups a copy into the story of its source and lists the largest story first', async () => {
    const { store } = await freshStore()
    await store.addArticles(articles)
    const copy: Article = { ...articles[1]!, id: 'gas-copy', url: 'https://other.example.net/gas', text: articles[1]!.text.replace('6 percent', 'six percent') }
    await store.addArticles([copy])
    const stories = await store.listStories()
    expect(stories[0]?.size).toBe(2)
    const story = await store.getStory(stories[0]!.id)
    expect(story?.articles.map((article) => article.id).sort()).toEqual(['gas-copy', 'gas-pipeline'])
    expect(stories).toHaveLength(articles.length)
  })

  it('keeps a saved analysis only while the story is unchanged', async () => {
    const { store } = await freshStore()
    await store.addArticles(articles)
    const storyId = (await store.getArticle('chip-earnings'))!.storyId
    const story = await store.getStory(storyId)
    await store.saveAnalysis(storyId, story!.story.version, emptyResult)
    expect((await store.getStory(storyId))?.analysis).toEqual(emptyResult)
    const copy: Article = { ...articles[4]!, id: 'chip-copy', url: 'https://other.example.net/chips' }
    await store.addArticles([copy])
    expect((await store.getStory(storyId))?.analysis).toBeUndefined()
  })

  it('finds articles by full-text search, designators included, with their story ids', async () => {
    const { store } = await freshStore()
    await store.addArticles([...articles, { id: 'jets', text: 'The air force ordered twelve Su-35 fighters and two C-130 transports.', title: 'Jet order' }])
    const hits = await store.search('Su-35')
    expect(hits.map((hit) => hit.articleId)).toEqual(['jets'])
    expect(hits[0]?.snippet).toContain('[Su-35]')
    expect(hits[0]?.storyId).toBe((await store.getArticle('jets'))?.storyId)
    expect(await store.search('robusta Brazil')).toHaveLength(1)
    expect(await store.search('"')).toEqual([])
  })

  it('filters stories by date and reopens with its clustering state', async () => {
    const { store: first, file } = await freshStore()
    await first.addArticles([{ ...articles[0]!, published: '2024-01-05' }, ...articles.slice(1)])
    expect((await first.listStories({ since: '2025-01-01' })).length).toBe(articles.length - 1)
    await first.close()
    const reopened = await openStore(file)
    store = reopened
    await reopened.addArticles([{ ...articles[2]!, id: 'budget-copy', url: 'https://other.example.net/budget' }])
    const storyId = (await reopened.getArticle('city-budget'))!.storyId
    expect((await reopened.getArticle('budget-copy'))?.storyId).toBe(storyId)
  })
})

describe('canonicalUrl and ftsQuery', () => {
  it('reduces URLs to what names the page', () => {
    expect(canonicalUrl('https://WWW.Example.org/a/b/?utm_source=x&id=3#top')).toBe('example.org/a/b?id=3')
    expect(canonicalUrl('http://example.org/a/b?id=3')).toBe('example.org/a/b?id=3')
    expect(canonicalUrl('not a url')).toBeUndefined()
  })

  it('quotes every word so designators are searched as written', () => {
    expect(ftsQuery('Su-35  "jets"')).toBe('"Su-35" """jets"""')
  })
})
