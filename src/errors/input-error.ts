import { CorroborateError } from './corroborate-error.js'

/** An input could not be read as an article (missing, empty, binary, malformed, too large). */
export class InputError extends CorroborateError {
  constructor(code: string, message: string, options: { source?: string; line?: number; cause?: unknown } = {}) {
    super(code, message, options)
    this.name = 'InputError'
  }
}
