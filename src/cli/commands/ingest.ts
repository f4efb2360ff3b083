import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import path from 'node:path'
import { prepareArticle } from '../../clean/index.js'
import { CorroborateError } from '../../errors/corroborate-error.js'
import { UsageError } from '../../errors/usage-error.js'
import { fetchUrl, looksLikeFeed } from '../../ingest/fetch-url.js'
import { articleFromRecord, isRecord } from '../../ingest/article-record.js'
import { parseDocument, parseFeed, readPaths } from '../../ingest/index.js'
import { problem } from '../../ingest/parsed-inputs.js'
import type { Article, ArticleInput } from '../../model/article.js'
import type { Diagnostic } from '../../model/result.js'
import { DEFAULT_DATABASE_FILE } from '../../store/default-path.js'
import { DescribePool } from '../../store/describe-pool.js'
import { FullTextIndexer } from '../../store/fulltext-indexer.js'
import { openStore } from '../../store/sqlite-store.js'
import type { LinesReply } from '../../store/describe-lines.js'
import type { ArticleDescription } from '../../store/store.js'
import { unpackDescriptions } from '../../store/describe-batch.js'
import type { Command } from '../command.js'
import { printDiagnostics } from '../diagnostics.js'
import { exitCodes } from '../exit-codes.js'
import { createProgress } from '../progress.js'

const URL_PATTERN = /^https?:\/\/\S+$/i
/** Below this much JSONL, starting worker threads costs more than they save. */
const POOL_MIN_BYTES = 1024 * 1024
/** Runs of JSONL lines handed to workers ahead of the one being written: enough to keep them busy. */
const RUNS_AHEAD = 2

