/*
 * V8 compiles a regular expression anew for each string representation, and for a two-byte string
 * (any character beyond Latin-1: curly quotes, dashes) Unicode classes such as \p{L} cost it
 * several milliseconds per pattern, against a fraction of one for a Latin-1 string. Patterns that
 * run over article text therefore read a Latin-1 stand-in of it: the same length and offsets, the
 * few punctuation marks beyond Latin-1 that English news uses (’ “ – …) replaced by C1 codes that
 * the stand-in patterns name in their place, the text's own C1 codes by another one that no
 * pattern names. What a match says is then cut from the text itself.
 *
 * A text with any other character beyond Latin-1 (a letter of another alphabet, a thin space) has
 * no stand-in and is read as it is: telling which Latin-1 character every class treats alike would
 * take Unicode-class patterns on two-byte strings, the very cost the stand-in avoids.
 */

/** Punctuation beyond Latin-1 that patterns may name; each stands in as a C1 code of its own. */
const LITERALS = '’‘“”–—…−€•'
const FIRST_LITERAL_CODE = 0x81
/** The stand-in of the text's own C1 codes, which no class names. */
const OTHER = 0x80

const LITERAL_CODES = new Map([...LITERALS].map((character, index) => [character.charCodeAt(0), FIRST_LITERAL_CODE + index]))

// Properties that neither the literals nor their C1 stand-ins have (\p{P} would tell them apart).
const ALLOWED_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'M', 'N'])
// The C1 codes stand for the literals and OTHER: patterns must not name them.
const STAND_IN_CODES = new Set(Array.from({ length: 0x20 }, (_, index) => 0x80 + index))
const NO_TWIN = -1

let last: { text: string; standIn: string | undefined } = { text: '', standIn: '' }

/** The text as a one-byte string that stand-in patterns read alike; undefined when it cannot be one. */
export function latin1StandIn(text: string): string | undefined {
  // Numbers, dates and terms read the same article in turn; words and sentences are not kept.
  if (text.length < 500) return standInOf(text)
  if (text !== last.text) last = { text, standIn: standInOf(text) }
  return last.standIn
}

// Characters the stand-in changes or refuses: C1 codes and everything beyond Latin-1 (each half
// of a surrogate pair alone: without the u flag, a code unit is a character). Cheap to compile.
const CHANGED = /[\x80-\x9f]|[^\x00-\xff]/g
const BEYOND_ASCII = /[^\x00-\x7f]/
const WITHOUT_STAND_IN = new RegExp(`[^\\x00-\\xff${LITERALS}]`)

// Built with regular expressions and Buffer rather than a loop over characters: a cold run would
// interpret such a loop for every character of every window it reads.
function standInOf(text: string): string | undefined {
  let mapped = text
  if (BEYOND_ASCII.test(text)) {
    if (WITHOUT_STAND_IN.test(text)) return undefined
    let twinless = false
    mapped = text.replace(CHANGED, (character) => {
      const code = character.charCodeAt(0)
      const twin = code < 0xa0 ? OTHER : (LITERAL_CODES.get(code) ?? NO_TWIN)
      if (twin === NO_TWIN) twinless = true
      return String.fromCharCode(twin === NO_TWIN ? OTHER : twin)
    })
    if (twinless) return undefined
  }
  // Latin-1 decoding makes a one-byte string (a slice of a two-byte text is two-byte itself).
  return Buffer.from(mapped, 'latin1').toString('latin1')
}

/**
 * The text itself, as a one-byte string when all its characters are Latin-1 (else unchanged): a
 * slice or trim of a two-byte text stays two-byte even when it is plain ASCII, and patterns with
 * Unicode classes cost V8 far more to compile for two-byte strings (see above). Same characters,
 * so everything read from it is equal to what the text itself gives.
 */
export function asOneByte(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1')
}

const BEYOND_LATIN1 = /[^\x00-\xff]/

