import type { CliIo } from './io.js'

export type FlagType = 'boolean' | 'string' | 'number' | 'list'

/** One command-line option; the help text is generated from these. */
export interface FlagSpec {
  readonly name: string
  readonly short?: string
  readonly type: FlagType
  readonly description: string
  readonly values?: readonly string[]
  readonly default?: string | number | boolean
  readonly placeholder?: string
}

export interface ParsedArgs {
  readonly positionals: readonly string[]
  readonly flags: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>
}

export interface Command {
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** Usage line(s) after `corroborate `, e.g. `analyze <path...> [options]`. */
  readonly usage: string
  readonly flags: readonly FlagSpec[]
  /** Resolves to the process exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number>
}