interface PreparedBatch {
  readonly articles: Article[]
  readonly described: Promise<ArticleDescription[]> | undefined
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Store articles from files, folders, JSONL corpora, RSS/Atom feeds and URLs, grouped into stories',
  usage: 'ingest <file|folder|corpus.jsonl|feed|url|urls.txt>... [options]',
  flags: [
    { name: 'db', type: 'string', default: DEFAULT_DATABASE_FILE, placeholder: 'file', description: 'The corpus database (created when missing)' },
    { name: 'fetch-links', type: 'boolean', description: 'Also fetch the page each feed item links to (feeds often carry only a summary)' },
    { name: 'batch', type: 'number', default: 500, placeholder: 'n', description: 'Articles committed per transaction' },
    { name: 'timeout', type: 'number', default: 15, placeholder: 'seconds', description: 'Time limit per URL' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('ingest needs at least one file, folder, feed or URL')
    const batchSize = Math.max(1, Math.floor(args.flags['batch'] as number))
    const timeoutMs = (args.flags['timeout'] as number) * 1000
    const { urls, corpora, paths } = await splitSources(args.positionals, io.cwd)
    const read = await readPaths(paths, { cwd: io.cwd })
    const diagnostics: Diagnostic[] = [...read.diagnostics]
    const inputs: ArticleInput[] = read.inputs.map((input) => (input.path === undefined ? input : { ...input, path: path.resolve(io.cwd, input.path) }))
    for (const url of urls) {
      const fetched = await inputsFromUrl(url, { timeoutMs, fetchLinks: args.flags['fetch-links'] === true })
      inputs.push(...fetched.inputs)
      diagnostics.push(...fetched.diagnostics)
    }
    printDiagnostics(diagnostics, io)
    if (inputs.length === 0 && corpora.length === 0) {
      io.stderr.write('corroborate ingest: no article could be read; nothing stored\n')
      return exitCodes.usage
    }

    const databaseFile = path.resolve(io.cwd, args.flags['db'] as string)
    const corpusBytes = await totalSize(corpora)
    // With worker threads, the full-text indexer's connection checkpoints the log: it is the less busy thread.
    const store = await openStore(databaseFile, { checkpoint: corpusBytes < POOL_MIN_BYTES })
    const progress = createProgress(io, 'Ingesting')
    const totals = { read: 0, inserted: 0, duplicates: 0, revised: 0, newStories: 0, skipped: 0, counts: { articles: 0, currentArticles: 0, stories: 0 } }
    let corpusBytesDone = 0
    // Large corpora: worker threads hash and sketch batch n+1 while this thread writes batch n.
    const pool = corpusBytes >= POOL_MIN_BYTES ? DescribePool.create() : undefined
    // And another indexes for full-text search what this thread committed while it clusters the next batch.
    const indexer = pool === undefined ? undefined : new FullTextIndexer(databaseFile)
    const writeOptions = indexer === undefined ? {} : { deferFullText: true, beforeWrite: () => indexer.idle() }
    const prepare = (batch: readonly ArticleInput[]): PreparedBatch => {
      const articles: Article[] = []
      for (const input of batch) {
        totals.read++
        try {
          articles.push(prepareArticle(input, input.id ?? `article-${totals.read}`))
        } catch (error) {
          if (!(error instanceof CorroborateError)) throw error
          totals.skipped++
          printDiagnostics([{ severity: 'error', code: error.code, message: error.message, source: error.source ?? input.path ?? input.url ?? '' }], io)
        }
      }
      const described = pool?.describe(articles)
      // Awaited later, after the previous batch is written; a failure then still throws there.
      described?.catch(() => undefined)
      return { articles, described }
    }
    const write = async (batch: PreparedBatch): Promise<void> => {
      const result = await store.addArticles(batch.articles, await batch.described, writeOptions)
      indexer?.index()
      totals.inserted += result.inserted
      totals.duplicates += result.duplicates
      totals.revised += result.revised
      totals.newStories += result.newStories
    }
    try {
      for (let start = 0; start < inputs.length; start += batchSize) {
        await write(prepare(inputs.slice(start, start + batchSize)))
        progress.update(Math.min(inputs.length, start + batchSize), inputs.length + corpora.length)
      }
      // Large JSONL corpora: runs of raw lines go to the workers, which parse, clean and describe
      // them; this thread only clusters and writes. Memory stays bounded by the runs in flight.
      if (pool !== undefined) {
        const writeLines = async (reply: LinesReply): Promise<void> => {
          printDiagnostics(reply.diagnostics, io)
          diagnostics.push(...reply.diagnostics)
          totals.read += reply.read
          totals.skipped += reply.skipped
          await write({ articles: reply.articles, described: Promise.resolve(unpackDescriptions(reply.described)) })
        }
        for (const corpus of corpora) {
          const inFlight: Promise<LinesReply>[] = []
          let empty = true
          for await (const run of lineRuns(corpus.absolute, batchSize)) {
            empty = false
            inFlight.push(pool.describeLines({ bytes: run.bytes, firstLine: run.firstLine, shown: corpus.shown, absolute: corpus.absolute }))
            // A failed run rejects when its turn comes, not before.
            inFlight.at(-1)!.catch(() => undefined)
            if (inFlight.length > RUNS_AHEAD) await writeLines(await inFlight.shift()!)
            corpusBytesDone = Math.max(corpusBytesDone, corpus.offset + run.bytesRead)
            if (corpusBytes > 0) progress.update(Math.round((corpusBytesDone / corpusBytes) * 1000), 1000)
          }
          for (const run of inFlight.splice(0)) await writeLines(await run)
          if (empty) {
            const diagnostic = problem('empty', corpus.shown, 'the file is empty')
            printDiagnostics([diagnostic], io)
            diagnostics.push(diagnostic)
          }
        }
      }
      // Smaller JSONL corpora are streamed here: memory stays bounded by two batches, whatever the file size.
      let pending: PreparedBatch | undefined
      for (const corpus of pool === undefined ? corpora : []) {
        for await (const chunk of readJsonLines(corpus.absolute, corpus.shown, batchSize)) {
          printDiagnostics(chunk.diagnostics, io)
          diagnostics.push(...chunk.diagnostics)
          const prepared = prepare(chunk.inputs)
          if (pending !== undefined) await write(pending)
          pending = prepared
          corpusBytesDone = Math.max(corpusBytesDone, corpus.offset + chunk.bytesRead)
          if (corpusBytes > 0) progress.update(Math.round((corpusBytesDone / corpusBytes) * 1000), 1000)
        }
      }
      if (pending !== undefined) await write(pending)
      await indexer?.idle()
      totals.counts = await store.counts()
    } finally {
      progress.stop()
      await pool?.close()
      await indexer?.close()
      await store.close()
    }
    const counts = totals.counts
    io.stdout.write(
      `Stored ${totals.inserted} new article${totals.inserted === 1 ? '' : 's'} and ${totals.revised} revision${totals.revised === 1 ? '' : 's'}; ` +
        `${totals.duplicates} already stored; ${totals.newStories} new stor${totals.newStories === 1 ? 'y' : 'ies'}.\n` +
        `${path.relative(io.cwd, databaseFile) || databaseFile} now holds ${counts.currentArticles} articles in ${counts.stories} stories.\n`,
    )
    const failed = totals.skipped > 0 || diagnostics.some((diagnostic) => diagnostic.severity === 'error')
    return failed ? exitCodes.partial : exitCodes.ok
  },
}

interface Corpus {
  readonly absolute: string
  readonly shown: string
  /** Bytes of the corpora before this one, for the progress bar. */
  offset: number
}

async function totalSize(corpora: Corpus[]): Promise<number> {
  let total = 0
  for (const corpus of corpora) {
    corpus.offset = total
    total += (await stat(corpus.absolute)).size
  }
  return total
}

/**
 * A JSONL file as runs of `linesPerRun` whole lines, in bytes (no decoding or parsing here: that
 * is the workers' part), each in a buffer of its own that can be transferred to a worker.
 */
async function* lineRuns(absolute: string, linesPerRun: number): AsyncGenerator<{ bytes: Uint8Array; firstLine: number; bytesRead: number }> {
  const stream = createReadStream(absolute, { highWaterMark: 1024 * 1024 })
  let pieces: Buffer[] = []
  let lines = 0
  let firstLine = 1
  const take = (): Uint8Array => {
    const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
    let offset = 0
    for (const piece of pieces) {
      bytes.set(piece, offset)
      offset += piece.length
    }
    pieces = []
    return bytes
  }
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, end + 1)) {
      if (++lines < linesPerRun) continue
      pieces.push(chunk.subarray(start, end + 1))
      start = end + 1
      yield { bytes: take(), firstLine, bytesRead: stream.bytesRead }
      firstLine += lines
      lines = 0
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start))
  }
  if (pieces.length > 0) yield { bytes: take(), firstLine, bytesRead: stream.bytesRead }
}

