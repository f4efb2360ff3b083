/** The input formats ingest understands. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'json' | 'feed'

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text', '.text': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
}

export function extensionOf(source: string): string {
  const name = baseName(source)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot).toLowerCase()
}

export function formatByExtension(source: string): InputFormat | undefined {
  return BY_EXTENSION[extensionOf(source)]
}

/** "stories/harbour/001.txt" → "001.txt" (forward and back slashes: sources come from any OS). */
export function baseName(source: string): string {
  return source.split(/[\\/]/).at(-1) ?? source
}

/** "stories/harbour/001.txt" → "001"; the id of a single-article file. */
export function nameWithoutExtension(source: string): string {
  const name = baseName(source)
  const extension = extensionOf(source)
  return extension === '' ? name : name.slice(0, -extension.length)
}

/**
 * Format of a file whose name does not tell: a feed or a web page by its first tag, JSON or JSONL when
 * it parses as such, Markdown by its heading or link syntax, else plain text ("[Updated] Ferry…" is text).
 */
export function sniffFormat(text: string): InputFormat {
  const start = text.trimStart().slice(0, 2000)
  if (/^<[!?a-z]/i.test(start)) {
    if (/<(?:rss|feed|rdf:RDF)[\s>]/i.test(start)) return 'feed'
    if (/^<\?xml/i.test(start) && !/<html[\s>]/i.test(start)) return 'feed'
    return 'html'
  }
  if (start.startsWith('[') || start.startsWith('{')) {
    if (parses(text)) return 'json'
    // JSONL when its first line is a JSON object: later broken lines are then reported, not read as prose.
    const firstLine = text.trimStart().split('\n', 1)[0] ?? ''
    if (firstLine.trim().startsWith('{') && parses(firstLine)) return 'jsonl'
  }
  if (/^#{1,6} \S/m.test(start) || /\[[^\]\n]+\]\([^)\s]+\)/.test(start) || /^(?:\*\*|__)\S/m.test(start)) return 'markdown'
  return 'text'
}

function parses(json: string): boolean {
  try {
    JSON.parse(json)
    return true
  } catch {
    return false
  }
}
