import type { ArticleInput } from '../model/article.js'
import type { Diagnostic } from '../model/result.js'
import { articleFromRecord, isRecord } from './article-record.js'
import { decodeText } from './decode-text.js'
import { baseName, formatByExtension, nameWithoutExtension, sniffFormat, type InputFormat } from './formats.js'
import { parseFeed } from './parse-feed.js'
import { problem, type ParsedInputs } from './parsed-inputs.js'
import { withUniqueIds } from './unique-ids.js'

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

export interface ParseOptions {
  /** Files larger than this are skipped with a 'too-large' diagnostic. Default 20 MB. */
  readonly maxBytes?: number
}

/**
 * The articles in one file's bytes. Pure: the caller reads the file. The format comes from the
 * extension of `source`, or from the content when the extension is unknown. Every problem is a
 * diagnostic naming `source` (and the line); whatever can be read is still returned.
 */
export function parseDocument(source: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedInputs {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.byteLength > maxBytes) return failed(tooLarge(source, bytes.byteLength, maxBytes))
  if (bytes.byteLength === 0) return failed(problem('empty', source, 'the file is empty'))
  const decoded = decodeText(bytes)
  if ('problem' in decoded) {
    return failed(
      decoded.problem === 'binary'
        ? problem('binary', source, 'binary file (contains NUL bytes), not an article')
        : problem('invalid-utf8', source, 'not valid UTF-8 text (save it as UTF-8)'),
    )
  }
  // TextDecoder drops a leading byte-order mark, so what follows never sees one.
  const text = decoded.text
  if (text.trim() === '') return failed(problem('empty', source, 'the file holds only whitespace'))

  const format = formatByExtension(source) ?? sniffFormat(text)
  return parseText(source, text, format)
}

export function tooLarge(source: string, size: number, maxBytes: number): Diagnostic {
  return problem('too-large', source, `the file is ${humanSize(size)}, over the ${humanSize(maxBytes)} limit`)
}

function parseText(source: string, text: string, format: InputFormat): ParsedInputs {
  const single = (body: Pick<ArticleInput, 'text' | 'markdown' | 'html'>): ParsedInputs => ({
    inputs: [{ id: nameWithoutExtension(source), path: source, ...body }],
    diagnostics: [],
  })
  switch (format) {
    case 'text':
      return single({ text })
    case 'markdown':
      return single({ markdown: text })
    case 'html':
      return single({ html: text })
    case 'jsonl':
      return parseJsonLines(source, text)
    case 'json':
      return parseJsonArray(source, text)
    case 'feed':
      return dedupe(parseFeed(text, source))
    default: {
      const unknown: never = format
      throw new Error(`unknown format ${String(unknown)}`)
    }
  }
}

/** One article per line; a broken line is reported with its number and the other lines are kept. */
function parseJsonLines(source: string, text: string): ParsedInputs {
  const inputs: ArticleInput[] = []
  const lines: number[] = []
  const diagnostics: Diagnostic[] = []
  for (const [index, raw] of text.split('\n').entries()) {
    const lineNumber = index + 1
    const line = raw.trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      diagnostics.push(problem('malformed-json', source, `malformed JSON (${jsonErrorReason(error)})`, lineNumber))
      continue
    }
    if (!isRecord(value)) {
      diagnostics.push(problem('malformed-json', source, 'expected a JSON object with the article', lineNumber))
      continue
    }
    const input = articleFromRecord(value, { id: `${baseName(source)}:${lineNumber}`, path: source })
    if (input === undefined) {
      diagnostics.push(problem('missing-text', source, 'no "text" or "html" field', lineNumber))
      continue
    }
    inputs.push(input)
    lines.push(lineNumber)
  }
  if (inputs.length === 0 && diagnostics.length === 0) diagnostics.push(problem('no-articles', source, 'no articles in the file'))
  const unique = withUniqueIds(inputs, (index) => lines[index])
  return { inputs: unique.inputs, diagnostics: [...diagnostics, ...unique.diagnostics] }
}

/** A JSON array of articles, `{ "articles": [...] }`, or a single article object. */
function parseJsonArray(source: string, text: string): ParsedInputs {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return failed(problem('malformed-json', source, `malformed JSON (${jsonErrorReason(error)})`))
  }
  if (isRecord(value) && !Array.isArray(value['articles'])) {
    const input = articleFromRecord(value, { id: nameWithoutExtension(source), path: source })
    return input === undefined ? failed(problem('missing-text', source, 'no "text" or "html" field')) : { inputs: [input], diagnostics: [] }
  }
  const items: unknown = isRecord(value) ? value['articles'] : value
  if (!Array.isArray(items)) return failed(problem('malformed-json', source, 'expected an array of articles'))
  const inputs: ArticleInput[] = []
  const diagnostics: Diagnostic[] = []
  for (const [index, item] of items.entries()) {
    const input = isRecord(item) ? articleFromRecord(item, { id: `${baseName(source)}:${index + 1}`, path: source }) : undefined
    if (input === undefined) diagnostics.push(problem('missing-text', source, `item ${index + 1} has no "text" or "html" field`))
    else inputs.push(input)
  }
  if (items.length === 0) diagnostics.push(problem('no-articles', source, 'the array holds no articles'))
  return dedupe({ inputs, diagnostics })
}

function dedupe(parsed: ParsedInputs): ParsedInputs {
  const unique = withUniqueIds(parsed.inputs)
  return { inputs: unique.inputs, diagnostics: [...parsed.diagnostics, ...unique.diagnostics] }
}

function failed(diagnostic: Diagnostic): ParsedInputs {
  return { inputs: [], diagnostics: [diagnostic] }
}

function jsonErrorReason(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 120) : 'unreadable'
}

/** 25165824 → "24 MB", 1536 → "1.5 KB": sizes as a person reads them. */
function humanSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 10 || Number.isInteger(value) ? 0 : 1
  return `${value.toFixed(digits)} ${units[unit] ?? 'bytes'}`
}
