#!/usr/bin/env node
// The only place that touches the process: everything else takes injected streams.
import { main } from '../dist/cli/main.js'

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
})
process.exitCode = code
