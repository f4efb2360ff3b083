import type { Article } from '../model/index.js'
import { StandInPattern, withLatin1Properties } from '../segment/latin1.js'

/** A source an article names ("according to The Daily Ledger", "told the paper"), with its span. */
export interface Attribution {
  readonly name: string
  readonly start: number
  readonly end: number
}

// A name: capitalised words (with "of", "and", "&" inside: "Bank of England"), an acronym ("BBC"),
// or a domain ("Kyivpost.com"); an optional leading "The".
// Dots only inside a word ("Kyivpost.com", "U.S"), so a name never runs into the next sentence.
// At most seven words and three dots: bounded repetition keeps matching linear on long runs of
// capitalised words (an all-caps release, a list of names), where `*` would backtrack quadratically.
const NAME_WORD = String.raw`[\p{Lu}][\p{L}\p{N}&'’-]{0,40}(?:\.[\p{L}\p{N}&'’-]{1,40}){0,3}`
const NAME = String.raw`(?:[Tt]he[ \t]+)?${NAME_WORD}(?:[ \t]+(?:of|for|and|&|${NAME_WORD})){0,6}`
// "the paper" names the outlet last named: "Experts cited by the paper said…".
const BACK_REFERENCE = String.raw`the\s+(?:paper|newspaper|publication|outlet|broadcaster|magazine|agency|news\s+agency|daily|site|website)`
const SOURCE = `(${NAME}|${BACK_REFERENCE})`
const ARTICLE_WORDS = String.raw`(?:\s+(?:a|an|the|new|recent|sweeping|lengthy|joint|exclusive|major|two|several|[a-z]+-?[a-z]*)){0,3}`
const REPORT_NOUN = String.raw`(?:report|reports|reporting|investigation|investigations|study|findings|analysis|story|stories|piece|pieces|article|articles|review|exposé|expose|inquiry|probe|documents|interview|interviews)`

/**
 * The phrasings by which news articles name their source. Each pattern carries its example.
 * Patterns before the name capture group 1, patterns after it capture group 1 as well.
 * `needs` is a short test that every match of the pattern passes (its keywords): compiling the
 * Unicode classes of a name costs V8 milliseconds per pattern, so a pattern runs only on texts
 * that pass. Patterns are compiled on first use (see `compiled`).
 */
const PATTERNS: readonly { readonly needs: RegExp; readonly source: string }[] = [
  {
    // "according to a sweeping New York Times study", "according to the Ledger"
    needs: /[Aa]ccording\s+to/u,
    source: String.raw`[Aa]ccording\s+to${ARTICLE_WORDS}\s+${SOURCE}`,
  },
  {
    // "told the paper", "confirmed to the NYT", "speaking to Reuters", "in an interview with the Ledger"
    needs: /\b(?:told|telling|tells|confirmed\s+to|speaking\s+to|spoke\s+to|said\s+to|interview\s+with|interviews\s+with|statement\s+to)\s/u,
    source: String.raw`\b(?:told|telling|tells|confirmed\s+to|speaking\s+to|spoke\s+to|said\s+to|interview\s+with|interviews\s+with|statement\s+to)\s+${SOURCE}`,
  },
  {
    // "obtained by The New York Times", "reviewed by the paper", "first reported by X", "seen by the paper"
    needs: /(?:obtained|reviewed|seen|cited|published|reported|revealed|verified|analy[sz]ed|examined|quoted|released)\s+by\s/u,
    source: String.raw`\b(?:obtained|reviewed|seen|cited|published|reported|first\s+reported|revealed|verified|analy[sz]ed|examined|quoted|released)\s+by\s+${SOURCE}`,
  },
  {
    // "appeared first on The Ledger", "originally published in X", "first appeared in X"
    needs: /(?:appeared|published)\s+(?:first\s+)?(?:on|in)\s/u,
    source: String.raw`\b(?:appeared\s+first|first\s+appeared|originally\s+(?:appeared|published))\s+(?:on|in)\s+${SOURCE}`,
  },
  {
    // "X reported", "X has reported that", "X reports", "NYT reported."
    needs: /(?:reported|reports|revealed|found|notes|noted|wrote|writes|disclosed)\b/u,
    source: String.raw`${SOURCE}(?:\s+\([\p{Lu}]{2,8}\))?\s+(?:has\s+|have\s+|had\s+|first\s+)?(?:reported|reports|revealed|found|notes|noted|wrote|writes|disclosed)\b`,
  },
  {
    // "The NYT's findings", "the Ledger’s investigation", "The two New York Times investigative pieces"
    needs: new RegExp(String.raw`\s${REPORT_NOUN}\b`, 'u'),
    source: String.raw`${SOURCE}(?:['’]s)?(?:\s+[a-z]+){0,2}\s+${REPORT_NOUN}\b`,
  },
  {
    // "the paper reported" handled above; "(Reuters)" style datelines: "HANOI (Reuters) -"
    needs: /\)\s+[-–—]/u,
    source: String.raw`\((${NAME})\)\s+[-–—]`,
  },
]

