/**
 * `npm run eval`: (a) the mutation corpus built from our own texts, precision and recall per
 * mutation type, alone and with a word-for-word copy of each derived text; (b) the human-labelled validation sets in ../shared/eval (skipped when absent):
 * balanced accuracy, ROC AUC of 1 - fidelity, span recall, time.
 *
 *   npm run eval -- --limit 150 --file xsum --json eval-figures.json
 *   npm run eval -- --only mutations --verbose
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { markdownTable } from 'markdown-table'
import { analyze } from '../src/analyze.js'
import { loadOriginals, repoRoot } from './load-originals.js'
import { formatRate } from './metrics.js'
import { buildMutationCorpus } from './mutate.js'
import { baselineAnalyze } from './baseline.js'
import { runMutation, summarise, type AnalyzeFunction, type MutationReport, type RunOptions } from './score-mutations.js'
import { readLabelledCases, runCase, scoreFile, sharedEvalDir, sharedEvalFiles, type FileScore } from './score-shared.js'

const USAGE = `usage: npm run eval -- [--limit N] [--file NAME] [--json OUT.json] [--only mutations|shared] [--baseline] [--verbose]
  --limit N     first N cases of each shared eval file
  --file NAME   only shared eval files whose name contains NAME
  --json OUT    also write the figures as JSON
  --only WHAT   run only the mutation corpus or only the shared sets
  --baseline    also score the naive checker of eval/baseline.ts on the shared sets, for orientation
  --verbose     list every missed or wrongly flagged mutation`

async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        limit: { type: 'string' },
        file: { type: 'string' },
        json: { type: 'string' },
        only: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        baseline: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  if (values.help === true) {
    console.log(USAGE)
    return 0
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit)
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) {
    console.error(`--limit must be a positive whole number\n${USAGE}`)
    return 2
  }

  if (values.only !== undefined && values.only !== 'mutations' && values.only !== 'shared') {
    console.error(`--only takes "mutations" or "shared"\n${USAGE}`)
    return 2
  }

  const figures: { mutations?: MutationReport; syndicated?: MutationReport; shared?: FileScore[]; baseline?: FileScore[]; sharedSkipped?: string } = {}
  if (values.only !== 'shared') {
    figures.mutations = await evaluateMutations()
    printMutations(figures.mutations, values.verbose === true)
    figures.syndicated = await evaluateMutations({ syndicated: true })
    printSyndicated(figures.syndicated, values.verbose === true)
  }
  if (values.only !== 'mutations') {
    const dir = sharedEvalDir(repoRoot)
    if (dir === undefined) {
      figures.sharedSkipped = `no ${path.join('..', 'shared', 'eval')} next to the repository`
      console.log(`\nShared validation sets skipped: ${figures.sharedSkipped}.`)
    } else {
      const files = sharedEvalFiles(dir).filter((file) => values.file === undefined || path.basename(file).includes(values.file))
      if (files.length === 0) console.log(`\nNo shared eval file in ${dir} matches "${values.file ?? ''}".`)
      figures.shared = []
      for (const file of files) figures.shared.push(await evaluateFile(file, limit, analyze))
      printShared(figures.shared, limit)
      if (values.baseline === true) {
        figures.baseline = []
        for (const file of files) figures.baseline.push(await evaluateFile(file, limit, baselineAnalyze))
        console.log('\nBaseline for orientation: numbers and names tagged by compromise that the source lacks (eval/baseline.ts)')
        printShared(figures.baseline, limit)
      }
    }
  }
  if (values.json !== undefined) {
    writeFileSync(values.json, `${JSON.stringify({ generated: new Date().toISOString(), limit: limit ?? null, ...figures }, numbersOrNull, 2)}\n`)
    console.log(`\nFigures written to ${values.json}`)
  }
  return 0
}

async function evaluateMutations(options: RunOptions = {}): Promise<MutationReport> {
  const corpus = buildMutationCorpus(loadOriginals())
  const outcomes = []
  for (const mutation of corpus) outcomes.push(await runMutation(mutation, analyze, options))
  return summarise(outcomes)
}

async function evaluateFile(file: string, limit: number | undefined, analyzeCase: AnalyzeFunction): Promise<FileScore> {
  const { cases, skipped } = readLabelledCases(file)
  if (skipped > 0) console.error(`${path.basename(file)}: ${skipped} malformed line(s) skipped`)
  const chosen = limit === undefined ? cases : cases.slice(0, limit)
  const outcomes = []
  for (const [index, item] of chosen.entries()) {
    outcomes.push(await runCase(item, analyzeCase))
    if (process.stderr.isTTY && index % 25 === 0) process.stderr.write(`\r${path.basename(file)}: ${index + 1}/${chosen.length}`)
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
  const firstError = outcomes.find((outcome) => outcome.error !== undefined)
  if (firstError !== undefined) console.error(`${path.basename(file)}: analysis failed on ${firstError.id}: ${firstError.error}`)
  return scoreFile(file, outcomes)
}

function printMutations(report: MutationReport, verbose: boolean): void {
  console.log(`Mutation corpus: ${report.cases} derived texts, one change each (${report.errors} failed to analyse)\n`)
  const rows = report.byType.map((row) => [
    row.type,
    row.shouldFlag ? 'flag' : 'no flag',
    String(row.cases),
    formatRate(row.recall, 2),
    formatRate(row.exactRecall, 2),
    formatRate(row.precision, 2),
    formatRate(row.falseAlarmRate, 2),
    String(row.otherFlags),
    (row.milliseconds / row.cases).toFixed(0),
  ])
  console.log(markdownTable([['mutation', 'expects', 'cases', 'recall', 'exact type', 'precision', 'false alarm', 'other flags', 'ms/case'], ...rows], { align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] }))
  console.log(`\nAll changes: recall ${formatRate(report.recall)}, precision ${formatRate(report.precision)}; faithful rewordings flagged at the change: ${formatRate(report.falseAlarmRate)}`)
  console.log('recall = changes flagged at the changed span; precision = flags at a change / all conflict+unsupported flags on the derived texts')
  if (verbose) {
    console.log(`\nMissed or wrongly flagged (${report.misses.length}):`)
    for (const miss of report.misses) console.log(`  ${miss}`)
  }
}

function printSyndicated(report: MutationReport, verbose: boolean): void {
  const caught = report.byType.filter((row) => row.shouldFlag).map((row) => `${row.type} ${formatRate(row.recall, 2)}`)
  console.log(`\nSyndicated: the same ${report.cases} derived texts, each also run word for word by a second outlet (a copy must not corroborate the change)`)
  console.log(`All changes: recall ${formatRate(report.recall)}, precision ${formatRate(report.precision)}; faithful rewordings flagged at the change: ${formatRate(report.falseAlarmRate)}`)
  console.log(`recall by type: ${caught.join(', ')}`)
  if (verbose && report.misses.length > 0) {
    console.log(`\nMissed or wrongly flagged with a copy (${report.misses.length}):`)
    for (const miss of report.misses) console.log(`  ${miss}`)
  }
}

function printShared(scores: readonly FileScore[], limit: number | undefined): void {
  console.log(`\nHuman-labelled validation sets (../shared/eval${limit === undefined ? '' : `, first ${limit} cases of each`})\n`)
  const rows = scores.map((score) => [
    score.file,
    String(score.cases),
    String(score.unfaithful),
    formatRate(score.balancedAccuracy),
    formatRate(score.rocAuc),
    formatRate(score.truePositiveRate, 2),
    formatRate(score.trueNegativeRate, 2),
    formatRate(score.spanRecall),
    String(score.errors),
    score.seconds.toFixed(1),
    score.millisecondsPerCase.toFixed(0),
  ])
  console.log(markdownTable([['file', 'n', 'unfaithful', 'balanced acc.', 'ROC AUC', 'TPR', 'TNR', 'span recall', 'errors', 's', 'ms/case'], ...rows], { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] }))
  console.log('decision "unfaithful" = any conflict or unsupported finding on the derived text; AUC of 1 - fidelity')
}

/** JSON has no NaN: write null for a figure that could not be computed. */
function numbersOrNull(_key: string, value: unknown): unknown {
  return typeof value === 'number' && Number.isNaN(value) ? null : value
}

process.exitCode = await main()