/**
 * A pattern compiled on first use, for the text itself or for its stand-in. The source may name
 * only the properties L, Lu, Ll, M, N and, beyond Latin-1, only the punctuation in LITERALS
 * (as itself or as \uXXXX), and of the upper half of Latin-1 no C1 code.
 */
export class StandInPattern {
  private original: RegExp | undefined
  private latin1: RegExp | undefined

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    standInPatterns.push(this)
  }

  /**
   * The stand-in form of a pattern written as a literal. The literal itself is parsed when its
   * module loads, its Unicode classes built from ICU (about 0.1 ms each): the patterns of the
   * pipeline are written as String.raw sources instead, parsed only when used.
   */
  static of(pattern: RegExp): StandInPattern {
    return new StandInPattern(pattern.source, pattern.flags)
  }

  /** Whether the pattern matches `text` (from the start), read through the text's stand-in. */
  test(text: string): boolean {
    const standIn = latin1StandIn(text)
    const pattern = this.for(standIn)
    pattern.lastIndex = 0
    return pattern.test(standIn ?? text)
  }

  /**
   * The pattern's first match in `text`, read through the text's stand-in, with the whole and each
   * group (named ones too) cut from the text. The pattern needs the d flag.
   */
  exec(text: string): RegExpExecArray | null {
    const standIn = latin1StandIn(text)
    const pattern = this.for(standIn)
    pattern.lastIndex = 0
    const match = pattern.exec(standIn ?? text)
    return match === null || standIn === undefined ? match : fromText(match, text)
  }

  /**
   * text.replace(pattern, replacement) for a negated class ([^\p{L}\p{N}]+) that names no
   * punctuation beyond ASCII: every character the stand-in changes is one the class replaces, so
   * what is left of the stand-in is the text's own.
   */
  replaceIn(text: string, replacement: string): string {
    this.checkReplacesChanged()
    const standIn = latin1StandIn(text)
    return (standIn ?? text).replace(this.for(standIn), replacement)
  }

  /** text.split(pattern) for such a negated class (see replaceIn): the pieces are the text's own. */
  splitIn(text: string): string[] {
    this.checkReplacesChanged()
    const standIn = latin1StandIn(text)
    return (standIn ?? text).split(this.for(standIn))
  }

  private replacesChanged = false

  private checkReplacesChanged(): void {
    if (this.replacesChanged) return
    this.replacesChanged = true
    if (!/^\[\^(?:\\p\{\w+\}|\\[sdw]|[\x20-\x5b\x5e-\x7e])*\]\+?$/u.test(this.source)) throw new Error(`not a negated class of properties and ASCII: ${this.source}`)
  }

  /** The pattern to run over `standIn ?? text`, where `standIn` is latin1StandIn(text). */
  for(standIn: string | undefined): RegExp {
    if (standIn === undefined) return (this.original ??= new RegExp(this.source, this.flags))
    if (this.latin1 === undefined) {
      for (const [, property] of this.source.matchAll(/\\[pP]\{([^}]*)\}/gu)) {
        if (!ALLOWED_PROPERTIES.has(property ?? '')) throw new Error(`stand-in pattern names \\p{${property}}`)
      }
      // The CLI bundle is ASCII: there a literal ’ in a String.raw source reads \u2019.
      const literal = this.source.replace(/\\(?:u([0-9a-fA-F]{4})|x([89a-fA-F][0-9a-fA-F]))/gu, (escape, long?: string, short?: string) => {
        const code = Number.parseInt(long ?? short ?? '', 16)
        return code >= 0x80 ? String.fromCharCode(code) : escape
      })
      // Characters of the upper half of Latin-1 only as themselves (not in a range), and no C1
      // code, which the stand-in gives another character's meaning.
      if (/\\u|\\x[89a-fA-F]|[\x80-\xff]-|-[\x80-\xff]/u.test(literal) || [...literal].some((character) => STAND_IN_CODES.has(character.charCodeAt(0)))) {
        throw new Error(`stand-in pattern names a character the stand-in gives another meaning: ${this.source}`)
      }
      const source = literal.replace(/[^\x00-\xff]/gu, (character) => {
        const code = LITERAL_CODES.get(character.charCodeAt(0))
        if (code === undefined) throw new Error(`stand-in pattern names ${character}`)
        return `\\x${code.toString(16)}`
      })
      const latin1Source = withLatin1Properties(source, this.flags.includes('i'))
      this.latin1 = new RegExp(latin1Source, latin1Flags(latin1Source, this.flags))
    }
    return this.latin1
  }
}

