import type { Diagnostic } from '../model/result.js'
import type { CliIo } from './io.js'

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line === undefined ? diagnostic.source : `${diagnostic.source}:${diagnostic.line}`
  return `${diagnostic.severity}: ${place}: ${diagnostic.message}`
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): void {
  for (const diagnostic of diagnostics) io.stderr.write(formatDiagnostic(diagnostic) + '\n')
}
