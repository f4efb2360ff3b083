#!/usr/bin/env node
// The only place that touches the process: everything else takes injected streams.
// The bundle of dist/cli (scripts/build-cli.js): one file to read and compile instead of ~150 modules.
import { main } from '../dist/cli-bundle/main.js'

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
})
process.exitCode = code
