/** The human-labelled validation sets in ../shared/eval: per-case decisions, AUC and span recall. */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Span } from '../src/model/span.js'
import { balancedAccuracy, rocAuc, spanRecall, type Decision, type Scored } from './metrics.js'
import { DERIVED_ID, SOURCE_ID, flaggedSpans, isFlag, type AnalyzeFunction } from './score-mutations.js'

export interface LabelledCase {
  readonly id: string
  readonly source: string
  readonly derived: string
  /** 1 = consistent with the source, 0 = not. */
  readonly label: number
  /** Character spans in `derived` the annotators marked (XSumFaith `errors`, AggreFact `error_spans`). */
  readonly goldSpans: readonly Span[]
}

/** Reads one JSONL file of the shared eval sets; malformed lines are skipped and counted. */
export function readLabelledCases(file: string): { cases: LabelledCase[]; skipped: number } {
  const cases: LabelledCase[] = []
  let skipped = 0
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    try {
      const row = JSON.parse(line) as Record<string, unknown>
      if (typeof row['source'] !== 'string' || typeof row['derived'] !== 'string' || typeof row['label'] !== 'number') {
        skipped += 1
        continue
      }
      cases.push({ id: String(row['id']), source: row['source'], derived: row['derived'], label: row['label'], goldSpans: goldSpansOf(row) })
    } catch {
      skipped += 1
    }
  }
  return { cases, skipped }
}

/** XSumFaith keeps spans as objects in `errors`; AggreFact in `error_spans`; FRANK has types only. */
function goldSpansOf(row: Record<string, unknown>): Span[] {
  const candidates = [row['errors'], row['error_spans']].flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : []))
  return candidates.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return []
    const { start, end } = item as { start?: unknown; end?: unknown }
    return typeof start === 'number' && typeof end === 'number' && end > start ? [{ start, end }] : []
  })
}

/** The shared eval folder, or undefined when this checkout has none (tests then skip). */
export function sharedEvalDir(repoRoot: string): string | undefined {
  const dir = path.resolve(repoRoot, '..', 'shared', 'eval')
  return existsSync(dir) ? dir : undefined
}

export function sharedEvalFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(dir, name))
}

export interface CaseOutcome {
  readonly id: string
  /** true = unfaithful. */
  readonly actual: boolean
  readonly predicted: boolean
  /** 1 - fidelity of the derived article. */
  readonly score: number
  readonly goldSpans: readonly Span[]
  readonly flagged: readonly Span[]
  readonly milliseconds: number
  readonly error?: string
}

export async function runCase(item: LabelledCase, analyze: AnalyzeFunction): Promise<CaseOutcome> {
  const started = performance.now()
  const base = { id: item.id, actual: item.label === 0, goldSpans: item.goldSpans }
  try {
    const result = await analyze([{ id: SOURCE_ID, text: item.source }, { id: DERIVED_ID, text: item.derived }], { origin: SOURCE_ID, oneStory: true })
    const flags = flaggedSpans(result, item.derived)
    const relation = result.relations.find((candidate) => candidate.article === DERIVED_ID)
    const predicted = result.findings.some((finding) => finding.article === DERIVED_ID && isFlag(finding))
    return {
      ...base,
      predicted,
      // Without a relation there is no fidelity: fall back on the decision itself.
      score: relation === undefined ? (predicted ? 1 : 0) : 1 - relation.fidelity,
      flagged: flags.map(({ span }) => span),
      milliseconds: performance.now() - started,
    }
  } catch (error) {
    return { ...base, predicted: false, score: 0, flagged: [], milliseconds: performance.now() - started, error: error instanceof Error ? error.message : String(error) }
  }
}

export interface FileScore {
  readonly file: string
  readonly cases: number
  readonly unfaithful: number
  readonly balancedAccuracy: number
  readonly rocAuc: number
  /** Over gold error spans of the unfaithful cases; NaN when the file has none. */
  readonly spanRecall: number
  readonly truePositiveRate: number
  readonly trueNegativeRate: number
  readonly errors: number
  readonly seconds: number
  readonly millisecondsPerCase: number
}

export function scoreFile(file: string, outcomes: readonly CaseOutcome[]): FileScore {
  const usable = outcomes.filter((outcome) => outcome.error === undefined)
  const decisions: Decision[] = usable.map(({ actual, predicted }) => ({ actual, predicted }))
  const scored: Scored[] = usable.map(({ actual, score }) => ({ actual, score }))
  const gold = usable.flatMap((outcome) => outcome.goldSpans.map((span) => ({ span, flagged: outcome.flagged })))
  const found = gold.filter(({ span, flagged }) => spanRecall([span], flagged) === 1).length
  const positives = usable.filter((outcome) => outcome.actual)
  const negatives = usable.filter((outcome) => !outcome.actual)
  const milliseconds = outcomes.reduce((total, outcome) => total + outcome.milliseconds, 0)
  return {
    file: path.basename(file),
    cases: outcomes.length,
    unfaithful: positives.length,
    balancedAccuracy: balancedAccuracy(decisions),
    rocAuc: rocAuc(scored),
    spanRecall: gold.length === 0 ? Number.NaN : found / gold.length,
    truePositiveRate: positives.length === 0 ? Number.NaN : positives.filter((outcome) => outcome.predicted).length / positives.length,
    trueNegativeRate: negatives.length === 0 ? Number.NaN : negatives.filter((outcome) => !outcome.predicted).length / negatives.length,
    errors: outcomes.length - usable.length,
    seconds: milliseconds / 1000,
    millisecondsPerCase: outcomes.length === 0 ? Number.NaN : milliseconds / outcomes.length,
  }
}
