import { readFileSync } from 'node:fs'

export interface ExpectedFinding {
  readonly article: string
  readonly claim: string
  readonly status: string
  readonly type: string
}

/**
 * Reads the Markdown tables of an example's EXPECTED.md: rows of `| article | claim | status | type | … |`
 * under the headings that list planted changes and faithful variants.
 */
export function readExpectedFindings(file: string): ExpectedFinding[] {
  const rows: ExpectedFinding[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
    const [article, claim, status, type] = cells
    if (cells.length < 5 || article === undefined || claim === undefined || status === undefined || type === undefined) continue
    if (!['supported', 'conflict', 'unsupported'].includes(status)) continue
    rows.push({ article, claim, status, type })
  }
  return rows
}
