/**
 * `npm run bench:corpus`: ingest and cluster a corpus of ~400-word articles built from real
 * Reuters-21578 newswire text (see scripts/make-corpus.ts for how the text is obtained: once,
 * through apt; nothing is downloaded at run time otherwise).
 *
 *   npx tsx bench/corpus.ts [--articles 100000] [--skip-ingest]
 *
 * Reports: articles/s of the sketch + LSH stage alone (one core, and sketching on two worker
 * threads), recall and precision of the planted near-duplicates with Jaccard >= 0.5, articles/s of
 * the whole `corroborate ingest` (parse, clean, dedup, cluster, SQLite + FTS5), its peak memory
 * and the database size.
 */
import { spawn } from 'node:child_process'
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { Worker, isMainThread, parentPort } from 'node:worker_threads'
import { LshIndex } from '../src/cluster/lsh.js'
import { forEachShingle, sketch, SIGNATURE_SIZE, type Sketch } from '../src/cluster/minhash.js'
import { isNearDuplicate } from '../src/cluster/near-duplicates.js'
import { corpusDataFolder, corpusFiles, makeCorpus } from '../scripts/make-corpus.js'

const thisFile = fileURLToPath(import.meta.url)
const repoRoot = fileURLToPath(new URL('../', import.meta.url))
const tsxLoader = path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs')
const tsxApi = path.join(repoRoot, 'node_modules/tsx/dist/esm/api/index.mjs')

async function readCorpus(file: string): Promise<{ ids: string[]; texts: string[] }> {
  const ids: string[] = []
  const texts: string[] = []
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line.trim() === '') continue
    const record = JSON.parse(line) as { id: string; text: string }
    ids.push(record.id)
    texts.push(record.text)
  }
  return { ids, texts }
}

/** The sketch + LSH stage alone: sketch each article, query the index, verify candidates, add it. */
function sketchAndLsh(texts: readonly string[]): { pairs: [number, number][]; candidates: number } {
  const lsh = new LshIndex()
  const kept: Sketch[] = []
  const pairs: [number, number][] = []
  let candidates = 0
  for (let index = 0; index < texts.length; index++) {
    const current = sketch(texts[index]!)
    for (const candidate of lsh.queryAndAdd(current.signature)) {
      candidates++
      if (isNearDuplicate(current, kept[candidate]!)) pairs.push([candidate, index])
    }
    kept.push(current)
  }
  return { pairs, candidates }
}

/**
 * Sketching on worker threads (the second core) while this thread queries and fills the LSH index:
 * the texts go to the workers in chunks, alternately, and the signatures come back in shared
 * blocks, in order. The workers are started and warmed up before the clock starts, as in a
 * long-running ingest.
 */
class SketchWorkers {
  private readonly workers: Worker[]
  private constructor(workers: Worker[]) {
    this.workers = workers
  }

  static async start(count: number, warmUp: readonly string[]): Promise<SketchWorkers> {
    // Workers do not inherit tsx's loader: register it, then load this file as the worker body.
    const body = `import(${JSON.stringify(pathToFileURL(tsxApi).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(thisFile).href)}) })`
    const pool = new SketchWorkers(Array.from({ length: count }, () => new Worker(body, { eval: true })))
    await Promise.all(pool.workers.map((worker) => pool.sketch(worker, warmUp)))
    return pool
  }

  private sketch(worker: Worker, texts: readonly string[]): Promise<{ signatures: Uint32Array; counts: Uint32Array }> {
    return new Promise((resolve, reject) => {
      const done = (reply: { signatures: Uint32Array; counts: Uint32Array }) => {
        worker.off('error', reject)
        resolve(reply)
      }
      worker.once('message', done)
      worker.once('error', reject)
      worker.postMessage(texts)
    })
  }

