import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAllCommands } from '../src/cli/commands/index.js'
import { cliReference } from '../src/cli/reference.js'
import { repoRoot } from './cli/run-cli.js'

describe('docs/cli.md', () => {
  it('matches the flag tables (regenerate with `npm run docs:cli`)', async () => {
    const onDisk = readFileSync(path.join(repoRoot, 'docs/cli.md'), 'utf8')
    expect(onDisk).toBe(cliReference(await loadAllCommands()))
  })
})
