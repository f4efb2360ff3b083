import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzeFiles } from '../../src/analyze-files.js'
import { repoRoot } from '../../eval/load-originals.js'
import { overlaps } from '../../eval/metrics.js'
import type { AnalysisResult } from '../../src/model/result.js'
import { KNOWN_GAPS } from './floors.js'

// Golden tests of the example stories: every row of each examples/*/EXPECTED.md.
const storyDirs = readdirSync(path.join(repoRoot, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(repoRoot, 'examples', entry.name, 'EXPECTED.md')))
  .map((entry) => path.join(repoRoot, 'examples', entry.name))

/** The rows of the Markdown table that follows `heading`, as arrays of trimmed cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const from = markdown.indexOf(heading)
  if (from === -1) throw new Error(`EXPECTED.md has no "${heading}" section`)
  const lines = markdown.slice(from).split('\n')
  const start = lines.findIndex((line) => line.startsWith('|'))
  const rows: string[][] = []
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
    if (cells.every((cell) => /^-*$/.test(cell))) continue
    rows.push(cells)
  }
  return rows.slice(1) // header
}

interface ClaimRow {
  readonly article: string
  readonly claim: string
  readonly status: string
  readonly type: string
}

function expectations(storyDir: string) {
  const markdown = readFileSync(path.join(storyDir, 'EXPECTED.md'), 'utf8')
  const claimRows = (heading: string): ClaimRow[] =>
    tableAfter(markdown, heading).map(([article = '', claim = '', status = '', type = '']) => ({ article, claim, status, type }))
  const relations = tableAfter(markdown, '| file |').map(([file = '', , relation = '', attributed = '']) => ({
    article: file.replace(/`/g, '').replace(/\.[a-z]+$/, ''),
    kind: /\*\*origin\*\*/.test(relation) ? 'origin' : (relation.split(/\s/)[0] ?? ''),
    attributed: attributed.replace(/\*/g, '').startsWith('yes') ? true : attributed.replace(/\*/g, '').startsWith('no') ? false : undefined,
  }))
  return { planted: claimRows('## Planted changes'), faithful: claimRows('## Faithful variants'), relations }
}

function testOrKnownGap(key: string) {
  return KNOWN_GAPS.includes(key) ? it.fails : it
}

for (const storyDir of storyDirs) {
  const { planted, faithful, relations } = expectations(storyDir)
  const files = readdirSync(storyDir).filter((name) => /\.(html|txt|md)$/.test(name) && name !== 'EXPECTED.md')

  describe(`example story (examples/${path.basename(storyDir)}, EXPECTED.md)`, () => {
    let result: AnalysisResult
    beforeAll(async () => {
      result = await analyzeFiles([storyDir])
    })

    it('reads the expectations file', () => {
      expect(planted.length).toBeGreaterThanOrEqual(5)
      expect(faithful.length).toBeGreaterThanOrEqual(5)
      expect(relations.length).toBe(files.length)
    })

    it(`groups the ${files.length} files into one story with the expected origin`, () => {
      expect(result.stories).toHaveLength(1)
      expect(result.stories[0]?.origin).toBe(relations.find((row) => row.kind === 'origin')?.article)
    })

    for (const row of relations.filter((candidate) => candidate.kind !== 'origin')) {
      testOrKnownGap(`relation ${row.article}`)(`classifies ${row.article} as ${row.kind}, attributed: ${String(row.attributed)}`, () => {
        const relation = result.relations.find((candidate) => candidate.article === row.article)
        expect(relation?.kind).toBe(row.kind)
        expect(relation?.attributed).toBe(row.attributed)
      })
    }

    const findingsAt = (row: ClaimRow) => {
      const text = result.articles.find((article) => article.id === row.article)?.text ?? ''
      const start = text.indexOf(row.claim)
      expect(start, `"${row.claim}" is not in ${row.article}`).toBeGreaterThanOrEqual(0)
      const span = { start, end: start + row.claim.length }
      return result.findings.filter((finding) => finding.article === row.article && overlaps(finding.claim, span))
    }

    for (const row of planted) {
      testOrKnownGap(`${row.article} ${row.claim}`)(`flags "${row.claim}" in ${row.article} as ${row.status} ${row.type}`, () => {
        const found = findingsAt(row).map((finding) => `${finding.status} ${finding.type}`)
        expect(found).toContain(`${row.status} ${row.type}`)
      })
    }

    for (const row of faithful) {
      testOrKnownGap(`${row.article} ${row.claim}`)(`supports "${row.claim}" in ${row.article} (${row.type})`, () => {
        const found = findingsAt(row)
        expect(found.filter((finding) => finding.status !== 'supported').map((finding) => finding.explanation)).toEqual([])
        expect(found.map((finding) => `${finding.status} ${finding.type}`)).toContain(`supported ${row.type}`)
      })
    }
  })
}
