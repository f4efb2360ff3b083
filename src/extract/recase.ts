import { createRequire } from 'node:module'
import { ORGANIZATION_MARKERS, PLACE_MARKERS, PLACE_PREFIXES } from './entity/gazetteer.js'
import { isStopword } from '../segment/terms.js'
import { isEnglishWord } from './english-words.js'
import type { Casing } from './story-casing.js'

/*
 * Lower-cased texts ("jane doyle of harbourside rovers scored twice.", the tokenised output of
 * summarisation systems) give the entity finder no capitals to go by, so every name in them went
 * unnoticed, and so did every invented one. For those texts only, a copy is written with the
 * names capitalised again, of the same length (offsets stay valid), and the finders read it.
 *
 * compromise (installed) knows first names, places and organisations and tags the surname after
 * a first name; it is loaded on the first lower-cased text only (about 400 ms once), because
 * ordinary news text never needs it.
 */

interface TaggedTerm {
  readonly text: string
  readonly tags: readonly string[]
  readonly offset: { readonly start: number; readonly length: number }
  /** Punctuation and white space after the word. */
  readonly post?: string
}

type Tagger = (text: string) => { json(options: object): { terms: TaggedTerm[] }[] }

let tagger: Tagger | undefined

function loadTagger(): Tagger {
  if (tagger === undefined) {
    const loaded = createRequire(import.meta.url)('compromise') as Tagger | { default: Tagger }
    tagger = typeof loaded === 'function' ? loaded : loaded.default
  }
  return tagger
}

/** No upper-case letter at all, and enough lower-case words to be prose rather than a code or an empty line. */
export function isLowerCased(text: string): boolean {
  return !/\p{Lu}/u.test(text.replace(/\[\p{Lu}+\]/gu, '')) && (text.match(/\p{Ll}{2,}/gu)?.length ?? 0) >= 3
}

const NAME_TAGS = new Set(['Person', 'Place', 'Organization', 'ProperNoun'])
// Numbers, dates and titles keep their case: "one", "monday", "first minister" are found by other means.
const NOT_NAME_TAGS = new Set(['Value', 'Date', 'Month', 'WeekDay', 'Honorific', 'Pronoun'])

/**
 * The text with every word the tagger takes for part of a name capitalised ("nick kyrgios" →
 * "Nick Kyrgios", "u.s." → "U.S."), and the first letter of each sentence too, so that sentence
 * splitting finds its boundaries; tokenised thousands are closed up. Same length as `text`.
 */
