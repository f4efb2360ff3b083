import path from 'node:path'
import { prepareArticle } from '../clean/index.js'
import { CorroborateError } from '../errors/corroborate-error.js'
import { articleFromRecord, isRecord } from '../ingest/article-record.js'
import { problem } from '../ingest/parsed-inputs.js'
import type { Article } from '../model/article.js'
import type { Diagnostic } from '../model/result.js'
import { describeBatch, type DescribeReply } from './describe-batch.js'

/** A run of whole lines of a JSONL corpus, as bytes, for a worker to parse, clean and describe. */
export interface LinesRequest {
  readonly kind: 'lines'
  readonly id: number
  /** UTF-8 bytes of whole lines (the last one may lack its newline at the end of the file). */
  readonly bytes: Uint8Array
  /** Number of the first line in the file, from 1. */
  readonly firstLine: number
  /** The file as the user named it (diagnostics, default ids) and as an absolute path (article paths). */
  readonly shown: string
  readonly absolute: string
}

export interface LinesReply {
  readonly id: number
  /** The cleaned articles, in line order. */
  readonly articles: Article[]
  /** Their descriptions, packed as for `describeBatch`. */
  readonly described: DescribeReply
  /** Malformed lines and articles that cleaning rejected, in line order. */
  readonly diagnostics: Diagnostic[]
  /** Records read (cleaned or rejected by cleaning); lines that are not records are not counted. */
  readonly read: number
  /** Records rejected by cleaning. */
  readonly skipped: number
}

const decoder = new TextDecoder()

/**
 * Pure: what the ingest command does to each line of a JSONL corpus before storing it (parse the
 * record, clean the article, hash and describe it), for a run of lines. Runs on a worker thread
 * so that the thread writing to SQLite does nothing else per article but cluster and write it.
 */
export function describeLines(request: LinesRequest): LinesReply {
  const lines = decoder.decode(request.bytes).split('\n')
  const articles: Article[] = []
  const diagnostics: Diagnostic[] = []
  let read = 0
  let skipped = 0
  lines.forEach((raw, index) => {
    const lineNumber = request.firstLine + index
    const line = raw.trim()
    if (line === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      diagnostics.push(problem('malformed-json', request.shown, 'malformed JSON', lineNumber))
      return
    }
    const input = isRecord(value) ? articleFromRecord(value, { id: `${path.basename(request.shown)}:${lineNumber}`, path: request.absolute }) : undefined
    if (input === undefined) {
      diagnostics.push(problem('missing-text', request.shown, 'expected a JSON object with a "text" or "html" field', lineNumber))
      return
    }
    read++
    try {
      // JSONL records always carry an id (the line's when the record has none).
      articles.push(prepareArticle(input, input.id ?? `${path.basename(request.shown)}:${lineNumber}`))
    } catch (error) {
      if (!(error instanceof CorroborateError)) throw error
      skipped++
      diagnostics.push({ severity: 'error', code: error.code, message: error.message, source: error.source ?? input.path ?? input.url ?? '' })
    }
  })
  return { id: request.id, articles, described: describeBatch({ id: request.id, articles }), diagnostics, read, skipped }
}
