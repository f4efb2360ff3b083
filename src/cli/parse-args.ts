import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors/usage-error.js'
import type { FlagSpec, ParsedArgs } from './command.js'

// node:util parseArgs does the tokenising; this adds what it lacks: typed numbers, enums and lists.
export function parseCommandArgs(argv: readonly string[], flags: readonly FlagSpec[]): ParsedArgs {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const flag of flags) {
    options[flag.name] = {
      type: flag.type === 'boolean' ? 'boolean' : 'string',
      multiple: flag.type === 'list',
      ...(flag.short === undefined ? {} : { short: flag.short }),
    }
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(cleanParseMessage(error))
  }
  const values: Record<string, string | number | boolean | readonly string[] | undefined> = {}
  for (const flag of flags) {
    const raw = parsed.values[flag.name]
    values[flag.name] = raw === undefined ? flag.default : convert(flag, raw)
  }
  return { positionals: parsed.positionals, flags: values }
}

function convert(flag: FlagSpec, raw: string | boolean | (string | boolean)[]): string | number | boolean | readonly string[] {
  if (flag.type === 'boolean') return raw === true
  if (flag.type === 'list') {
    const items = (Array.isArray(raw) ? raw : [raw]).flatMap((item) => String(item).split(','))
    for (const item of items) checkValue(flag, item)
    return items
  }
  const text = String(raw)
  if (flag.type === 'number') {
    const number = Number(text)
    if (text.trim() === '' || !Number.isFinite(number)) throw new UsageError(`--${flag.name} expects a number, got "${text}"`)
    return number
  }
  checkValue(flag, text)
  return text
}

function checkValue(flag: FlagSpec, value: string): void {
  if (flag.values !== undefined && !flag.values.includes(value)) {
    throw new UsageError(`--${flag.name} must be one of ${flag.values.join(', ')}; got "${value}"`)
  }
}

function cleanParseMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // parseArgs appends advice meant for its own API ("To specify a positional argument…"): keep the first sentence.
  return message.split('. To ')[0]?.replace(/^Unknown option '(.+)'$/u, 'unknown option $1') ?? message
}
