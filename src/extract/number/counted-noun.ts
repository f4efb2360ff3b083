import { latin1StandIn, StandInPattern } from '../../segment/latin1.js'
import { isStopword } from '../../segment/terms.js'

/*
 * The noun a number counts, lemmatised: "40 new fighter jets" → "jet", "13 planes had been ordered"
 * → "plane", "1,000 years of rule" → "year". Without a tagger (compromise costs ~400 ms to load),
 * the head is the first plural-looking word of the few words after the number, else the last one
 * before a function word or punctuation.
 */

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', aircraft: 'aircraft', personnel: 'personnel', staff: 'staff',
  troops: 'troop', police: 'police', crises: 'crisis', analyses: 'analysis', sheep: 'sheep',
}

// Words that follow numbers but are not what is counted: "13 (or maybe", "40 percent" is handled elsewhere.
const NOT_NOUNS = new Set(['new', 'more', 'other', 'additional', 'extra', 'further', 'key', 'major', 'main', 'such', 'different', 'separate', 'total'])

// Units written singular as the first half of a compound ("two day ordeal" for "two-day ordeal").
const MEASURE_UNITS = new Set([
  'second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century',
  'inch', 'foot', 'yard', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'mph',
  'acre', 'hectare', 'ton', 'tonne', 'pound', 'kilogram', 'litre', 'liter', 'gallon', 'storey', 'story', 'bed', 'man', 'game', 'match', 'point', 'seat', 'lane', 'star',
])

// Read over Latin-1 stand-ins of the text where there are (see segment/latin1.ts); what they find is cut from the text.
const ALTERNATIVE_AFTER = new StandInPattern(String.raw`^\s*\([^)]{0,30}\)|^\s*[,—–]\s*or\s+(?:possibly\s+|perhaps\s+|maybe\s+|even\s+)?[\p{L}\p{N}.,-]+?\s*[,—–]`, 'u')
const ALTERNATIVE_BEFORE = new StandInPattern(String.raw`\bor\s+(?:possibly\s+|perhaps\s+|maybe\s+|even\s+)?[\p{L}\p{N}.,-]+$`, 'u')
const ALTERNATIVE_CLOSED = new StandInPattern(String.raw`^\s*[,—–)]`, 'u')
const WORD_OR_MARK = new StandInPattern(String.raw`(\s*)([\p{L}][\p{L}\p{N}'’-]*|[^\s\p{L}])`, 'gu')
const TRAILING_MARKS = /['’]+$/u
const LETTER_FIRST = new StandInPattern(String.raw`^\p{L}`, 'u')
const CAPITAL_FIRST = new StandInPattern(String.raw`^\p{Lu}`, 'u')

/** The counted noun after offset `end` in `text`, singular and lower case, if there is one. */
export function countedNoun(text: string, end: number): string | undefined {
  // "three (or maybe 13) planes", "three, or possibly thirteen, planes", "3—or 13—planes": the
  // noun comes after the alternative.
  const after = text.slice(end, end + 100)
  const afterStandIn = latin1StandIn(after)
  const afterSubject = afterStandIn ?? after
  const before = text.slice(Math.max(0, end - 40), end)
  const beforeStandIn = latin1StandIn(before)
  const alternative = ALTERNATIVE_AFTER.for(afterStandIn).exec(afterSubject) ??
    (ALTERNATIVE_BEFORE.for(beforeStandIn).test(beforeStandIn ?? before) ? ALTERNATIVE_CLOSED.for(afterStandIn).exec(afterSubject) : null)
  const rest = alternative === null ? after : ` ${after.slice(alternative[0].length)}`
  const restSubject = alternative === null ? afterSubject : ` ${afterSubject.slice(alternative[0].length)}`
  const standIn = afterStandIn === undefined ? undefined : restSubject
  const run: string[] = []
  let sawName = false
  let names = 0
  for (const match of restSubject.matchAll(WORD_OR_MARK.for(standIn))) {
    const space = match[1] ?? ''
    const wordStart = match.index + space.length
    const wordEnd = wordStart + (match[2] ?? '').length
    // "six weeks’ tennis", "for two days'": a possessive or a closing quote mark ends the noun.
    const markEnd = wordEnd - (TRAILING_MARKS.exec(rest.slice(wordStart, wordEnd))?.[0].length ?? 0)
    const word = rest.slice(wordStart, markEnd)
    const wordSubject = restSubject.slice(wordStart, markEnd)
    if (match.index === 0 && space === '') return undefined // "13th", "35-year-old"
    if (!LETTER_FIRST.for(standIn).test(wordSubject)) break
    const lower = word.toLowerCase()
    // "40 new Sukhoi Su-35 and Su-30 fighter jets", "1,000 internal Acme files": names and
    // designators sit between the number and its noun.
    if (CAPITAL_FIRST.for(standIn).test(wordSubject)) {
      sawName = true
      if (++names > 4) break
      continue
    }
    if (isStopword(lower)) {
      // "40 Su-35 and Su-30 jets", "310 shipping and fishing businesses": the noun comes after the pair.
      if ((lower === 'and' || lower === 'or') && (sawName || (run.length > 0 && run.length < 3))) continue
      break
    }
    run.push(lower)
    if (IRREGULAR_PLURALS[lower] !== undefined || looksPlural(lower)) return singular(lower)
    // "a two day ordeal", "a 10 mile walk": a unit left singular before its noun is what is counted.
    if (run.length === 1 && MEASURE_UNITS.has(lower) && markEnd === wordEnd) return lower
    if (run.length >= 4) break
  }
  // "one new submarine": the first word run ends with the head noun.
  const head = run.filter((word) => !NOT_NOUNS.has(word)).at(-1)
  return head === undefined ? undefined : singular(head)
}

function looksPlural(word: string): boolean {
  return word.length > 3 && /s$/u.test(word) && !/(?:ss|us|is|ous)$/u.test(word)
}

/** "jets" → "jet", "companies" → "company", "buses" → "bus", "people" → "person". */
export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS[word]
  if (irregular !== undefined) return irregular
  if (!looksPlural(word)) return word
  if (/[^aeiou]ies$/u.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ch|sh|x|z|ss)es$/u.test(word)) return word.slice(0, -2)
  if (/ses$/u.test(word) && !/(?:ase|ise|use|ose)s$/u.test(word)) return word.slice(0, -2)
  return word.slice(0, -1)
}

/*
 * Nouns that count people: a rewrite says "450 people" for "450 workers", "2,400 employees" for
 * "2,400 people". Written by hand: no installed lexicon groups nouns by what they denote, and the
 * list only has to cover the words newsrooms use for counted people.
 */
const PEOPLE = new Set([
  'person', 'people', 'individual', 'man', 'woman', 'child', 'adult', 'worker', 'employee', 'staff', 'personnel',
  'resident', 'citizen', 'inhabitant', 'local', 'member', 'volunteer', 'official', 'officer', 'student', 'pupil',
  'patient', 'passenger', 'visitor', 'victim', 'casualty', 'civilian', 'soldier', 'troop', 'protester', 'voter',
  'fan', 'spectator', 'player', 'refugee', 'migrant', 'job', 'hire', 'recruit', 'labourer', 'laborer',
])

/** Whether two counted nouns (singular) can count the same things. */
export function sameCountedThing(left: string, right: string): boolean {
  return left === right || (PEOPLE.has(left) && PEOPLE.has(right))
}
