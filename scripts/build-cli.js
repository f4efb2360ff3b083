// Bundles the compiled CLI (dist/cli/main.js and everything it imports) into one CommonJS file,
// dist/cli-bundle/main.cjs, which bin/corroborate.js compiles with V8's code cache
// (bin/load-bundle.js). Why: a cold `corroborate analyze` spent about a third of its time
// resolving, opening and compiling some 150 module files, then compiling each function it ran.
// One file is read once; a CommonJS script, unlike an ES module, can be compiled through
// vm.Script with cached data, so a second run deserialises the bytecode instead of compiling.
// Commands and heavy packages stay lazy inside the file: esbuild evaluates a bundled module only
// when it is first imported or required; packages that only other commands use stay outside it
// (OTHER_COMMANDS_PACKAGES). dist/index.js (the library) is not touched.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const distDir = path.join(repoRoot, 'dist')

/**
 * Our own dependencies that a typical run (`analyze` of text, Markdown and HTML) never loads; all
 * of them can be required from CommonJS on Node 20. Each start reads the bundle and copies it
 * into a string (on some virtual machines, each new page of memory costs tens of microseconds).
 */
const OTHER_COMMANDS_PACKAGES = ['hono', 'hono/*', '@hono/node-server', 'fast-xml-parser', 'cli-progress', 'marked']

