import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { analyze } from '../../analyze.js'
import { UsageError } from '../../errors/usage-error.js'
import { readPaths } from '../../ingest/index.js'
import type { AnalysisResult } from '../../model/result.js'
import { createApp, type AppDeps } from '../../server/create-app.js'
import type { Command } from '../command.js'
import { printDiagnostics } from '../diagnostics.js'
import { openExistingStore } from './stories.js'
import { exitCodes } from '../exit-codes.js'
import { oneStoryFlag, originFlag, storyOptions } from '../story-flags.js'
import type { CliIo } from '../io.js'

export const defaultPort = 4477
const loopbackHostnames = ['127.0.0.1', 'localhost', '[::1]', '::1']

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Open the report in a local web app; paste or upload more articles there',
  usage: 'serve [file|folder|corpus.jsonl]... [options]',
  flags: [
    { name: 'port', short: 'p', type: 'number', default: defaultPort, placeholder: 'N', description: 'Port to listen on (0: any free port)' },
    { name: 'host', type: 'string', default: '127.0.0.1', placeholder: 'address', description: 'Address to listen on; anything but loopback exposes the app to the network' },
    originFlag,
    oneStoryFlag,
    { name: 'db', type: 'string', placeholder: 'file', description: 'A corpus database made by `corroborate ingest`: browse its stories in the app' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
  ],
  async run(args, io) {
    const port = args.flags['port']
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${String(port)}"`)
    const host = String(args.flags['host'])
    const database = args.flags['db']
    const store = typeof database === 'string' ? await openExistingStore(database, io.cwd) : undefined

    const initial = args.positionals.length === 0 ? undefined : await analyseNamedFiles(args.positionals, args.flags, io)
    const running = await startServer(
      { analyze, ...(initial === undefined ? {} : { initial }), ...(store === undefined ? {} : { store }), log: (message) => io.stderr.write(message) },
      { host, port },
    )
    if (!isLoopback(host)) {
      io.stderr.write(`corroborate serve: warning: listening on ${host}, not on loopback: anyone who can reach this address can use the app and read the articles you named\n`)
    }
    io.stdout.write(`corroborate serve: ${running.url}  (Ctrl-C to stop)\n`)
    await running.closed
    await store?.close()
    return exitCodes.ok
  },
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  /** Resolves when the server has stopped. */
  readonly closed: Promise<void>
  close(): Promise<void>
}

/**
 * Starts the listener: the only place a socket is opened. Reads no files: the app it serves
 * holds the already-analysed result and has no route over the file system.
 */
export async function startServer(deps: Omit<AppDeps, 'allowedHostnames'>, options: { host: string; port: number }): Promise<RunningServer> {
  const app = createApp({ ...deps, ...(isLoopback(options.host) ? { allowedHostnames: loopbackHostnames } : {}) })
  const { server, address } = await new Promise<{ server: ServerType; address: AddressInfo }>((resolve, reject) => {
    const listening = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => resolve({ server: listening, address: info }))
    listening.once('error', reject)
  })
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()))
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Browsers keep idle connections open; close them so the server stops at once.
        if ('closeAllConnections' in server) server.closeAllConnections()
      }),
  }
}

function isLoopback(host: string): boolean {
  return loopbackHostnames.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host)
}

async function analyseNamedFiles(paths: readonly string[], flags: Record<string, unknown>, io: CliIo): Promise<AnalysisResult | undefined> {
  const { inputs, diagnostics } = await readPaths(paths, { cwd: io.cwd })
  printDiagnostics(diagnostics, io)
  if (inputs.length === 0) {
    io.stderr.write('corroborate serve: no article could be read; starting with an empty app\n')
    return { version: 1, articles: [], stories: [], relations: [], findings: [], ...(diagnostics.length === 0 ? {} : { diagnostics }) }
  }
  return analyze(inputs, { diagnostics, ...storyOptions(flags) })
}