  /** Sketch + LSH + verify of the texts, sketches computed by the workers `chunk` texts at a time. */
  async run(texts: readonly string[], chunk = 2000): Promise<{ pairs: [number, number][]; candidates: number }> {
    const lsh = new LshIndex()
    const kept: Sketch[] = []
    const pairs: [number, number][] = []
    let candidates = 0
    // Each worker handles every other chunk; its replies come in the order it got the chunks.
    const queues = this.workers.map(() => [] as Promise<{ signatures: Uint32Array; counts: Uint32Array }>[])
    const chunks = Math.ceil(texts.length / chunk)
    const send = (index: number) => {
      const worker = index % this.workers.length
      const previous = queues[worker]!.at(-1) ?? Promise.resolve(undefined)
      // One message in flight per worker at a time, so 'once' listeners pair with their replies.
      queues[worker]!.push(previous.then(() => this.sketch(this.workers[worker]!, texts.slice(index * chunk, (index + 1) * chunk))))
    }
    for (let index = 0; index < Math.min(chunks, 2 * this.workers.length); index++) send(index)
    for (let index = 0; index < chunks; index++) {
      const { signatures, counts } = await queues[index % this.workers.length]!.shift()!
      if (index + 2 * this.workers.length < chunks) send(index + 2 * this.workers.length)
      for (let offset = 0; offset < counts.length; offset++) {
        const current = { signature: signatures.subarray(offset * SIGNATURE_SIZE, (offset + 1) * SIGNATURE_SIZE), shingleCount: counts[offset]! }
        const document = kept.length
        for (const candidate of lsh.queryAndAdd(current.signature)) {
          candidates++
          if (isNearDuplicate(current, kept[candidate]!)) pairs.push([candidate, document])
        }
        kept.push(current)
      }
    }
    return { pairs, candidates }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

function shingleSet(text: string): Set<number> {
  const set = new Set<number>()
  forEachShingle(text, 3, (hash) => set.add(hash))
  return set
}

function exactSimilarity(a: string, b: string): { jaccard: number; containment: number } {
  const setA = shingleSet(a)
  const setB = shingleSet(b)
  let shared = 0
  for (const hash of setA) if (setB.has(hash)) shared++
  return { jaccard: shared / (setA.size + setB.size - shared), containment: shared / Math.max(1, Math.min(setA.size, setB.size)) }
}

interface IngestFigures {
  readonly seconds: number
  readonly cpuSeconds: number
  readonly maxRssMb: number
  /** Resident memory sampled every 2 s, in MB, to see how it grows. */
  readonly rssSamples: number[]
  readonly summary: string
}

async function runIngestChild(corpus: string, database: string): Promise<IngestFigures> {
  const child = spawn(process.execPath, ['--import', tsxLoader, thisFile, '--ingest-child', corpus, database], { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`ingest child failed (${code}): ${output}`)
  const last = output.trim().split('\n').at(-1)!
  return JSON.parse(last) as IngestFigures
}

/** In the child: the real ingest command on the corpus, timed from the first read to the last commit. */
async function ingestChild(corpus: string, database: string): Promise<void> {
  const { ingestCommand } = await import('../src/cli/commands/ingest.js')
  const { parseCommandArgs } = await import('../src/cli/parse-args.js')
  let summary = ''
  const io = { stdout: { write: (chunk: string) => (summary += chunk) }, stderr: process.stderr, cwd: process.cwd(), env: process.env }
  const rssSamples: number[] = []
  const sampler = setInterval(() => rssSamples.push(Math.round(process.memoryUsage().rss / 1024 / 1024)), 2000)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const code = await ingestCommand.run(parseCommandArgs([corpus, '--db', database, '--batch', '1000'], ingestCommand.flags), io)
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  clearInterval(sampler)
  if (code !== 0) process.exitCode = code
  const figures: IngestFigures = { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, rssSamples, summary: summary.trim() }
  process.stdout.write(JSON.stringify(figures) + '\n')
}

function format(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, 'skip-ingest': { type: 'boolean', default: false } } })
  const articles = Number(values.articles)
  const files = corpusFiles(articles)
  if (!existsSync(files.corpus) || !existsSync(files.truth)) {
    const made = await makeCorpus({ articles, plantedShare: 0.1, seed: 1, wordsPerArticle: 400 }, (line) => console.log(line))
    if (made === undefined) {
      console.log('bench:corpus skipped: the Reuters-21578 text (Debian package weka) is not on this machine and apt-get could not fetch it.')
      return
    }
  }
  const { ids, texts } = await readCorpus(files.corpus)
  const words = texts.reduce((sum, text) => sum + text.split(' ').length, 0) / texts.length
  console.log(`corpus: ${format(texts.length)} articles, ${format(words)} words on average (${path.relative(repoRoot, files.corpus)}); ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`)

  // Stage alone, one core. A first short pass warms the JIT so the figure is the steady state.
  sketchAndLsh(texts.slice(0, 2000))
  let started = performance.now()
  const cpuBefore = process.cpuUsage()
  const single = sketchAndLsh(texts)
  const singleSeconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  console.log(
    `sketch + LSH + verify, one core: ${format(texts.length / singleSeconds)} articles/s wall (${singleSeconds.toFixed(2)} s), ` +
      `${format(texts.length / cpuSeconds)} articles per CPU-second; ${format(single.candidates)} candidates, ${format(single.pairs.length)} pairs`,
  )

