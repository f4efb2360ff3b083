/** Everything a command may touch of the outside world, injected so commands run in tests without a process. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean }
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
}
