// Loads the CLI bundle (dist/cli-bundle/main.cjs, see scripts/build-cli.js) the way Node loads a
// CommonJS module, but compiled through vm.Script with V8's code cache: a run that finds the
// cache deserialises the bytecode of every function a typical run needs instead of parsing and
// compiling them (about 70 ms of a cold `corroborate analyze`). Node 20 has no compile cache of
// its own (module.enableCompileCache came in Node 22).

'use strict'
const { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

// The build writes the bundle already inside the wrapper Node puts around a CommonJS module (so
// that V8 need not copy 2 MB of source into a wrapped string), its key right after.
const KEY_LINE = /^\(function \(exports, require, module, __filename, __dirname\) \{\/\/ corroborate-cli-bundle ([0-9a-f]{64})\n/
const KEY_BYTES = 64
// After the key, one byte: whether the cache was written after a typical run (see saveCache).
const TYPICAL = 'T'
const OTHER = 'O'
const HEADER_BYTES = KEY_BYTES + 1

/**
 * Runs the bundle at `file` (a path). Returns its exports, and `saveCache(typical)`
 * to call once the command has run: it writes the cache when there was none for this bundle (or
 * V8 refused it: another Node version or other flags), or when there was one from a run that was
 * not typical (`--version` compiles little) and this one was. Written after the run, the cache
 * holds the functions compiled lazily during it too.
 */
function loadBundle(file) {
  const cacheFile = `${file}.cache`
  // The source and then the cache (over 1 MB each) are read through one buffer, the size of the
  // larger: the cache lands in pages the source already touched, and on some virtual machines
  // each new page costs tens of microseconds.
  const buffer = new ArrayBuffer(Math.max(sizeOf(file), sizeOf(cacheFile)))
  const bytes = readWhole(file, buffer)
  // The build leaves only ASCII in the bundle: Latin-1 reads it without UTF-8 decoding.
  const source = bytes.toString('latin1')
  const key = KEY_LINE.exec(source)?.[1]
  const cache = key === undefined ? undefined : readCache(cacheFile, key, buffer)
  const cachedData = cache?.data
  const script = new vm.Script(source, {
    filename: file,
    ...(cachedData === undefined ? {} : { cachedData }),
  })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file))
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected
  return {
    exports: module.exports,
    saveCache(typical = true) {
      if (key === undefined || (cacheUsed && (cache?.typical === true || !typical))) return
      writeCache(cacheFile, key, typical, script.createCachedData())
    },
  }
}

function sizeOf(file) {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0
}

/** The content of `file`, in `reuse` (an ArrayBuffer) when it fits there, else in a new buffer. */
function readWhole(file, reuse) {
  const descriptor = openSync(file, 'r')
  try {
    const size = fstatSync(descriptor).size
    const bytes = reuse !== undefined && reuse.byteLength >= size ? Buffer.from(reuse, 0, size) : Buffer.allocUnsafeSlow(size)
    let read = 0
    while (read < size) {
      const count = readSync(descriptor, bytes, read, size - read, read)
      if (count === 0) break
      read += count
    }
    return bytes.subarray(0, read)
  } finally {
    closeSync(descriptor)
  }
}

function readCache(cacheFile, key, reuse) {
  let raw
  try {
    raw = readWhole(cacheFile, reuse)
  } catch {
    return undefined
  }
  // A cache made for another build of the bundle would be accepted by V8 if the lengths agreed.
  if (raw.length <= HEADER_BYTES || raw.toString('latin1', 0, KEY_BYTES) !== key) return undefined
  return { data: raw.subarray(HEADER_BYTES), typical: raw.toString('latin1', KEY_BYTES, HEADER_BYTES) === TYPICAL }
}

function writeCache(cacheFile, key, typical, data) {
  // Written aside and renamed, so a concurrent run never reads half a cache. A read-only install
  // simply runs without one.
  const temporary = `${cacheFile}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(key + (typical ? TYPICAL : OTHER), 'latin1'), data]))
    renameSync(temporary, cacheFile)
  } catch {
    rmSync(temporary, { force: true })
  }
}

module.exports = { loadBundle }
