import { CorroborateError } from '../errors/corroborate-error.js'
import { UsageError } from '../errors/usage-error.js'
import { commands, loadAllCommands } from './commands/index.js'
import type { Command } from './command.js'
import { exitCodes } from './exit-codes.js'
import { commandHelp, mainHelp } from './help.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parse-args.js'
import { packageVersion } from './version.js'

/** The whole CLI: argv (without node and script) in, exit status out. Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? await findCommand(rest[0]) : undefined
    ;(name === undefined ? io.stderr : io.stdout).write(topic === undefined ? mainHelp(await loadAllCommands(), packageVersion()) : commandHelp(topic))
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(packageVersion() + '\n')
    return exitCodes.ok
  }
  const command = await findCommand(name)
  if (command === undefined) {
    io.stderr.write(`corroborate: unknown command "${name}"\n\n${mainHelp(await loadAllCommands(), packageVersion())}`)
    return exitCodes.usage
  }
  try {
    const args = parseCommandArgs(rest, command.flags)
    if (args.flags['help'] === true) {
      io.stdout.write(commandHelp(command))
      return exitCodes.ok
    }
    return await command.run(args, io)
  } catch (error) {
    return reportError(error, command, io)
  }
}

async function findCommand(name: string | undefined): Promise<Command | undefined> {
  return commands.find((entry) => entry.name === name)?.load()
}

function reportError(error: unknown, command: Command, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`corroborate ${command.name}: ${error.message}\n\n${commandHelp(command)}`)
    return exitCodes.usage
  }
  if (error instanceof CorroborateError) {
    // Library messages already name the file (and line) they are about.
    io.stderr.write(`corroborate ${command.name}: ${error.message}\n`)
    return exitCodes.usage
  }
  // A bug, not bad input: say so plainly, with the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`corroborate ${command.name}: internal error: ${message}\n`)
  if (io.env['CORROBORATE_DEBUG'] !== undefined && error instanceof Error && error.stack !== undefined) io.stderr.write(error.stack + '\n')
  else io.stderr.write('Set CORROBORATE_DEBUG=1 for details, and please report it.\n')
  return 70
}
