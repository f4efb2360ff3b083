export { CorroborateError } from './corroborate-error.js'
export { InputError } from './input-error.js'
export { UsageError } from './usage-error.js'
