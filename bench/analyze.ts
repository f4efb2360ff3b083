/**
 * `npm run bench`: how fast one story is analysed. Stories of 5, 20 and 100 articles are built
 * from the example story (examples/harbour-bridge): its five files, then variants of the derived
 * articles, each with one changed fact, so no two articles are identical. One more row times 100
 * near-copies of one long article (a wire story run by a hundred papers, each with an edit of its
 * own), the shape where every fact is held by every article. Reports ms per story
 * (median of several runs) through the built library, articles per second, the CLI end to end on
 * the 5-article example (start-up included: wall and CPU time of a new process each run, median
 * of several), bare start-up, peak memory and how cost grows.
 *
 *   npm run bench                 # builds first, then measures
 *   npm run bench -- --json bench.json
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { markdownTable } from 'markdown-table'
import { buildMutationCorpus } from '../eval/mutate.js'
import { median } from '../eval/metrics.js'
import type { ArticleInput } from '../src/model/article.js'
import type { AnalysisResult } from '../src/model/result.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const EXAMPLE = path.join('examples', 'harbour-bridge')
const CORPUS = path.join('examples', 'corpus.jsonl')
const NEAR_COPIES = 100
const SIZES = [5, 20, 100] as const
const TARGET_CLI_MS = 300
const TARGET_100_MS = 3000

type Analyze = (inputs: readonly ArticleInput[], options?: { origin?: string }) => Promise<AnalysisResult>
interface Prepare {
  (input: ArticleInput, fallbackId: string): { text: string; published?: string }
}

/** The example's five files as library inputs, the way the CLI reads them (by extension). */
export function exampleInputs(): ArticleInput[] {
  const dir = path.join(repoRoot, EXAMPLE)
  return readdirSync(dir)
    .filter((name) => /\.(html|txt|md)$/.test(name))
    .sort()
    .map((name) => {
      const raw = readFileSync(path.join(dir, name), 'utf8')
      const id = path.basename(name, path.extname(name))
      if (name.endsWith('.html')) return { id, html: raw, path: name }
      if (name.endsWith('.md')) return { id, markdown: raw, path: name }
      return { id, text: raw, path: name }
    })
}

/**
 * A story of `size` articles: the example's five, then variants of its derived articles (one
 * changed number, name, date or quote each, or an excerpt of them), with their own ids and outlets.
 */
export function buildStory(size: number, base: readonly ArticleInput[], prepare: Prepare): ArticleInput[] {
  const derived = base.slice(1).map((input, index) => {
    const article = prepare(input, `derived-${index}`)
    return { id: input.id ?? `derived-${index}`, text: article.text, ...(article.published === undefined ? {} : { published: article.published }) }
  })
  const variants = buildMutationCorpus(derived, { perType: 3 })
  const story = base.slice(0, size)
  for (let index = 0; story.length < size; index += 1) {
    // Stride through the variants so consecutive articles come from different files and types.
    const variant = variants[(index * 7) % variants.length]
    if (variant === undefined) break
    story.push({
      id: `variant-${index + 1}`,
      text: variant.derived,
      outlet: `Regional Outlet ${index + 1}`,
      ...(variant.original.published === undefined ? {} : { published: variant.original.published }),
    })
  }
  return story
}

/**
 * One long article (about 2,000 words: the example's original and its rewrite, then the texts of
 * examples/corpus.jsonl) and `size - 1` near-copies of it: each the whole article with one change
 * of its own (an inserted sentence, a changed number, name, date or quote), none identical, so
 * none is collapsed as a copy.
 */