export function recaseNames(text: string, casing?: Casing): string {
  const chars = [...text].length === text.length ? text.split('') : undefined
  if (chars === undefined) return text // astral characters: offsets would shift, leave the text as it is
  const capitalise = (at: number, acronym: boolean, length: number): void => {
    for (let i = at; i < at + length && i < chars.length; i++) {
      const upper = (chars[i] ?? '').toUpperCase()
      if (upper.length === 1) chars[i] = upper
      if (!acronym) return
    }
  }
  const sentences = loadTagger()(text).json({ offset: true, terms: { tags: true, offset: true } })
  const unknownWords = wordsNotInDictionary(sentences.flatMap((sentence) => sentence.terms))
  for (const sentence of sentences) {
    const terms = sentence.terms
    const inName = terms.map((term) => (term.tags.some((tag) => NAME_TAGS.has(tag)) || unknownWords.has(term)) && !term.tags.some((tag) => NOT_NAME_TAGS.has(tag)))
    widenNames(terms, inName)
    // The story's cased articles overrule the tagger: "parliament" stays a word, "guiseley" is a name.
    // Dates, numbers and titles keep their case whatever the story does ("Thursday" is found by other means).
    const written = terms.map((term) => (term.tags.some((tag) => NOT_NAME_TAGS.has(tag)) ? undefined : casing?.get(bareWord(term.text))))
    terms.forEach((term, i) => {
      const form = written[i]
      // Month and weekday names are capitalised for the date finder ("8 june" → "8 June"); compromise
      // tells the month "may" from the verb.
      const calendarWord = term.tags.includes('Month') || term.tags.includes('WeekDay')
      if (!calendarWord && (form === 'lower' || (form === undefined && inName[i] !== true) || term.text.toLowerCase() === 'of')) return
      const start = firstLetter(text, term.offset.start, term.offset.length)
      if (start === undefined) return
      // An acronym is upper-cased up to its possessive: "uk's" → "UK's".
      const length = form === 'upper' && !calendarWord ? bareWord(term.text).length : term.offset.start + term.offset.length - start
      capitalise(start, !calendarWord && (form === 'upper' || (form === undefined && term.tags.includes('Acronym'))), length)
    })
  }
  // "… said. the talks …": a stop, white space and a lower-case letter start a new sentence. The
  // text's first word needs no capital to be found as one, and one would join it to a name
  // after it ("new swansea city head coach…" is no "New Swansea City").
  for (const match of text.matchAll(/[.!?]["'”’]?\s+(\p{Ll})/gu)) capitalise(match.index + match[0].length - 1, false, 1)
  // "[UNK]", a summariser's unknown-word mark, names nothing.
  for (const match of text.matchAll(/\[\p{Lu}+\]/gu)) chars.splice(match.index, match[0].length, ...match[0].toLowerCase().split(''))
  // Tokenised thousands, "£50, 000" or "1, 000 people": the space moves behind the number ("£50,000 ").
  for (const match of text.matchAll(/(?<![\p{N},.])(?:(?<=[£$€]\s?)\p{N}{1,3}|\p{N}{1,3}(?=, 000(?!\p{N})))(, )(\p{N}{3})(?!\p{N})/gu)) {
    const comma = match.index + match[0].length - 5
    chars.splice(comma, 5, ',', ...(match[2] ?? '').split(''), ' ')
  }
  return chars.join('')
}

/**
 * Words of an English text that no English dictionary has in lower case: names the tagger does
 * not know ("salford", "kingsholm", "szijjarto"). Nothing in a text where such words abound (a
 * summary in Welsh): there they are the language, not names.
 */
function wordsNotInDictionary(terms: readonly TaggedTerm[]): Set<TaggedTerm> {
  const words = terms.map((term) => ({ term, word: bareWord(term.text) })).filter(({ word }) => /^\p{Ll}+$/u.test(word))
  const unknown = new Set(words.filter(({ term, word }) => term.text.length >= 3 && !isStopword(word) && !isEnglishWord(word)).map(({ term }) => term))
  return unknown.size > words.length * MAXIMUM_UNKNOWN_SHARE ? new Set() : unknown
}

/** Even a summary thick with names has most of its words in the dictionary; a text with this share outside it is in another language. */
const MAXIMUM_UNKNOWN_SHARE = 0.4

// "greater manchester", "north wales": the tagger knows the place, not the word that opens its name.
const NAME_OPENERS = new Set(['greater', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central'])
// "bank of england", "university of glasgow", "republic of ireland": an institution of a place.
const OF_HEADS = new Set([...ORGANIZATION_MARKERS, ...PLACE_PREFIXES, 'republic', 'kingdom', 'isle', 'isles', 'city', 'county'])
// "essex police", "glasgow university", "hull city": a marker right after a name belongs to it.
const NAME_TAILS = new Set([...ORGANIZATION_MARKERS, ...PLACE_MARKERS])

/** Widens each run of name words over the lower-case words that belong to the name (see the sets above). */
function widenNames(terms: readonly TaggedTerm[], inName: boolean[]): void {
  const word = (i: number): string => (terms[i]?.text ?? '').toLowerCase().replace(/[^\p{L}]/gu, '')
  const glued = (i: number): boolean => (terms[i]?.post ?? ' ').trim() === '' && !/['’]s$/u.test(terms[i]?.text ?? '')
  for (let i = 0; i < terms.length; i++) {
    if (inName[i] !== true || inName[i - 1] === true) continue
    let first = i
    while (first > 0 && inName[first - 1] !== true && NAME_OPENERS.has(word(first - 1)) && glued(first - 1)) inName[--first] = true
    if (first > 1 && word(first - 1) === 'of' && OF_HEADS.has(word(first - 2)) && glued(first - 2) && glued(first - 1)) {
      inName[first - 1] = true
      inName[first - 2] = true
    }
    let last = i
    while (inName[last + 1] === true) last++
    if (last + 1 < terms.length && NAME_TAILS.has(word(last + 1)) && glued(last)) inName[last + 1] = true
  }
}

/** "snp's" → "snp", "(guiseley" → "guiseley": the word as `casingOf` keys it. */
function bareWord(term: string): string {
  return term.toLowerCase().replace(/['’]s$/u, '').replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, '')
}

function firstLetter(text: string, start: number, length: number): number | undefined {
  for (let i = start; i < start + length; i++) if (/\p{L}/u.test(text[i] ?? '')) return i
  return undefined
}
