import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { ArticleInput } from '../model/article.js'
import type { Diagnostic } from '../model/result.js'
import { formatByExtension } from './formats.js'
import { DEFAULT_MAX_BYTES, parseDocument, tooLarge } from './parse-document.js'
import { problem, type ParsedInputs } from './parsed-inputs.js'
import { withUniqueIds } from './unique-ids.js'

export interface ReadOptions {
  /** Relative paths are resolved against it. Default: the process's working directory. */
  readonly cwd?: string
  /** Files larger than this are skipped unread with a 'too-large' diagnostic. Default 20 MB. */
  readonly maxBytes?: number
}

/**
 * The edge that reads files: every article in the named files and folders (a folder means every
 * supported file in it, recursively, sorted by path, hidden files skipped). Problems are returned
 * as diagnostics naming the path as the user wrote it; readable inputs are always returned.
 * Files are read with synchronous calls: article files are small and local, and a cold CLI run
 * would otherwise load node:fs/promises and start libuv's thread pool for them (about 5 ms).
 */
export async function readPaths(paths: readonly string[], options: ReadOptions = {}): Promise<ParsedInputs> {
  const cwd = options.cwd ?? process.cwd()
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const inputs: ArticleInput[] = []
  const diagnostics: Diagnostic[] = []
  for (const given of paths) {
    const absolute = path.resolve(cwd, given)
    const info = statOrUndefined(absolute)
    if (info === undefined) {
      diagnostics.push(problem('not-found', given, 'no such file or folder'))
      continue
    }
    const files = info.isDirectory() ? supportedFilesIn(absolute, given) : [{ absolute, shown: given }]
    if (info.isDirectory() && files.length === 0) {
      diagnostics.push(problem('no-articles', given, 'the folder holds no supported files (.txt .md .html .jsonl .json .xml .rss .atom)'))
    }
    for (const file of files) {
      const parsed = readOne(file.absolute, file.shown, maxBytes)
      inputs.push(...parsed.inputs)
      diagnostics.push(...parsed.diagnostics)
    }
  }
  const unique = withUniqueIds(inputs)
  return { inputs: unique.inputs, diagnostics: [...diagnostics, ...unique.diagnostics] }
}

function statOrUndefined(absolute: string): Stats | undefined {
  try {
    return statSync(absolute)
  } catch {
    return undefined
  }
}

function readOne(absolute: string, shown: string, maxBytes: number): ParsedInputs {
  try {
    // Size first: a many-megabyte file is refused without being read into memory.
    const info = statSync(absolute)
    if (!info.isFile()) return { inputs: [], diagnostics: [problem('not-a-file', shown, 'not a regular file')] }
    if (info.size > maxBytes) return { inputs: [], diagnostics: [tooLarge(shown, info.size, maxBytes)] }
    const bytes = readFileSync(absolute)
    return parseDocument(shown, bytes, { maxBytes })
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'read error'
    return { inputs: [], diagnostics: [problem('unreadable', shown, `cannot be read (${reason})`)] }
  }
}

/**
 * README.md, EXPECTED.md, LICENSE.txt: files named in capitals describe the folder, they are not one
 * of its articles. Named on the command line, such a file is still read.
 */
function isFolderDocumentation(name: string): boolean {
  const stem = name.slice(0, name.indexOf('.') === -1 ? undefined : name.indexOf('.'))
  return /^[A-Z][A-Z_-]*[A-Z]$/.test(stem)
}

interface FoundFile {
  readonly absolute: string
  /** The path as the user would write it: the folder they named joined with the file's place in it. */
  readonly shown: string
}

function supportedFilesIn(folder: string, shownFolder: string): FoundFile[] {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && formatByExtension(entry.name) !== undefined && !isFolderDocumentation(entry.name))
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name)
      const relative = path.relative(folder, absolute)
      return { absolute, relative, shown: path.join(shownFolder, relative) }
    })
    .filter((file) => !file.relative.split(path.sep).some((part) => part.startsWith('.')))
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
    .map(({ absolute, shown }) => ({ absolute, shown }))
}
