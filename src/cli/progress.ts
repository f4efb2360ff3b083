import cliProgress from 'cli-progress'
import type { CliIo } from './io.js'

export interface Progress {
  update(done: number, total: number): void
  stop(): void
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI, tests). */
export function createProgress(io: CliIo, label: string): Progress {
  if (io.stderr.isTTY !== true) return { update() {}, stop() {} }
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
