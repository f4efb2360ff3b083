/** Base of every error the library throws: a stable `code`, and the input it is about when there is one. */
export class CorroborateError extends Error {
  readonly code: string
  readonly source: string | undefined
  readonly line: number | undefined

  constructor(code: string, message: string, options: { source?: string; line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'CorroborateError'
    this.code = code
    this.source = options.source
    this.line = options.line
  }
}
