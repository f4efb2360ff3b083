import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/**
 * Tests render pages from the built bundle; `npm test` builds it first, but a lone
 * `npx vitest run` may find it missing or older than the front-end sources, so rebuild then.
 */
export function ensurePageBundle(): void {
  const bundle = path.join(repoRoot, 'dist', 'web', 'app.js')
  const sources = [path.join(repoRoot, 'web', 'src'), path.join(repoRoot, 'src', 'report', 'html', 'view-model')]
  if (existsSync(bundle) && newestMtime(sources) <= statSync(bundle).mtimeMs) return
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-web.js')], { cwd: repoRoot, stdio: 'pipe' })
}

function newestMtime(folders: readonly string[]): number {
  let newest = 0
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
    }
  }
  return newest
}
