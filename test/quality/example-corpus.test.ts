import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzeFiles } from '../../src/analyze-files.js'
import { repoRoot } from '../../eval/load-originals.js'
import type { AnalysisResult } from '../../src/model/result.js'

// examples/corpus.jsonl: three stories of three articles and two unrelated articles, one JSONL file.
// The planted changes are listed in examples/README.md.
const STORIES = [
  ['fenwick-1', 'fenwick-2', 'fenwick-3'],
  ['carrow-1', 'carrow-2', 'carrow-3'],
  ['solenne-1', 'solenne-2', 'solenne-3'],
  ['chess-open'],
  ['museum-reopens'],
]
const PLANTED = [
  { article: 'fenwick-3', claim: '4,100', type: 'number' },
  { article: 'carrow-3', claim: '12 towns', type: 'number' },
  { article: 'solenne-3', claim: 'R-9', type: 'entity' },
]

describe('example corpus (examples/corpus.jsonl)', () => {
  let result: AnalysisResult
  beforeAll(async () => {
    result = await analyzeFiles([path.join(repoRoot, 'examples', 'corpus.jsonl')])
  })

  it('groups the articles into their stories, unrelated articles alone', () => {
    const groups = result.stories.map((story) => [...story.articles].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
    expect(groups).toEqual([...STORIES].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '')))
  })

  it('takes the first article of each story as its origin', () => {
    for (const story of result.stories.filter((candidate) => candidate.articles.length > 1)) {
      expect(story.origin).toMatch(/-1$/)
    }
  })

  it('calls the unattributed rewrite of the recall story a paraphrase without attribution', () => {
    const relation = result.relations.find((candidate) => candidate.article === 'solenne-3')
    expect(relation).toMatchObject({ kind: 'paraphrase', attributed: false })
  })

  for (const planted of PLANTED) {
    it(`flags "${planted.claim}" in ${planted.article} as a conflict`, () => {
      const text = result.articles.find((article) => article.id === planted.article)?.text ?? ''
      const start = text.indexOf(planted.claim)
      expect(start).toBeGreaterThanOrEqual(0)
      const conflict = result.findings.find(
        (finding) => finding.article === planted.article && finding.status === 'conflict' && finding.type === planted.type && finding.claim.start < start + planted.claim.length && start < finding.claim.end,
      )
      expect(conflict, `no ${planted.type} conflict at "${planted.claim}"`).toBeDefined()
    })
  }
})