/**
 * The flags for a stand-in pattern's Latin-1 source: without u when nothing in it needs u. On a
 * Latin-1 subject the u flag changes no match of such a source (case folding within Latin-1 is the
 * same either way; only ſ, K and astral characters read differently, and a stand-in has none), but
 * with u and i V8 closes every literal over Unicode case folding through ICU while compiling: a
 * long alternation of words costs it milliseconds, several times what it costs without u.
 */
export function latin1Flags(latin1Source: string, flags: string): string {
  // \p{…}, \P{…} (left inside classes) and \u escapes read differently without u.
  return /\\[pPu]/u.test(latin1Source) ? flags : flags.replace('u', '')
}

/**
 * The Latin-1 members of the properties a stand-in pattern may name, as class ranges: without and
 * with the i flag (which adds the letters whose case partner has the property: ß, µ and ÿ for Lu).
 * latin1.test.ts checks them against V8's \p classes on every Latin-1 character.
 */
export const LATIN1_PROPERTY_MEMBERS: Readonly<Record<string, readonly [string, string]>> = {
  L: ['A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff', 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff'],
  Lu: ['A-Z\\xc0-\\xd6\\xd8-\\xde', 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff'],
  Ll: ['a-z\\xb5\\xdf-\\xf6\\xf8-\\xff', 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff'],
  M: ['', ''],
  N: ['0-9\\xb2\\xb3\\xb9\\xbc-\\xbe', '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe'],
}

/**
 * A stand-in pattern's source with each \p{…} written as the property's Latin-1 members, which
 * is all a stand-in holds. V8 builds the whole Unicode set of a \p class from ICU data each time it
 * parses the pattern (when the pattern is made, compiled, and compiled again to machine code once
 * it has run): some 0.1 ms a class, on every cold start. A \P{…} inside a class stays as it is.
 */
export function withLatin1Properties(source: string, ignoreCase: boolean): string {
  let inClass = false
  return source.replace(/\\([pP])\{(\w+)\}|\\.|[[\]]/gsu, (token, sign: string | undefined, property: string | undefined) => {
    if (property === undefined) {
      if (token === '[') inClass = true
      else if (token === ']') inClass = false
      return token
    }
    const members = LATIN1_PROPERTY_MEMBERS[property]?.[ignoreCase ? 1 : 0]
    if (members === undefined) return token
    if (sign === 'P') return inClass ? token : `[^${members}]`
    return inClass ? members : `[${members}]`
  })
}

/**
 * A match found on the stand-in, made the match the text itself gives (same spans, checked by
 * latin1.test.ts): the whole and each group (named ones too) cut from the text. The pattern needs
 * the d flag.
 */
export function fromText(match: RegExpExecArray, text: string): RegExpExecArray {
  const { indices } = match
  if (indices === undefined) throw new Error('a stand-in match needs the d flag')
  for (let group = 0; group < match.length; group += 1) {
    const span = indices[group]
    match[group] = span === undefined ? (undefined as unknown as string) : text.slice(span[0], span[1])
  }
  const { groups } = match
  if (groups !== undefined && indices.groups !== undefined) {
    for (const name of Object.keys(groups)) {
      const span = indices.groups[name]
      groups[name] = span === undefined ? (undefined as unknown as string) : text.slice(span[0], span[1])
    }
  }
  return match
}

/** Every stand-in pattern made, for the tests that check each reads a text and its stand-in alike. */
export const standInPatterns: StandInPattern[] = []