const IS_BACK_REFERENCE = new RegExp(`^${BACK_REFERENCE}$`, 'u')

/*
 * V8 compiles a regular expression anew for each string representation, and for a two-byte string
 * (any character beyond Latin-1: curly quotes, dashes) the name classes (\p{L}, \p{Lu}, \p{N})
 * cost several milliseconds per pattern, against a fraction of one for a Latin-1 string. So the
 * patterns read a Latin-1 stand-in of the text: every character beyond Latin-1 replaced by one
 * that each class and literal of the patterns treats alike (an upper-case letter by "À", another
 * letter by "à", a digit by "²", a space by a no-break space, ’ – — by C1 codes that the stand-in
 * patterns name in their place, anything else by another C1 code). Matches have the same offsets
 * in both; names are cut from the text. A text with characters beyond the BMP (two code units
 * each, one character to the patterns) is read as it is.
 */
const STAND_IN_LITERALS: Readonly<Record<string, string>> = { '’': '\x81', '–': '\x82', '—': '\x83' }
const OTHER = 0x80
const standInCodes = new Map<number, number>()

function standInCode(code: number): number {
  let standIn = standInCodes.get(code)
  if (standIn === undefined) {
    const character = String.fromCharCode(code)
    const literal = STAND_IN_LITERALS[character]
    standIn = literal !== undefined ? literal.charCodeAt(0)
      : /\p{Lu}/u.test(character) ? 0xc0
        : /\p{L}/u.test(character) ? 0xe0
          : /\p{N}/u.test(character) ? 0xb2
            : /\s/u.test(character) ? 0xa0
              : OTHER
    standInCodes.set(code, standIn)
  }
  return standIn
}

/** The text as a Latin-1 string the stand-in patterns read alike; undefined when it cannot be one. */
function latin1StandIn(text: string): string | undefined {
  if (/[\ud800-\udfff]/.test(text)) return undefined
  const codes = new Array<number>(text.length)
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    // C1 codes 0x81-0x83 stand for ’ – — in the stand-in patterns: the text's own become OTHER.
    codes[index] = code < 0x81 || (code > 0x83 && code <= 0xff) ? code : code <= 0x83 ? OTHER : standInCode(code)
  }
  // String.fromCharCode makes a one-byte string when every code fits in one.
  let standIn = ''
  for (let start = 0; start < codes.length; start += 4096) standIn += String.fromCharCode(...codes.slice(start, start + 4096))
  return standIn
}

const compiledPatterns = new Map<string, RegExp>()

/** Pattern `index`, for the text itself or for its Latin-1 stand-in; `d` gives the name's offsets. */
function compiled(index: number, form: 'original' | 'latin1'): RegExp {
  const key = `${form}:${index}`
  let pattern = compiledPatterns.get(key)
  if (pattern === undefined) {
    const source = PATTERNS[index]?.source ?? ''
    // The stand-in is Latin-1 only: its classes name just their Latin-1 members (cheaper to compile).
    const latin1 = (): string => withLatin1Properties(source.replace(/[’–—]/gu, (character) => STAND_IN_LITERALS[character] ?? character), false)
    pattern = new RegExp(form === 'original' ? source : latin1(), 'dgu')
    compiledPatterns.set(key, pattern)
  }
  return pattern
}

// Capitalised words that open a sentence or name a role, never an outlet: "The report said".
const NOT_A_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'one', 'several', 'some', 'officials', 'experts', 'analysts'])

