import type { Command } from '../command.js'
import { analyzeCommand } from './analyze.js'
import { ingestCommand } from './ingest.js'
import { searchCommand } from './search.js'
import { serveCommand } from './serve.js'
import { storiesCommand } from './stories.js'
import { storyCommand } from './story.js'

/** Every command, in the order the help lists them. Add a command by adding its module here. */
export const commands: readonly Command[] = [analyzeCommand, ingestCommand, storiesCommand, storyCommand, searchCommand, serveCommand]
