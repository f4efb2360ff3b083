#!/usr/bin/env node
// The only place that touches the process: everything else takes injected streams.
// It runs the bundle of dist/cli (scripts/build-cli.js), compiled with V8's code cache (load-bundle.js).
import { loadBundle } from './load-bundle.js'
import { v8Settings } from './v8-flags.js'

const [command] = process.argv.slice(2)
const settings = await v8Settings()
settings.lean()
const bundle = loadBundle(new URL('../dist/cli-bundle/main.cjs', import.meta.url))
// Commands that last (a server, an ingest of a corpus) get V8's usual settings; an analysis gets
// them when it turns out large (see CliIo.expectArticles).
if (command === 'serve' || command === 'ingest') settings.usual()
const code = await bundle.exports.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  expectArticles: settings.expectArticles,
})
process.exitCode = code
// The cache must record the flags the next run compiles under.
settings.lean()
// An analysis that ran (not a usage error) compiles what most runs need; `--version` compiles little.
bundle.saveCache(command === 'analyze' && code !== 2 && code !== 70)
