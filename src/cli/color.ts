import type { CliIo } from './io.js'

// Follows the NO_COLOR / FORCE_COLOR conventions (no-color.org).
export function useColor(io: CliIo, forced: boolean): boolean {
  if (forced) return true
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true
  return io.stdout.isTTY === true
}
