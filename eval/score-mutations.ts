/** Runs the mutation corpus through `analyze()` and counts what was caught, per mutation type. */
import type { ArticleInput } from '../src/model/article.js'
import type { Finding } from '../src/model/finding.js'
import type { AnalysisResult } from '../src/model/result.js'
import type { Span } from '../src/model/span.js'
import { overlaps, precision, recall } from './metrics.js'
import { MUTATION_TYPES, type Mutation, type MutationType } from './mutate.js'
import { mapToInput } from './span-map.js'

export type AnalyzeFunction = (inputs: readonly ArticleInput[], options: { origin?: string; oneStory?: boolean }) => Promise<AnalysisResult>

export const SOURCE_ID = 'source'
export const DERIVED_ID = 'derived'

/** A conflict or an unsupported claim: what counts as the tool raising a flag. */
export function isFlag(finding: Finding): boolean {
  return finding.status === 'conflict' || finding.status === 'unsupported'
}

/** Flagged findings on the derived article, with their claim spans moved onto the text we handed in. */
export function flaggedSpans(result: AnalysisResult, derivedInput: string): { finding: Finding; span: Span }[] {
  const cleaned = result.articles.find((article) => article.id === DERIVED_ID)?.text ?? derivedInput
  return result.findings
    .filter((finding) => finding.article === DERIVED_ID && isFlag(finding))
    .flatMap((finding) => {
      const span = mapToInput(cleaned, derivedInput, finding.claim)
      return span === undefined ? [] : [{ finding, span }]
    })
}

export interface MutationOutcome {
  readonly mutation: Mutation
  /** Flags overlapping the mutated span. */
  readonly atChange: readonly Finding[]
  /** Flags elsewhere in the derived article: false positives. */
  readonly elsewhere: readonly Finding[]
  readonly milliseconds: number
  readonly error?: string
}

export const COPY_ID = 'copy'

export interface RunOptions {
  /**
   * Another outlet also runs the derived text word for word (syndication): the change must still
   * be flagged on the derived text, where a copy repeating it is no corroboration.
   */
  readonly syndicated?: boolean
}

export async function runMutation(mutation: Mutation, analyze: AnalyzeFunction, options: RunOptions = {}): Promise<MutationOutcome> {
  const { original } = mutation
  const metadata = original.published === undefined ? {} : { published: original.published }
  const inputs: ArticleInput[] = [
    { id: SOURCE_ID, text: original.text, ...metadata, ...(original.outlet === undefined ? {} : { outlet: original.outlet }) },
    { id: DERIVED_ID, text: mutation.derived, ...metadata, outlet: 'Derived Daily' },
    ...(options.syndicated === true ? [{ id: COPY_ID, text: mutation.derived, ...metadata, outlet: 'Syndicate Weekly' }] : []),
  ]
  const started = performance.now()
  try {
    // Both texts are one story by construction: grouping is measured elsewhere (issue 5), here we
    // measure verification only.
    const result = await analyze(inputs, { origin: SOURCE_ID, oneStory: true })
    const milliseconds = performance.now() - started
    const flags = flaggedSpans(result, mutation.derived)
    return {
      mutation,
      atChange: flags.filter(({ span }) => overlaps(span, mutation.span)).map(({ finding }) => finding),
      elsewhere: flags.filter(({ span }) => !overlaps(span, mutation.span)).map(({ finding }) => finding),
      milliseconds,
    }
  } catch (error) {
    return { mutation, atChange: [], elsewhere: [], milliseconds: performance.now() - started, error: error instanceof Error ? error.message : String(error) }
  }
}

export interface TypeScore {
  readonly type: MutationType
  /** Whether this type must be flagged (a change) or must not (a faithful rewording). */
  readonly shouldFlag: boolean
  readonly cases: number
  /** Changes: share of cases with a flag at the change. NaN for faithful rewordings. */
  readonly recall: number
  /** Changes: flags at the change / all flags on these derived articles. NaN when nothing was flagged. */
  readonly precision: number
  /** Changes: share of cases flagged at the change with the expected finding type and status. */
  readonly exactRecall: number
  /** Faithful rewordings: share of cases wrongly flagged at the change. NaN for changes. */
  readonly falseAlarmRate: number
  /** Flags not at the change, summed over the cases. */
  readonly otherFlags: number
  readonly errors: number
  readonly milliseconds: number
}

export interface MutationReport {
  readonly byType: readonly TypeScore[]
  /** Over all changes that must be flagged. */
  readonly recall: number
  /** Flags at a change / all flags, over every case (faithful ones included). */
  readonly precision: number
  /** Faithful rewordings wrongly flagged at the change. */
  readonly falseAlarmRate: number
  readonly cases: number
  readonly errors: number
  readonly misses: readonly string[]
}

export function summarise(outcomes: readonly MutationOutcome[]): MutationReport {
  const byType: TypeScore[] = []
  for (const type of MUTATION_TYPES) {
    const ofType = outcomes.filter((outcome) => outcome.mutation.type === type)
    if (ofType.length === 0) continue
    const shouldFlag = ofType[0]?.mutation.expected !== null
    const caught = ofType.filter((outcome) => outcome.atChange.length > 0).length
    const exact = ofType.filter((outcome) => outcome.atChange.some((finding) => matchesExpected(finding, outcome.mutation))).length
    const atChange = sum(ofType.map((outcome) => outcome.atChange.length))
    const elsewhere = sum(ofType.map((outcome) => outcome.elsewhere.length))
    byType.push({
      type,
      shouldFlag,
      cases: ofType.length,
      recall: shouldFlag ? recall(caught, ofType.length - caught) : Number.NaN,
      precision: shouldFlag ? precision(atChange, elsewhere) : precision(0, atChange + elsewhere),
      exactRecall: shouldFlag ? exact / ofType.length : Number.NaN,
      falseAlarmRate: shouldFlag ? Number.NaN : caught / ofType.length,
      otherFlags: elsewhere,
      errors: ofType.filter((outcome) => outcome.error !== undefined).length,
      milliseconds: sum(ofType.map((outcome) => outcome.milliseconds)),
    })
  }
  const changes = outcomes.filter((outcome) => outcome.mutation.expected !== null)
  const faithful = outcomes.filter((outcome) => outcome.mutation.expected === null)
  const caught = changes.filter((outcome) => outcome.atChange.length > 0).length
  const truePositives = sum(changes.map((outcome) => outcome.atChange.length))
  const falsePositives = sum(outcomes.map((outcome) => outcome.elsewhere.length)) + sum(faithful.map((outcome) => outcome.atChange.length))
  return {
    byType,
    recall: recall(caught, changes.length - caught),
    precision: precision(truePositives, falsePositives),
    falseAlarmRate: faithful.length === 0 ? Number.NaN : faithful.filter((outcome) => outcome.atChange.length > 0).length / faithful.length,
    cases: outcomes.length,
    errors: outcomes.filter((outcome) => outcome.error !== undefined).length,
    misses: outcomes
      .filter((outcome) => (outcome.mutation.expected === null) === outcome.atChange.length > 0 || outcome.error !== undefined)
      .map((outcome) => `${outcome.mutation.id} (${outcome.mutation.description.slice(0, 60)})${outcome.error === undefined ? '' : `: ${outcome.error}`}`),
  }
}

/** The type and status the mutation expects; an invented sentence may be flagged by any fact type. */
function matchesExpected(finding: Finding, mutation: Mutation): boolean {
  const expected = mutation.expected
  if (expected === null) return false
  if (expected.type === 'statement') return finding.status === 'unsupported'
  return finding.type === expected.type && finding.status === expected.status
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