export function buildNearCopies(size: number, base: readonly ArticleInput[], prepare: Prepare): ArticleInput[] {
  const parts = base.filter((input) => /ledger|rewrite/.test(input.id ?? '')).map((input, index) => prepare(input, `part-${index}`).text)
  const corpus = readFileSync(path.join(repoRoot, CORPUS), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text)
  const long = { id: 'long-article', text: [...parts, ...corpus].join('\n\n'), published: '2026-04-02' }
  // Whole copies only (the corpus alternates whole copies and excerpts), each text once.
  const edited = new Set(buildMutationCorpus([long], { perType: size }).filter((mutation) => mutation.shape === 'copy').map((mutation) => mutation.derived))
  edited.delete(long.text)
  const copies = [...edited].slice(0, size - 1)
  if (copies.length < size - 1) throw new Error(`only ${copies.length} distinct near-copies of the long article; ${size - 1} needed`)
  return [
    { id: 'wire-original', text: long.text, outlet: 'Wire Service', published: long.published },
    ...copies.map((text, index) => ({ id: `near-copy-${index + 1}`, text, outlet: `Paper ${index + 1}`, published: long.published })),
  ]
}

async function timeLibrary(analyze: Analyze, inputs: readonly ArticleInput[], runs: number) {
  await analyze(inputs) // warm-up: module caches, JIT
  const times: number[] = []
  const cpuTimes: number[] = []
  let result: AnalysisResult | undefined
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    result = await analyze(inputs)
    const cpu = process.cpuUsage(cpuStarted)
    times.push(performance.now() - started)
    cpuTimes.push((cpu.user + cpu.system) / 1000)
  }
  return { milliseconds: median(times), cpuMilliseconds: median(cpuTimes), runs, stories: result?.stories.length ?? 0, findings: result?.findings.length ?? 0 }
}

const GNU_TIME = '/usr/bin/time'
// The start-up target is for one core: CLI runs are pinned to the first one where taskset exists.
const TASKSET = '/usr/bin/taskset'
// Each CLI run takes a fraction of a second; more of them steady the median on a shared machine.
const CLI_RUNS = 15

interface CommandTiming {
  readonly milliseconds: number
  /** User + system CPU of the child, when GNU time is installed: less disturbed by a busy machine. */
  readonly cpuMilliseconds?: number
  readonly maxRssBytes?: number
  readonly ok: boolean
  readonly message: string
}

interface CommandSpec {
  readonly args: readonly string[]
  /** What node runs: the CLI's bin, or `-e` for Node alone. */
  readonly script?: readonly string[]
  readonly env?: NodeJS.ProcessEnv
}

/**
 * Median wall time of each command (`node bin/corroborate.js …` or `node -e …`) over `runs` runs
 * after one warm-up round (which also writes the CLI's code cache if the build left none), on one
 * core where taskset exists. The commands take turns, run after run: on a shared machine whose
 * speed drifts over minutes, each is measured under the same conditions as the others.
 */
function timeCommands(specs: readonly CommandSpec[], runs: number): CommandTiming[] {
  const withTime = existsSync(GNU_TIME)
  const pin = existsSync(TASKSET) ? [TASKSET, '-c', '0'] : []
  const state = specs.map(() => ({ times: [] as number[], cpuTimes: [] as number[], maxRss: 0, ok: true, message: '' }))
  for (let run = 0; run < runs + 1; run += 1) {
    specs.forEach((spec, index) => {
      const measured = state[index] as (typeof state)[number]
      const command = [...pin, ...(withTime ? [GNU_TIME, '-f', 'corroborate-bench %U %S %M'] : []), process.execPath]
      const started = performance.now()
      const child = spawnSync(command[0] ?? process.execPath, [...command.slice(1), ...(spec.script ?? ['bin/corroborate.js']), ...spec.args], {
        cwd: repoRoot,
        env: spec.env ?? process.env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      })
      const elapsed = performance.now() - started
      const usage = /corroborate-bench ([\d.]+) ([\d.]+) (\d+)/.exec(child.stderr ?? '')
      if (run > 0) {
        // The first round warms the file system cache.
        measured.times.push(elapsed)
        if (usage !== null) measured.cpuTimes.push((Number(usage[1]) + Number(usage[2])) * 1000)
      }
      if (usage !== null) measured.maxRss = Math.max(measured.maxRss, Number(usage[3]) * 1024)
      if (child.status !== 0 && child.status !== 1) {
        measured.ok = false
        measured.message = (child.stderr || child.error?.message || `exit ${child.status}`).trim().split('\n')[0] ?? ''
      }
    })
  }
  return state.map((measured) => ({
    milliseconds: median(measured.times),
    ...(measured.cpuTimes.length === 0 ? {} : { cpuMilliseconds: median(measured.cpuTimes), maxRssBytes: measured.maxRss }),
    ok: measured.ok,
    message: measured.message,
  }))
}

