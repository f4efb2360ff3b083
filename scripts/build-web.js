// Bundles the report page (web/src) into dist/web/app.js and dist/web/app.css with esbuild.
// renderHtml inlines both files into every page, so the output must be safe inside <script>/<style>.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Builds the bundle; resolves to the two output paths. */
export async function buildWeb({ outdir = path.join(repoRoot, 'dist', 'web') } = {}) {
  await build({
    entryPoints: [path.join(repoRoot, 'web', 'src', 'main.tsx')],
    outfile: path.join(outdir, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  })
  const files = { js: path.join(outdir, 'app.js'), css: path.join(outdir, 'app.css') }
  await assertInlineSafe(files.js, /<\/script|<!--|<script/i)
  await assertInlineSafe(files.css, /<\/style/i)
  return files
}

// esbuild escapes "</script" in strings; this guards against a dependency that slips one past it.
async function assertInlineSafe(file, pattern) {
  const text = await readFile(file, 'utf8')
  const match = pattern.exec(text)
  if (match !== null) throw new Error(`${path.relative(repoRoot, file)} contains "${match[0]}" at ${match.index}: it cannot be inlined in an HTML page`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await buildWeb()
  console.log(`built ${path.relative(repoRoot, files.js)} and ${path.relative(repoRoot, files.css)}`)
}