/** Articles of a JSONL file, `batchSize` lines at a time; a broken line is a diagnostic with its number. */
async function* readJsonLines(
  absolute: string,
  shown: string,
  batchSize: number,
): AsyncGenerator<{ inputs: ArticleInput[]; diagnostics: Diagnostic[]; bytesRead: number }> {
  const stream = createReadStream(absolute, { encoding: 'utf8' })
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let inputs: ArticleInput[] = []
  let diagnostics: Diagnostic[] = []
  let lineNumber = 0
  for await (const raw of lines) {
    lineNumber++
    const line = raw.trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      diagnostics.push(problem('malformed-json', shown, 'malformed JSON', lineNumber))
      continue
    }
    const input = isRecord(value) ? articleFromRecord(value, { id: `${path.basename(shown)}:${lineNumber}`, path: absolute }) : undefined
    if (input === undefined) diagnostics.push(problem('missing-text', shown, 'expected a JSON object with a "text" or "html" field', lineNumber))
    else inputs.push(input)
    if (inputs.length >= batchSize) {
      yield { inputs, diagnostics, bytesRead: stream.bytesRead }
      inputs = []
      diagnostics = []
    }
  }
  if (lineNumber === 0) diagnostics.push(problem('empty', shown, 'the file is empty'))
  yield { inputs, diagnostics, bytesRead: stream.bytesRead }
}

/** URLs given on the command line or listed one a line in a text file ("feeds.txt"), and everything else as paths. */
async function splitSources(sources: readonly string[], cwd: string): Promise<{ urls: string[]; corpora: Corpus[]; paths: string[] }> {
  const urls: string[] = []
  const corpora: Corpus[] = []
  const paths: string[] = []
  for (const source of sources) {
    if (URL_PATTERN.test(source)) {
      urls.push(source)
      continue
    }
    const absolute = path.resolve(cwd, source)
    if (/\.jsonl$/i.test(source) && (await stat(absolute).catch(() => undefined))?.isFile() === true) {
      corpora.push({ absolute, shown: source, offset: 0 })
      continue
    }
    const listed = await urlList(absolute)
    if (listed === undefined) paths.push(source)
    else urls.push(...listed)
  }
  return { urls, corpora, paths }
}

/** The URLs of a small .txt/.list file whose every line (comments aside) is a URL; undefined for an article. */
async function urlList(file: string): Promise<string[] | undefined> {
  if (!/\.(txt|list|urls)$/i.test(file)) return undefined
  const info = await stat(file).catch(() => undefined)
  if (info === undefined || !info.isFile() || info.size > 1024 * 1024) return undefined
  const lines = (await readFile(file, 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  return lines.length > 0 && lines.every((line) => URL_PATTERN.test(line)) ? lines : undefined
}

async function inputsFromUrl(url: string, options: { timeoutMs: number; fetchLinks: boolean }): Promise<{ inputs: ArticleInput[]; diagnostics: Diagnostic[] }> {
  try {
    const page = await fetchUrl(url, { timeoutMs: options.timeoutMs })
    if (looksLikeFeed(page.contentType, page.bytes)) {
      const feed = parseFeed(new TextDecoder().decode(page.bytes), url)
      if (!options.fetchLinks) return feed
      const inputs: ArticleInput[] = []
      const diagnostics = [...feed.diagnostics]
      for (const item of feed.inputs) {
        if (item.url === undefined) {
          inputs.push(item)
          continue
        }
        const linked = await inputsFromUrl(item.url, { ...options, fetchLinks: false })
        diagnostics.push(...linked.diagnostics)
        // The feed's title, date and outlet are more reliable than what the page's meta tags say.
        inputs.push(...linked.inputs.map((input) => ({ ...input, ...withoutBody(item) })))
      }
      return { inputs, diagnostics }
    }
    const parsed = parseDocument(page.url, page.bytes)
    return {
      inputs: parsed.inputs.map(({ path: _path, ...input }) => ({ ...input, url: page.url })),
      diagnostics: parsed.diagnostics,
    }
  } catch (error) {
    if (!(error instanceof CorroborateError)) throw error
    return { inputs: [], diagnostics: [{ severity: 'error', code: error.code, message: error.message, source: url }] }
  }
}

function withoutBody(input: ArticleInput): ArticleInput {
  const { text: _text, html: _html, markdown: _markdown, ...metadata } = input
  return metadata
}
