import type { AnalysisResult } from '../model/result.js'
import { renderHtml } from './html/index.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderTerminal, type TerminalOptions } from './terminal.js'

export { renderHtml, type RenderHtmlOptions } from './html/index.js'
export { renderJson } from './json.js'
export { renderMarkdown } from './markdown.js'
export { renderTerminal, type TerminalOptions } from './terminal.js'
export { validateResult, resultSchema, type ValidationOutcome } from './validate.js'

/** What every renderer may be given; each uses the options that mean something to it. */
export type ReportOptions = TerminalOptions

export type Renderer = (result: AnalysisResult, options: ReportOptions) => string

export const reportFormats = [
  'terminal',
  'json',
  'md',
  'html',
] as const

export type ReportFormat = (typeof reportFormats)[number]

export const renderers: Readonly<Record<ReportFormat, Renderer>> = {
  terminal: renderTerminal,
  json: (result) => renderJson(result),
  md: (result) => renderMarkdown(result),
  html: (result) => renderHtml(result),
}

export function renderReport(format: ReportFormat, result: AnalysisResult, options: ReportOptions): string {
  return renderers[format](result, options)
}
