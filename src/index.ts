// The public API: re-exports only. Pinned by test/package.test.ts.
export type * from './model/index.js'
export { analyze, type AnalyzeOptions } from './analyze.js'
export { analyzeFiles, type AnalyzeFilesOptions } from './analyze-files.js'
export { CorroborateError, InputError, UsageError } from './errors/index.js'
export { renderHtml, renderJson, renderMarkdown, renderTerminal, validateResult, type ReportFormat, type TerminalOptions } from './report/index.js'
export { createApp, type AppDeps } from './server/create-app.js'