  const workers = await SketchWorkers.start(2, texts.slice(0, 2000))
  started = performance.now()
  const parallel = await workers.run(texts)
  const parallelSeconds = (performance.now() - started) / 1000
  await workers.close()
  if (parallel.pairs.length !== single.pairs.length) throw new Error(`the workers' sketches found ${parallel.pairs.length} pairs, one thread ${single.pairs.length}`)
  console.log(
    `sketch on 2 worker threads while this one does LSH + verify: ${format(texts.length / parallelSeconds)} articles/s wall (${parallelSeconds.toFixed(2)} s, ${format(parallel.pairs.length)} pairs)`,
  )

  // Quality against the planted rewrites; a reported pair that was not planted counts as right only
  // when the two texts really are near-duplicates (exact Jaccard >= 0.5 or containment >= 0.8).
  const indexOf = new Map(ids.map((id, index) => [id, index]))
  const planted = (JSON.parse(readFileSync(files.truth, 'utf8')) as [string, string][]).map(([a, b]) => [indexOf.get(a)!, indexOf.get(b)!] as const)
  const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`)
  const plantedKeys = new Set(planted.map(([a, b]) => key(a, b)))
  const found = new Set(single.pairs.map(([a, b]) => key(a, b)))
  const jaccards = planted.map(([a, b]) => exactSimilarity(texts[a]!, texts[b]!).jaccard)
  const positives = planted.filter((_, index) => jaccards[index]! >= 0.5)
  const recalled = positives.filter(([a, b]) => found.has(key(a, b))).length
  const recalledAll = planted.filter(([a, b]) => found.has(key(a, b))).length
  let correct = 0
  for (const [a, b] of single.pairs) {
    if (plantedKeys.has(key(a, b))) correct++
    else {
      const exact = exactSimilarity(texts[a]!, texts[b]!)
      if (exact.jaccard >= 0.5 || exact.containment >= 0.8) correct++
    }
  }
  const sortedJaccards = [...jaccards].sort((x, y) => x - y)
  console.log(
    `planted rewrites: ${format(planted.length)} (exact Jaccard of 3-word shingles from ${sortedJaccards[0]!.toFixed(2)} to ${sortedJaccards.at(-1)!.toFixed(2)}, median ${sortedJaccards[Math.floor(sortedJaccards.length / 2)]!.toFixed(2)}); ${format(positives.length)} with Jaccard >= 0.5`,
  )
  console.log(
    `near-duplicates: recall ${(recalled / positives.length).toFixed(4)} (Jaccard >= 0.5), ${(recalledAll / planted.length).toFixed(4)} (all planted); precision ${(correct / Math.max(1, single.pairs.length)).toFixed(4)} (${format(single.pairs.length)} pairs reported)`,
  )

  if (values['skip-ingest'] === true) return
  const database = path.join(corpusDataFolder, `bench-${articles}.db`)
  for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true })
  const ingest = await runIngestChild(files.corpus, database)
  const size = ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(database + suffix) ? statSync(database + suffix).size : 0), 0)
  console.log(
    `whole ingest (corroborate ingest: parse, clean, dedup, cluster, SQLite + FTS5): ${format(texts.length / ingest.seconds)} articles/s wall (${ingest.seconds.toFixed(1)} s), ` +
      `${format(texts.length / ingest.cpuSeconds)} articles per CPU-second`,
  )
  console.log(`  ${ingest.summary.replace(/\n/g, '\n  ')}`)
  const quarters = [0.25, 0.5, 0.75, 1].map((share) => ingest.rssSamples[Math.max(0, Math.ceil(share * ingest.rssSamples.length) - 1)] ?? 0)
  console.log(`  peak memory (RSS) ${format(ingest.maxRssMb)} MB (at 1/4, 1/2, 3/4 and the end of the run: ${quarters.join(', ')} MB); database ${format(size / 1024 / 1024)} MB`)
}

if (!isMainThread) {
  parentPort!.on('message', (texts: string[]) => {
    const signatures = new Uint32Array(texts.length * SIGNATURE_SIZE)
    const counts = new Uint32Array(texts.length)
    texts.forEach((text, index) => {
      const result = sketch(text)
      signatures.set(result.signature, index * SIGNATURE_SIZE)
      counts[index] = result.shingleCount
    })
    parentPort!.postMessage({ signatures, counts }, [signatures.buffer, counts.buffer])
  })
} else if (process.argv[2] === '--ingest-child') {
  await ingestChild(process.argv[3]!, process.argv[4]!)
} else {
  await main()
}
