import type { ArticleInput } from '../model/article.js'
import type { Diagnostic } from '../model/result.js'

/** What reading one or more inputs gives: the articles found, and what went wrong on the way. */
export interface ParsedInputs {
  readonly inputs: ArticleInput[]
  readonly diagnostics: Diagnostic[]
}

export function problem(code: string, source: string, message: string, line?: number): Diagnostic {
  return { severity: 'error', code, source, message: `${location(source, line)}: ${message}`, ...(line !== undefined && { line }) }
}

export function warning(code: string, source: string, message: string, line?: number): Diagnostic {
  return { ...problem(code, source, message, line), severity: 'warning' }
}

function location(source: string, line: number | undefined): string {
  return line === undefined ? source : `${source}:${line}`
}
