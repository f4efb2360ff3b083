/** Everything a command may touch of the outside world, injected so commands run in tests without a process. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean }
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  /**
   * Told how many articles an analysis is about to cross-check, before it starts: the process
   * (bin/corroborate.js) tunes V8 for a short run and switches back for a long one.
   */
  readonly expectArticles?: (count: number) => void
}
