import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { split } from 'sentence-splitter'

/**
 * Real newswire text for the clustering corpora: the Reuters-21578 articles (ModApte split) that
 * Debian's `weka` package ships as ARFF examples. Nothing is installed and nothing is downloaded
 * at run time; `scripts/make-corpus.ts` documents and runs the one-time step:
 *
 *   cd bench/corpus-data && apt-get download weka && dpkg-deb -x weka_*.deb weka
 */
const ARFF_FOLDER = 'usr/share/doc/weka/examples'

export function reutersFolderCandidates(repoRoot: string): string[] {
  return [
    process.env['CORROBORATE_REUTERS_DIR'],
    path.join(repoRoot, 'bench/corpus-data/weka', ARFF_FOLDER),
    path.join('/tmp/wekax', ARFF_FOLDER),
    path.join('/', ARFF_FOLDER),
  ].filter((folder): folder is string => folder !== undefined)
}

/** The folder holding the Reuters ARFF files, or undefined when the weka data is not on this machine. */
export function findReutersFolder(repoRoot: string): string | undefined {
  return reutersFolderCandidates(repoRoot).find((folder) => existsSync(folder) && readdirSync(folder).some((name) => /^Reuters.*\.arff$/i.test(name)))
}

/** Every distinct article text of the Reuters ARFF files in `folder` (the Corn and Grain files repeat the same texts). */
export function readReutersArticles(folder: string): string[] {
  const texts = new Set<string>()
  for (const name of readdirSync(folder).filter((file) => /^Reuters.*\.arff$/i.test(file)).sort()) {
    for (const text of arffStrings(readFileSync(path.join(folder, name), 'utf8'))) {
      // Reuters ends most stories with a "Reuter" sign-off; it is not article text.
      const cleaned = text.replace(/\s+/g, ' ').replace(/\s*Reuter\s*$/, '').trim()
      if (cleaned.split(' ').length >= 30) texts.add(cleaned)
    }
  }
  return [...texts]
}

/** The first quoted value of each data line: `'text with \n escapes',0`. */
function* arffStrings(arff: string): Generator<string> {
  const dataStart = arff.search(/^@data\s*$/im)
  if (dataStart < 0) return
  let index = dataStart
  while ((index = arff.indexOf("\n'", index)) >= 0) {
    index += 2
    let value = ''
    while (index < arff.length && arff[index] !== "'") {
      const character = arff[index]!
      if (character === '\\') {
        const escaped = arff[index + 1]!
        value += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped === 'r' ? '' : escaped
        index += 2
      } else {
        value += character
        index++
      }
    }
    yield value
  }
}

/**
 * Sentences of the articles, 6 to 60 words long, without repeats. Longer "sentences" are tables
 * and lists the splitter could not cut; drawn into many articles they would make accidental
 * near-duplicates.
 */
export function sentencesOf(texts: readonly string[]): string[] {
  const sentences = new Set<string>()
  for (const text of texts) {
    for (const node of split(text)) {
      if (node.type !== 'Sentence') continue
      const sentence = node.raw.trim()
      const words = sentence.split(' ').length
      if (words >= 6 && words <= 60) sentences.add(sentence)
    }
  }
  return [...sentences]
}

/** A deterministic pseudo-random generator (mulberry32): the same seed builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A rewrite with about `rate` of its words edited: each edited word is replaced, dropped, or
 * followed by an inserted word, the kind of change a spinner or a sub-editor makes.
 */
export function editWords(text: string, rate: number, vocabulary: readonly string[], random: () => number): string {
  const out: string[] = []
  for (const word of text.split(' ')) {
    if (random() >= rate) {
      out.push(word)
      continue
    }
    const edit = random()
    const other = vocabulary[Math.floor(random() * vocabulary.length)]!
    if (edit < 1 / 3) out.push(other)
    else if (edit < 2 / 3) continue
    else out.push(word, other)
  }
  return out.join(' ')
}
