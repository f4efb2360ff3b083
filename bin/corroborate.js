#!/usr/bin/env node
// The only place that touches the process: everything else takes injected streams.
// It runs the bundle of dist/cli (scripts/build-cli.js), compiled with V8's code cache (load-bundle.js).
import { loadBundle } from './load-bundle.js'
import { tuneCompilerForShortRuns } from './v8-flags.js'

await tuneCompilerForShortRuns()
const bundle = loadBundle(new URL('../dist/cli-bundle/main.cjs', import.meta.url))
const code = await bundle.exports.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
})
process.exitCode = code
// An analysis that ran (not a usage error) compiles what most runs need; `--version` compiles little.
bundle.saveCache(process.argv[2] === 'analyze' && code !== 2 && code !== 70)