function describeCommand(timing: CommandTiming): string {
  if (!timing.ok) return `failed: ${timing.message}`
  const cpu = timing.cpuMilliseconds === undefined ? '' : ` (CPU ${timing.cpuMilliseconds.toFixed(0)} ms)`
  return `${timing.milliseconds.toFixed(0)} ms${cpu}`
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' }, runs: { type: 'string' } } })
  const runs = values.runs === undefined ? 5 : Math.max(1, Number(values.runs))
  // The built package, as users run it (npm run bench builds first).
  const library = (await import(path.join(repoRoot, 'dist', 'index.js'))) as { analyze: Analyze }
  const clean = (await import(path.join(repoRoot, 'dist', 'clean', 'index.js'))) as { prepareArticle: Prepare }
  const base = exampleInputs()
  // Timings on a busy machine say little: say so next to the figures.
  const loadBefore = os.loadavg()[0] ?? 0
  const cores = os.availableParallelism()

  const libraryRows: { story: string; articles: number; milliseconds: number; cpuMilliseconds: number; articlesPerSecond: number; stories: number; findings: number; runs: number }[] = []
  let peakRss = process.memoryUsage().rss
  const stories = [
    ...SIZES.map((size) => ({ name: `${size} articles`, inputs: buildStory(size, base, clean.prepareArticle) })),
    { name: `${NEAR_COPIES} near-copies of one long article`, inputs: buildNearCopies(NEAR_COPIES, base, clean.prepareArticle) },
  ]
  for (const { name, inputs } of stories) {
    const timing = await timeLibrary(library.analyze, inputs, inputs.length >= 100 ? Math.max(1, Math.ceil(runs / 2)) : runs)
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    libraryRows.push({ story: name, articles: inputs.length, ...timing, articlesPerSecond: (inputs.length / timing.milliseconds) * 1000 })
  }
  const maxRssBytes = Math.max(peakRss, process.resourceUsage().maxRSS * 1024)

  // The README's quick start (terminal report), and the JSON report; new processes each time, so
  // Node's start-up, reading and compiling the CLI bundle (V8 code cache) are counted.
  // NODE_EXTRA_CA_CERTS makes every Node process parse a certificate bundle as it starts (where a
  // sandbox sets it): the same runs without it show what is the tool's own.
  const { NODE_EXTRA_CA_CERTS: extraCertificates, ...withoutExtraCertificates } = process.env
  const certificates = extraCertificates !== undefined
  const [cliTerminal, cli, startup, bareNode, cliWithoutCertificates, bareNodeWithoutCertificates] = timeCommands(
    [
      { args: ['analyze', EXAMPLE] },
      { args: ['analyze', EXAMPLE, '--format', 'json'] },
      { args: ['--version'] },
      // What Node alone costs to start on this machine: the floor under every CLI figure.
      { args: ['0'], script: ['-e'] },
      ...(certificates ? [{ args: ['analyze', EXAMPLE], env: withoutExtraCertificates }, { args: ['0'], script: ['-e'], env: withoutExtraCertificates }] : []),
    ],
    Math.max(runs, CLI_RUNS),
  ) as [CommandTiming, CommandTiming, CommandTiming, CommandTiming, CommandTiming | undefined, CommandTiming | undefined]
  const core = existsSync(TASKSET) ? ', one core' : ''
  const withoutCertificates =
    cliWithoutCertificates === undefined || bareNodeWithoutCertificates === undefined
      ? []
      : [
          [`CLI: analyze ${EXAMPLE}, NODE_EXTRA_CA_CERTS unset (it is set here)${core}`, describeCommand(cliWithoutCertificates), ''],
          [`node -e 0, NODE_EXTRA_CA_CERTS unset${core}`, describeCommand(bareNodeWithoutCertificates), ''],
        ]

  const at = (articles: number) => libraryRows.find((row) => row.story === `${articles} articles`)
  const twenty = at(20)
  const hundred = at(100)
  const growth = twenty === undefined || hundred === undefined ? Number.NaN : hundred.milliseconds / twenty.milliseconds
  const perArticleGrowth = growth / 5
  // CPU time is less disturbed by other processes than wall time on a shared machine.
  const cpuGrowth = twenty === undefined || hundred === undefined ? Number.NaN : hundred.cpuMilliseconds / twenty.cpuMilliseconds

  const loadAfter = os.loadavg()[0] ?? 0
  console.log(`Node ${process.version}, ${cores} core(s), load average ${loadBefore.toFixed(1)} before / ${loadAfter.toFixed(1)} after`)
  if (Math.max(loadBefore, loadAfter) > cores) console.log('WARNING: the machine was busy while measuring; figures are slower than on an idle machine.')
  console.log(`\nLibrary (dist/), median of ${runs} runs after a warm-up (100 articles: ${Math.max(1, Math.ceil(runs / 2))} runs)\n`)
  console.log(
    markdownTable(
      [
        ['story', 'ms per story', 'CPU ms', 'articles/s', 'stories found', 'findings', 'target'],
        ...libraryRows.map((row) => [
          row.story,
          row.milliseconds.toFixed(1),
          row.cpuMilliseconds.toFixed(1),
          row.articlesPerSecond.toFixed(0),
          String(row.stories),
          String(row.findings),
          row.articles === 100 ? `< ${TARGET_100_MS} ms ${verdict(row.milliseconds < TARGET_100_MS)}` : '',
        ]),
      ],
      { align: ['l', 'r', 'r', 'r', 'r', 'r', 'l'] },
    ),
  )
  console.log('\nEnd to end and process\n')
  console.log(
    markdownTable(
      [
        ['measure', 'value', 'target'],
        [`CLI: analyze ${EXAMPLE} (5 articles, terminal report, start-up included${core})`, describeCommand(cliTerminal), `< ${TARGET_CLI_MS} ms ${cliTerminal.ok ? verdict(cliTerminal.milliseconds < TARGET_CLI_MS) : ''}`],
        [`CLI: analyze ${EXAMPLE} --format json (5 articles, start-up included${core})`, describeCommand(cli), `< ${TARGET_CLI_MS} ms ${cli.ok ? verdict(cli.milliseconds < TARGET_CLI_MS) : ''}`],
        [`CLI: --version (bare start-up${core})`, describeCommand(startup), ''],
        [`node -e 0 (Node alone${core})`, describeCommand(bareNode), ''],
        ...withoutCertificates,
        ['peak memory of this process, every story above (max RSS)', `${(maxRssBytes / 1024 / 1024).toFixed(0)} MB`, ''],
        ['peak memory of the CLI on the example (max RSS)', cli.maxRssBytes === undefined ? 'n/a (no /usr/bin/time)' : `${(cli.maxRssBytes / 1024 / 1024).toFixed(0)} MB`, ''],
        ['growth: time(100) / time(20)', growth.toFixed(2), '≈ 5 when linear'],
        ['per-article cost, 100 vs 20 articles', `${perArticleGrowth.toFixed(2)}×`, `≈ 1× ${verdict(perArticleGrowth < 1.5)}`],
        ['growth in CPU time: cpu(100) / cpu(20)', cpuGrowth.toFixed(2), `≈ 5 when linear ${verdict(cpuGrowth / 5 < 1.5)}`],
      ],
      { align: ['l', 'r', 'l'] },
    ),
  )
  if (values.json !== undefined) {
    const figures = { generated: new Date().toISOString(), node: process.version, cores, loadAverage: [loadBefore, loadAfter], runs, library: libraryRows, cliTerminal, cli, startup, bareNode, maxRssBytes, growth, perArticleGrowth, cpuGrowth }
    writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`)
    console.log(`\nFigures written to ${values.json}`)
  }
}

function verdict(met: boolean): string {
  return met ? '(met)' : '(NOT met)'
}

// Run only as a script, so buildStory can be imported (for profiling) without measuring.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
