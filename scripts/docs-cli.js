// Regenerates docs/cli.md from the built CLI's flag tables (run `npm run build` first).
import { writeFileSync } from 'node:fs'
import { loadAllCommands } from '../dist/cli/commands/index.js'
import { cliReference } from '../dist/cli/reference.js'

writeFileSync(new URL('../docs/cli.md', import.meta.url), cliReference(await loadAllCommands()))
console.log('wrote docs/cli.md')
