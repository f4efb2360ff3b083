#!/usr/bin/env node
// The only place that touches the process: everything else takes injected streams.
// It runs the bundle of dist/cli (scripts/build-cli.js), compiled with V8's code cache (load-bundle.js).
// The bin is CommonJS (bin/package.json) although the package is ES modules: Node starts a
// CommonJS main without loading its ES module loader, some 15 ms of a cold run.
'use strict'
const path = require('node:path')
const { loadBundle } = require('./load-bundle.js')
const { v8Settings } = require('./v8-flags.js')

const [command] = process.argv.slice(2)
const settings = v8Settings()
settings.lean()
const bundle = loadBundle(path.join(__dirname, '..', 'dist', 'cli-bundle', 'main.cjs'))
// Commands that last (a server, an ingest of a corpus) get V8's usual settings; an analysis gets
// them when it turns out large (see CliIo.expectArticles).
if (command === 'serve' || command === 'ingest') settings.usual()
bundle.exports
  .main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    expectArticles: settings.expectArticles,
  })
  .then((code) => {
    process.exitCode = code
    // The cache must record the flags the next run compiles under.
    settings.lean()
    // An analysis that ran (not a usage error) compiles what most runs need; `--version` compiles little.
    bundle.saveCache(command === 'analyze' && code !== 2 && code !== 70)
    // Left to end by itself, Node waits for V8's background work: a short analysis has usually
    // just started a major garbage collection, which would then mark and compact a heap about to be
    // freed anyway (some 4% of the instructions of `analyze` on the example). Exiting at once is
    // safe when the output is all written (stdout and stderr are synchronous for files and
    // pipes on Linux; elsewhere a pending write keeps the usual exit).
    if (command !== 'serve' && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit()
  })
