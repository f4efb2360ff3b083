import type { Command } from '../command.js'
import { analyzeCommand } from './analyze.js'

/** Every command, in the order the help lists them. Add a command by adding its module here. */
export const commands: readonly Command[] = [analyzeCommand]