/** Sources an article's text names, in order, with "the paper" resolved to the last named source. */
export function findAttributions(text: string): Attribution[] {
  const raw: Attribution[] = []
  const standIn = latin1StandIn(text)
  for (const [index, { needs }] of PATTERNS.entries()) {
    if (!needs.test(text)) continue
    const pattern = compiled(index, standIn === undefined ? 'original' : 'latin1')
    for (const match of (standIn ?? text).matchAll(pattern)) {
      const group = match.indices?.[1]
      if (group === undefined) continue
      // Cut from the text itself: the stand-in has the same offsets, not the same characters.
      const name = text.slice(group[0], group[1])
      const offset = match.index + text.slice(match.index, match.index + match[0].length).indexOf(name)
      raw.push({ name: trimName(name), start: offset, end: offset + name.length })
    }
  }
  raw.sort((left, right) => left.start - right.start)
  const result: Attribution[] = []
  let lastNamed: string | undefined
  for (const attribution of raw) {
    if (IS_BACK_REFERENCE.test(attribution.name)) {
      if (lastNamed !== undefined) result.push({ ...attribution, name: lastNamed })
      continue
    }
    if (NOT_A_NAME.has(nameKey(attribution.name))) continue
    lastNamed = attribution.name
    if (!result.some((other) => other.start === attribution.start)) result.push(attribution)
  }
  return result
}

/** Names an article gives as its source: those in its text and its syndication credits. */
export function namedSources(article: Article): readonly string[] {
  const cached = namedSourcesCache.get(article)
  if (cached !== undefined) return cached
  const names = [...new Set([...attributionsOf(article).map((attribution) => attribution.name), ...(article.credits ?? [])])]
  namedSourcesCache.set(article, names)
  return names
}

/** `findAttributions` of the article's text, found once per article. */
export function attributionsOf(article: Article): readonly Attribution[] {
  let attributions = attributionsCache.get(article)
  if (attributions === undefined) attributionsCache.set(article, (attributions = findAttributions(article.text)))
  return attributions
}

// Relation classification asks for every pair of articles; the text is scanned once per article.
const namedSourcesCache = new WeakMap<Article, readonly string[]>()
const attributionsCache = new WeakMap<Article, readonly Attribution[]>()

/** Names under which an article is known: its outlet and the outlets its credits name as the text's owner. */
export function identities(article: Article): string[] {
  return [...(article.outlet === undefined ? [] : [article.outlet]), ...(article.credits ?? [])]
}

/**
 * True when two outlet names refer to the same outlet: "The New York Times" = "New York Times" =
 * "NYT" = "nytimes"? (no: only initials and spacing are derived) = "New York Times's".
 * "Kyiv Post" = "Kyivpost.com" = "KyivPost". Initials are derived for every name, never listed.
 */
export function sameOutlet(left: string, right: string): boolean {
  const a = aliases(left)
  const b = aliases(right)
  for (const alias of a) if (b.has(alias)) return true
  return false
}

/** True when one of `names` refers to one of `outlets`. */
export function namesAny(names: readonly string[], outlets: readonly string[]): boolean {
  return names.some((name) => outlets.some((outlet) => sameOutlet(name, outlet)))
}

// Origin choice and relation classification compare every pair of articles' names: derive once.
const aliasCache = new Map<string, ReadonlySet<string>>()

function aliases(name: string): ReadonlySet<string> {
  let cached = aliasCache.get(name)
  if (cached === undefined) {
    cached = deriveAliases(name)
    if (aliasCache.size > 10_000) aliasCache.clear()
    aliasCache.set(name, cached)
  }
  return cached
}

function deriveAliases(name: string): Set<string> {
  const key = nameKey(name)
  const result = new Set<string>()
  if (key === '') return result
  const compact = key.replace(/\s+/gu, '')
  result.add(compact)
  const words = key.split(/\s+/u).filter((word) => word !== '')
  const significant = words.filter((word) => !['of', 'for', 'and', '&'].includes(word))
  if (significant.length >= 2) {
    // "New York Times" → "nyt"; "Agence France-Presse" → "afp" (hyphenated words give one initial each).
    result.add(significant.flatMap((word) => word.split('-')).map((word) => word[0] ?? '').join(''))
  }
  return result
}

// Read through a stand-in (segment/latin1.ts): cheaper to compile for than its Unicode classes.
const NOT_NAME_CHARACTER = new StandInPattern(String.raw`[^\p{L}\p{N}&\s-]`, 'gu')

function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/^the\s+/u, '')
    .replace(/\.(?:com|org|net|co\.uk|co|news|info)$/u, '')
    .replace(/\s*\([^)]*\)\s*/gu, ' ')
  return NOT_NAME_CHARACTER.replaceIn(words, '')
    .replace(/\s+/gu, ' ')
    .trim()
}

function trimName(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .replace(/(?:\s+(?:of|for|and|&))+$/u, '')
    .replace(/[.,;:]+$/u, '')
    .trim()
}
