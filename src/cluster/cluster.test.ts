import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { clusterArticles, type ClusterDocument } from './cluster.js'
import { unrelatedArticles } from './test-helpers/unrelated-articles.js'

const storyFolder = fileURLToPath(new URL('../../../shared/stories/vietnam-arms/', import.meta.url))
const haveStory = existsSync(storyFolder)

function groupOf(groups: string[][], id: string): string[] {
  const group = groups.find((candidate) => candidate.includes(id))
  if (group === undefined) throw new Error(`${id} is in no group`)
  return group
}

function expectPartition(groups: string[][], docs: readonly ClusterDocument[]): void {
  const all = groups.flat().sort()
  expect(all).toEqual(docs.map((doc) => doc.id).sort())
}

describe('clusterArticles', () => {
  it.skipIf(!haveStory)('groups the five versions of the shared example story and keeps unrelated articles apart (needs ../shared)', () => {
    const story = readdirSync(storyFolder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ id: name, text: readFileSync(storyFolder + name, 'utf8') }))
    expect(story.length).toBe(5)
    // Interleave so that input order does not help.
    const docs = [unrelatedArticles[0]!, story[2]!, unrelatedArticles[1]!, story[0]!, unrelatedArticles[2]!, story[4]!, story[1]!, ...unrelatedArticles.slice(3), story[3]!]
    const groups = clusterArticles(docs)
    expectPartition(groups, docs)
    expect(groupOf(groups, story[0]!.id).sort()).toEqual(story.map((doc) => doc.id).sort())
    for (const unrelated of unrelatedArticles) expect(groupOf(groups, unrelated.id)).toEqual([unrelated.id])
  })

  it('groups a copy with a few words changed and an excerpt with their source', () => {
    const source = unrelatedArticles[0]!
    const sentences = source.text.split('\n')
    const copy = { id: 'copy', text: source.text.replace(/14 percent/, '15 percent').replace(/Tuesday/, 'Wednesday') }
    const excerpt = { id: 'excerpt', text: sentences.slice(0, 2).join('\n') }
    const docs = [...unrelatedArticles, copy, excerpt]
    const groups = clusterArticles(docs, { nearDuplicatesOnly: true })
    expectPartition(groups, docs)
    expect(groupOf(groups, source.id).sort()).toEqual(['coffee-exports', 'copy', 'excerpt'])
  })

  it('links a short summary to its source only when their dates fall within the window', () => {
    const source = unrelatedArticles[0]!
    const summaryText = `${source.title}. ${source.text.split('\n')[2]}`
    const others = unrelatedArticles.slice(1)
    // One band of 128 rows: no near-duplicate link, so only the same-event rule can group them.
    const noNearDuplicates = { lsh: { bands: 1, rows: 128 } }
    const near = clusterArticles([{ ...source, published: '2025-10-01' }, { id: 'summary', text: summaryText, published: '2025-10-03' }, ...others], noNearDuplicates)
    expect(groupOf(near, 'summary').sort()).toEqual(['coffee-exports', 'summary'])
    const far = clusterArticles([{ ...source, published: '2025-10-01' }, { id: 'summary', text: summaryText, published: '2025-03-01' }, ...others], noNearDuplicates)
    expect(groupOf(far, 'summary')).toEqual(['summary'])
  })

  it('returns singletons for an empty corpus member and handles no input', () => {
    expect(clusterArticles([])).toEqual([])
    expect(clusterArticles([{ id: 'empty', text: '' }, { id: 'other', text: '' }])).toEqual([['empty'], ['other']])
  })
})
