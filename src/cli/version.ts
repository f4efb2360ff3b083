import { readFileSync } from 'node:fs'

let cached: string | undefined

/** The package version, read once from package.json next to the build. */
export function packageVersion(): string {
  if (cached === undefined) {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    cached = manifest.version
  }
  return cached
}