/** Builds the bundle, then its code cache; resolves to the path of the bundle. */
export async function buildCli({ outdir = path.join(distDir, 'cli-bundle'), codeCache = true } = {}) {
  // Chunks and caches of an earlier build must not outlive it.
  await rm(outdir, { recursive: true, force: true })
  const outfile = path.join(outdir, 'main.cjs')
  const result = await build({
    entryPoints: [path.join(distDir, 'cli', 'main.js')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // A native addon cannot be bundled. The packages of other commands (`serve`, `ingest`, feeds)
    // and of uncommon Markdown are required from node_modules when used: left out, they spare
    // every run reading and copying a sixth of the bundle (see OTHER_COMMANDS_PACKAGES).
    external: ['better-sqlite3', ...OTHER_COMMANDS_PACKAGES],
    // Bundled modules that found files next to themselves through import.meta.url get this instead.
    banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [keepModuleLocations(outdir), lazyPackages(), entityTablesByLoop()],
    legalComments: 'none',
    // Without comments and indentation the file is a quarter smaller: less to read and to hold
    // as a string at every start. Names stay, so stack traces (CORROBORATE_DEBUG) still say where.
    minifyWhitespace: true,
    logLevel: 'warning',
    // linkedom is bundled; the lazy cssomnom require only asks where its files are (see lazyPackages).
    logOverride: { 'require-resolve-not-external': 'silent' },
    write: false,
  })
  const [output] = result.outputFiles
  if (output === undefined) throw new Error('esbuild wrote no bundle')
  await mkdir(outdir, { recursive: true })
  await writeFile(outfile, inModuleWrapper(withBuildKey(asciiOnly(output.text))))
  if (codeCache) warmCodeCache()
  return outfile
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
        // the bundle's require, which esbuild resolves to the bundled package, still evaluated
        // only on the first call.
        contents = contents.replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
        // node:crypto loads some twenty internal modules when required; the report page hashes its
        // assets with it only when an HTML report is written.
        contents = contents.replace(/^import \{ createHash \} from 'node:crypto';$/m, "const createHash = (...args) => require('node:crypto').createHash(...args);")
        if (!contents.includes('import.meta')) return { contents, loader: 'js' }
        const relative = path.relative(outdir, args.path).split(path.sep).join('/')
        contents = contents
          .replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, __bundleUrl).href`)
          // Only on the path that runs from TypeScript sources, never taken from the bundle.
          .replaceAll('import.meta.resolve(', `((specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href)(`)
        return { contents, loader: 'js' }
      })
    },
  }
}

/**
 * Packages whose evaluation costs more than most runs use, made lazy inside the bundle only (the
 * library keeps its plain imports):
 * - string-width and wrap-ansi compile Unicode emoji and grapheme tables when evaluated (about
 *   20 ms); the terminal report measures and wraps plain text itself and calls them for the rest.
 * - linkedom evaluates its CSS parser (cssomnom, about 15 ms) when loaded, for <style> sheets
 *   that reading an article never asks for.
 * - marked compiles some hundred regular expressions when evaluated (about 8 ms); the Markdown
 *   of most articles is read without it (src/clean/simple-markdown.ts).
 * A default import becomes a function that requires the package on its first call; marked's
 * named export `marked` an object whose lexer does.
 */
function lazyPackages() {
  const lazyDefaults = new Map([
    ['string-width', path.join(distDir, 'report', 'terminal-text.js')],
    ['wrap-ansi', path.join(distDir, 'report', 'terminal-text.js')],
  ])
  return {
    name: 'lazy-packages',
    setup(builder) {
      builder.onResolve({ filter: /^(?:string-width|wrap-ansi)$/ }, (args) => {
        if (args.importer !== lazyDefaults.get(args.path)) return undefined
        return { path: args.path, namespace: 'lazy-default' }
      })
      builder.onLoad({ filter: /.*/, namespace: 'lazy-default' }, (args) => ({
        contents: `let loaded\nexport default function lazy(...args) {\n  loaded ??= require(${JSON.stringify(args.path)}).default\n  return loaded(...args)\n}\n`,
        resolveDir: repoRoot,
        loader: 'js',
      }))
      builder.onResolve({ filter: /^marked$/ }, (args) => {
        if (args.importer !== path.join(distDir, 'clean', 'markdown-to-lines.js')) return undefined
        return { path: args.path, namespace: 'lazy-marked' }
      })
      builder.onLoad({ filter: /.*/, namespace: 'lazy-marked' }, () => ({
        contents: "export const marked = {\n  lexer(...args) {\n    return require('marked').marked.lexer(...args)\n  },\n}\n",
        resolveDir: repoRoot,
        loader: 'js',
      }))
      // linkedom tries require('canvas') (resolution walks every node_modules folder up to the
      // root, then throws) and falls back to its shim; when the build finds no canvas, neither will
      // the bundle, so it takes the shim at once.
      builder.onLoad({ filter: /[\\/]linkedom[\\/]commonjs[\\/]canvas\.cjs$/ }, async (args) => {
        const contents = await readFile(args.path, 'utf8')
        if (!contents.includes("require('canvas')") || canResolve('canvas')) return undefined
        return { contents: "module.exports = require('./canvas-shim.cjs');\n", loader: 'js' }
      })
      builder.onLoad({ filter: /[\\/]linkedom[\\/]cjs[\\/]html[\\/]style-element\.js$/ }, async (args) => {
        const contents = await readFile(args.path, 'utf8')
        const eager = "const {parse} = require('cssomnom/parse');"
        if (!contents.includes(eager)) return undefined
        // Required from where linkedom finds it (a dependency of linkedom, not ours), at first use:
        // kept out of the bundle like the packages of other commands.
        const lazy = "let cssomParse; const parse = (text) => (cssomParse ??= require(require.resolve('cssomnom/parse', { paths: [require.resolve('linkedom')] })).parse)(text);"
        return { contents: contents.replace(eager, lazy), loader: 'js' }
      })
    },
  }
}

/**
 * entities 4 (under dom-serializer, which linkedom loads) builds its decoding tables when loaded as
 * `new Uint16Array("…".split("").map(function (c) { return c.charCodeAt(0); }))`: 15,000
 * one-character strings and as many calls, 5 to 10 ms of a cold start before anything is
 * optimised. A loop over the code units fills the same table in under 1 ms.
 */
function entityTablesByLoop() {
  const byMap = /new Uint16Array\(\n\/\/ prettier-ignore\n("(?:[^"\\]|\\.)*")\n\s*\.split\(""\)\n\s*\.map\(function \(c\) \{ return c\.charCodeAt\(0\); \}\)\)/
  return {
    name: 'entity-tables-by-loop',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]entities[\\/]lib[\\/]generated[\\/]decode-data-(?:html|xml)\.js$/ }, async (args) => {
        const contents = await readFile(args.path, 'utf8')
        if (!byMap.test(contents)) return undefined
        const codeUnits = 'function codeUnits(text) { var table = new Uint16Array(text.length); for (var i = 0; i < text.length; i++) table[i] = text.charCodeAt(i); return table; }\n'
        return { contents: codeUnits + contents.replace(byMap, 'codeUnits($1)'), loader: 'js' }
      })
    },
  }
}

function canResolve(specifier) {
  try {
    createRequire(import.meta.url).resolve(specifier)
    return true
  } catch {
    return false
  }
}

/**
 * esbuild escapes non-ASCII characters in strings and templates but leaves them in regular
 * expression literals and comments. There a \uXXXX escape means the same character, and an
 * ASCII-only file can be read as Latin-1: one byte a character, no UTF-8 decoding of 2 MB.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/g, (character, offset) => {
    if (code[offset - 1] === '\\') throw new Error(`cannot escape an escaped non-ASCII character at ${offset} of the CLI bundle`)
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/**
 * A first line naming the bundle's content: bin/load-bundle.js accepts a code cache only when it
 * was made for this key (V8 itself compares no more than the source's length).
 */
function withBuildKey(code) {
  const key = createHash('sha256').update(code).digest('hex')
  return `// corroborate-cli-bundle ${key}\n${code}`
}

/**
 * The bundle, already inside the function Node wraps around a CommonJS module (bin/load-bundle.js
 * compiles and calls it, and relies on this exact first line): were the loader to add the wrapper,
 * V8 would copy the whole source into a new string before compiling it, 2 MB of fresh memory.
 * The file stays a valid CommonJS module that does nothing when required.
 */
function inModuleWrapper(code) {
  return `(function (exports, require, module, __filename, __dirname) {${code}\n})`
}

/**
 * Runs the CLI once on the example story so that bin/load-bundle.js writes the code cache of
 * every function a typical run compiles. Without the example (or when the run fails) the first
 * real run writes it instead.
 */
function warmCodeCache() {
  const example = path.join(repoRoot, 'examples', 'harbour-bridge')
  if (!existsSync(example)) return
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'corroborate.js'), 'analyze', example], {
    cwd: repoRoot,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  })
  if (run.status !== 0) console.warn(`warning: the run that writes the CLI's code cache ended with ${run.status ?? run.signal}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = await buildCli()
  console.log(`built ${path.relative(repoRoot, entry)}`)
}
