import { CorroborateError } from './corroborate-error.js'

/** The caller asked for something that cannot be done (unknown option, unknown origin id). */
export class UsageError extends CorroborateError {
  constructor(message: string) {
    super('usage', message)
    this.name = 'UsageError'
  }
}
