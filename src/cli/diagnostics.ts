import type { Diagnostic } from '../model/result.js'
import type { CliIo } from './io.js'

// Messages already start with the file (and line) they are about, so the library's errors read the same.
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.severity}: ${diagnostic.message}`
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): void {
  for (const diagnostic of diagnostics) io.stderr.write(formatDiagnostic(diagnostic) + '\n')
}
