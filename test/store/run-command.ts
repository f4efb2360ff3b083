// Runs one store command (ingest, stories, story, search) the way the CLI does, without loading
// every other command: the crash test spawns it as a child process it can kill.
import { parseCommandArgs } from '../../src/cli/parse-args.js'
import { ingestCommand } from '../../src/cli/commands/ingest.js'
import { searchCommand } from '../../src/cli/commands/search.js'
import { storiesCommand } from '../../src/cli/commands/stories.js'

const commands = { ingest: ingestCommand, stories: storiesCommand, search: searchCommand }
const [name, ...rest] = process.argv.slice(2)
const command = commands[name as keyof typeof commands]
if (command === undefined) throw new Error(`unknown command ${name}`)
const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }
process.exitCode = await command.run(parseCommandArgs(rest, command.flags), io)
