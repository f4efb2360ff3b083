import { analyze } from '../../analyze.js'
import { readPaths } from '../../ingest/index.js'
import type { AnalysisResult } from '../../model/result.js'
import { renderReport, reportFormats, type ReportFormat } from '../../report/index.js'
import { UsageError } from '../../errors/usage-error.js'
import type { Command } from '../command.js'
import { printDiagnostics } from '../diagnostics.js'
import { createProgress } from '../progress.js'
import { exitCodes } from '../exit-codes.js'
import { useColor } from '../color.js'
import { oneStoryFlag, originFlag, storyOptions } from '../story-flags.js'

const failOnValues = ['conflict', 'unsupported'] as const

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Cross-check the articles of a story: origin, relations, changed and invented facts',
  usage: 'analyze <file|folder|corpus.jsonl>... [options]',
  flags: [
    { name: 'format', short: 'f', type: 'string', values: reportFormats, default: 'terminal', description: 'Report format' },
    originFlag,
    { name: 'fail-on', type: 'list', values: failOnValues, placeholder: 'conflict|unsupported', description: 'Exit with status 1 when a finding of this status is found' },
    oneStoryFlag,
    { name: 'verbose', type: 'boolean', description: 'Also list supported facts in the terminal report' },
    { name: 'color', type: 'boolean', description: 'Force colours in the terminal report (default: only on a TTY without NO_COLOR)' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
  ],
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('analyze needs at least one file, folder or JSONL corpus')
    const format = args.flags['format'] as ReportFormat
    const progress = createProgress(io, 'Analysing')
    const { inputs, diagnostics } = await readPaths(args.positionals, { cwd: io.cwd })
    printDiagnostics(diagnostics, io)
    if (inputs.length === 0) {
      io.stderr.write('corroborate analyze: no article could be read; nothing to analyse\n')
      return exitCodes.usage
    }
    io.expectArticles?.(inputs.length)
    let result: AnalysisResult
    try {
      result = await analyze(inputs, {
        diagnostics,
        ...storyOptions(args.flags),
        onProgress: (done, total) => progress.update(done, total),
      })
    } finally {
      progress.stop()
    }
    printDiagnostics((result.diagnostics ?? []).slice(diagnostics.length), io)
    io.stdout.write(renderReport(format, result, {
      color: useColor(io, args.flags['color'] === true),
      verbose: args.flags['verbose'] === true,
      ...(io.stdout.columns === undefined ? {} : { width: io.stdout.columns }),
    }))
    const failOn = (args.flags['fail-on'] as readonly string[] | undefined) ?? []
    if (result.findings.some((finding) => failOn.includes(finding.status))) return exitCodes.findings
    return (result.diagnostics ?? []).some((diagnostic) => diagnostic.severity === 'error') ? exitCodes.partial : exitCodes.ok
  },
}
