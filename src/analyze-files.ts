import { analyze, type AnalyzeOptions } from './analyze.js'
import { readPaths } from './ingest/index.js'

export interface AnalyzeFilesOptions extends Omit<AnalyzeOptions, 'diagnostics'> {
  readonly cwd?: string
  /** Largest file read, in bytes. */
  readonly maxBytes?: number
}

/** Reads files, folders and JSONL corpora, then runs `analyze()`; unreadable inputs become diagnostics. */
export async function analyzeFiles(paths: readonly string[], options: AnalyzeFilesOptions = {}) {
  const { cwd, maxBytes, ...analyzeOptions } = options
  const { inputs, diagnostics } = await readPaths(paths, {
    ...(cwd === undefined ? {} : { cwd }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  })
  return analyze(inputs, { ...analyzeOptions, diagnostics })
}
