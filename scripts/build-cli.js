// Bundles the compiled CLI (dist/cli/main.js and everything it imports) into dist/cli-bundle/ with
// esbuild, for bin/corroborate.js. Why: a cold `corroborate analyze` spent about a third of its
// time resolving, opening and compiling some 150 separate module files (ESM and CommonJS, each
// with its package.json look-ups); one file per lazily loaded command is read and compiled once.
// dist/index.js (the library) is not touched: it stays the tsc output.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const distDir = path.join(repoRoot, 'dist')

/** Builds the bundle; resolves to the path of its entry file. */
export async function buildCli({ outdir = path.join(distDir, 'cli-bundle') } = {}) {
  await build({
    entryPoints: { main: path.join(distDir, 'cli', 'main.js') },
    outdir,
    bundle: true,
    // Each command stays its own chunk, loaded on demand: `analyze` never reads the server's code.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // A native addon cannot be bundled.
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require() for Node built-ins; ESM has none of its own.
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);" },
    plugins: [keepModuleLocations(outdir)],
    legalComments: 'none',
    logLevel: 'warning',
  })
  return path.join(outdir, 'main.js')
}

/**
 * Modules in dist find files next to themselves through import.meta.url (package.json, the JSON
 * schema, the web page bundle) and load some packages lazily with createRequire(import.meta.url).
 * In the bundle each such module still sees its own dist location, expressed relative to the
 * bundle's folder so the package keeps working wherever it is installed.
 */
function keepModuleLocations(outdir) {
  return {
    name: 'keep-module-locations',
    setup(builder) {
      builder.onLoad({ filter: /\.js$/ }, async (args) => {
        if (!args.path.startsWith(distDir + path.sep)) return undefined
        let contents = await readFile(args.path, 'utf8')
        // `const require = createRequire(import.meta.url)` loads a package on first use (linkedom:
        // some 160 CommonJS files, about 250 ms to resolve and load). Without it the calls reach
        // esbuild's require, which bundles the package, still evaluated only on the first call.
        contents = contents.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
        if (!contents.includes('import.meta.url')) return { contents, loader: 'js' }
        const relative = path.relative(outdir, args.path).split(path.sep).join('/')
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`)
        return { contents, loader: 'js' }
      })
    },
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = await buildCli()
  console.log(`built ${path.relative(repoRoot, entry)}`)
}
