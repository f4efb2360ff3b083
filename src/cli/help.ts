import type { Command, FlagSpec } from './command.js'

export function commandHelp(command: Command): string {
  const lines = [`Usage: corroborate ${command.usage}`, '', command.summary]
  if (command.flags.length > 0) lines.push('', 'Options:', ...flagLines(command.flags))
  return lines.join('\n') + '\n'
}

export function mainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    `corroborate ${version}: show how a news story changes as it spreads`,
    '',
    'Usage: corroborate <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `corroborate <command> --help` for the options of a command.',
    '',
  ].join('\n')
}

function flagLines(flags: readonly FlagSpec[]): string[] {
  const heads = flags.map((flag) => {
    const short = flag.short === undefined ? '    ' : `-${flag.short}, `
    const value = flag.type === 'boolean' ? '' : ` <${flag.placeholder ?? flag.values?.join('|') ?? flag.type}>`
    return `  ${short}--${flag.name}${value}`
  })
  const width = Math.max(...heads.map((head) => head.length))
  return flags.map((flag, index) => {
    const defaultText = flag.default === undefined || flag.default === false ? '' : ` (default: ${String(flag.default)})`
    return `${(heads[index] ?? '').padEnd(width)}  ${flag.description}${defaultText}`
  })
}
