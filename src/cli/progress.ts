import { createRequire } from 'node:module'
import type { CliIo } from './io.js'

type CliProgress = typeof import('cli-progress')

// cli-progress (and the readline and terminal modules it pulls in) is loaded only when a bar is
// drawn: output to a pipe, the common case in scripts, should not pay for it at start-up.
const require = createRequire(import.meta.url)

export interface Progress {
  update(done: number, total: number): void
  stop(): void
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function createProgress(io: CliIo, label: string): Progress {
  if (io.stderr.isTTY !== true) return { update() {}, stop() {} }
  const cliProgress = require('cli-progress') as CliProgress
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream: io.stderr as NodeJS.WritableStream, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done)
        started = true
      } else {
        bar.setTotal(total)
        bar.update(done)
      }
    },
    stop() {
      if (started) bar.stop()
    },
  }
}
