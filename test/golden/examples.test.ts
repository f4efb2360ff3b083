import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeFiles } from '../../src/analyze-files.js'
import type { AnalysisResult } from '../../src/model/result.js'
import { validateResult } from '../../src/report/validate.js'
import { repoRoot } from '../cli/run-cli.js'
import { readExpectedFindings } from './expected-table.js'

// One loop over every example story that documents what was planted in an EXPECTED.md.
const examples = readdirSync(path.join(repoRoot, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(repoRoot, 'examples', entry.name, 'EXPECTED.md')))
  .map((entry) => entry.name)

describe.each(examples)('golden story %s', (name) => {
  const folder = path.join(repoRoot, 'examples', name)
  const expected = readExpectedFindings(path.join(folder, 'EXPECTED.md'))
  let result: AnalysisResult | undefined

  const analysed = async (): Promise<AnalysisResult> => (result ??= await analyzeFiles([folder], { oneStory: true }))

  it('has expectations to check', () => {
    expect(expected.length).toBeGreaterThan(5)
  })

  it('produces a valid result', async () => {
    expect(validateResult(await analysed())).toEqual({ valid: true })
  })

  it.each(expected.map((row) => [`${row.article} "${row.claim}" is ${row.status} ${row.type}`, row] as const))('%s', async (_title, row) => {
    const findings = (await analysed()).findings.filter(
      (finding) => finding.article === row.article && finding.type === row.type && sameClaim(finding.claim.text, row.claim),
    )
    expect(findings.map((finding) => finding.status), `findings on "${row.claim}"`).toContain(row.status)
  })
})

/** The expected claim and the finding's claim overlap as text ("Ms. Lindqvist" may be reported as "Lindqvist"). */
function sameClaim(found: string, wanted: string): boolean {
  const a = found.toLowerCase()
  const b = wanted.toLowerCase()
  return a.includes(b) || (a.length >= 4 && b.includes(a))
}
