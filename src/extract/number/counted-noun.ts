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

/** The counted noun after offset `end` in `text`, singular and lower case, if there is one. */
export function countedNoun(text: string, end: number): string | undefined {
  const after = text.slice(end, end + 60)
  // "three (or maybe 13) planes": skip a parenthesis right after the number.
  const rest = after.replace(/^\s*\([^)]{0,30}\)/u, '')
  const words: string[] = []
  for (const match of rest.matchAll(/(\s*)([\p{L}][\p{L}\p{N}'’-]*|[^\s\p{L}])/gu)) {
    const word = match[2] ?? ''
    if (words.length === 0 && match.index !== 0) break
    if (!/^\p{L}/u.test(word)) break
    if (words.length > 0 && match[1] === '') break
    const lower = word.toLowerCase()
    if (isStopword(lower) || lower === 'of') break
    // "two New York Times pieces": capitalised words are names, not the counted noun.
    words.push(/^\p{Lu}/u.test(word) ? '' : lower)
    if (words.length >= 5) break
  }
  if (words.length === 0) return undefined
  const common = words.filter((word) => word !== '')
  const plural = common.find((word) => IRREGULAR_PLURALS[word] !== undefined || looksPlural(word))
  const head = plural ?? common.find((word) => !NOT_NOUNS.has(word)) ?? common[common.length - 1]
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
