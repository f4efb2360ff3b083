import { aliasVariants } from '../extract/entity/aliases.js'
import { TITLES } from '../extract/entity/gazetteer.js'
import { singular } from '../extract/number/counted-noun.js'
import { isLowerCased } from '../extract/recase.js'
import type { AnalysedArticle, Evidence, Fact } from '../model/index.js'
import { textSpan } from '../model/index.js'
import { identities, sameOutlet } from './attribution.js'

/**
 * Where another article writes a name the extractor did not pick out as a fact of its own: inside
 * a longer name ("Greater Manchester" in "Greater Manchester Fire and Rescue Service"), by surname
 * alone in a sentence the extractor read differently ("Curtis added" for "Alan Curtis"), or in
 * lower case where one side was lower-cased ("parliament"). A name is checked by mention, so a
 * mention anywhere in the text supports it as much as an extracted one.
 */
export interface NameMention {
  readonly evidence: Evidence
  /** The words found: the whole name, or the surname alone. */
  readonly found: 'name' | 'surname'
}

const lowerCasedTexts = new WeakMap<AnalysedArticle, { lower: string; lowerCased: boolean }>()

function readingOf(article: AnalysedArticle): { lower: string; lowerCased: boolean } {
  let reading = lowerCasedTexts.get(article)
  if (reading === undefined) {
    const text = article.article.text
    const lower = text.toLowerCase()
    // A few letters change length in lower case ("İ"): offsets must hold, so such a text is read as written.
    reading = { lower: lower.length === text.length ? lower : text, lowerCased: isLowerCased(text) }
    lowerCasedTexts.set(article, reading)
  }
  return reading
}

/** The first mention of `fact`'s name (or, for a person, its surname) in each of `others`. */
export function findNameMentions(fact: Fact, article: AnalysedArticle, others: readonly AnalysedArticle[]): NameMention[] {
  if (fact.value.kind !== 'entity' || fact.value.category === 'designator') return []
  const name = fact.value.name.trim()
  const words = name.split(/\s+/u)
  const claimLowerCased = readingOf(article).lowerCased
  const surname = fact.value.category === 'person' && words.length >= 2 ? words[words.length - 1] : undefined
  // A summariser's stutter over a letter or numeral: "Grand Theft Auto V V V V" is "Grand Theft
  // Auto V"; a repeated word ("Paul Paul") may be a wrong name, and stays.
  const stutterless = words.filter((word, index) => word.length > 2 || word.toLowerCase() !== words[index - 1]?.toLowerCase()).join(' ')
  const mentions: NameMention[] = []
  for (const other of others) {
    if (other === article) continue
    const reading = readingOf(other)
    // Case is evidence only when both sides kept theirs: a one-word name must be capitalised
    // elsewhere too ("May" the name, not "may"), a longer one may differ ("White House", "white house").
    const needsCapital = !claimLowerCased && !reading.lowerCased
    const find = (phrase: string, capitalised: boolean, alone = false): { start: number; end: number } | undefined => findWord(other.article.text, reading.lower, phrase, capitalised, alone)
    // The name as written here too: "UN" is keyed as "United Nations", and another text may write either.
    const asName =
      find(name, needsCapital && words.length === 1) ??
      (fact.text !== name ? find(fact.text, needsCapital && !/\s/u.test(fact.text)) : undefined) ??
      (stutterless !== name ? find(stutterless, false) : undefined) ??
      // One word in its plural or singular: "Olympic" and "the Olympics", "Scots" and "a Scot".
      (words.length === 1 && name.length >= 4 ? find(name.endsWith('s') ? name.slice(0, -1) : `${name}s`, needsCapital) : undefined) ??
      // Another name for it, wherever it stands: "British" (the United Kingdom) in "Alzheimer's Research UK".
      // An acronym is found as written ("US", not "us"), unless the other text lost its capitals.
      firstDefined(aliasVariants(name), (variant) => (!reading.lowerCased && /^\p{Lu}{2,4}$/u.test(variant.replace(/\./gu, '')) ? findAcronym(other.article.text, variant) : find(variant, needsCapital)))
    const bySurname = asName === undefined && surname !== undefined && surname.length >= 3 && !reading.lowerCased ? find(surname, true, true) : undefined
    const found = asName ?? bySurname
    if (found === undefined) continue
    mentions.push({
      evidence: { article: other.article.id, ...textSpan(other.article.text, found.start, found.end) },
      found: asName !== undefined ? 'name' : 'surname',
    })
  }
  return mentions
}

/**
 * The same surname with another first name in other articles ("Jack Sidwell" against "Steve
 * Sidwell"): the changed name of one person, not a mention of it. A first name that opens the
 * other ("Mitch" and "Mitchell", "J." and "John") is the same name written short.
 */
export function givenNameChanges(fact: Fact, others: readonly AnalysedArticle[]): Fact[] {
  if (fact.value.kind !== 'entity' || fact.value.category !== 'person') return []
  const [given, surname] = nameParts(fact.value.name)
  if (given === undefined) return []
  const changed: Fact[] = []
  for (const other of others) {
    if (other.article.id === fact.article) continue
    for (const candidate of other.facts) {
      if (candidate.value.kind !== 'entity' || candidate.value.category !== 'person' || candidate.value.key === fact.value.key) continue
      const [otherGiven, otherSurname] = nameParts(candidate.value.name)
      if (otherGiven === undefined || otherSurname !== surname || shortFor(given, otherGiven) || sameWord(given, otherGiven)) continue
      changed.push(candidate)
      break
    }
  }
  return changed
}

/** First and last word, lower-cased; no first name for a one-word name. */
function nameParts(name: string): [string | undefined, string] {
  const words = name.toLowerCase().replace(/\./gu, '').split(/\s+/u).filter((word) => word !== '')
  return [words.length >= 2 ? words[0] : undefined, words[words.length - 1] ?? '']
}

/**
 * One word as two articles may write it: the same, singular and plural ("All Stars", "All-Star"),
 * or two neighbouring letters swapped ("Nakhi" and "Nahki": a misspelling is no other person;
 * one letter changed may be, as "Maria" and "Marta" are).
 */
export function sameWord(left: string, right: string): boolean {
  if (left === right || singular(left) === singular(right)) return true
  if (left.length !== right.length || left.length < 4) return false
  const differ: number[] = []
  for (let index = 0; index < left.length && differ.length <= 2; index += 1) if (left[index] !== right[index]) differ.push(index)
  const [first, second] = differ as [number, number]
  return differ.length === 2 && second === first + 1 && left[first] === right[second] && left[second] === right[first]
}

function shortFor(left: string, right: string): boolean {
  return left.startsWith(right) || right.startsWith(left)
}

/**
 * A whole-word, case-blind occurrence of `phrase` (capitalised when asked), or undefined. A
 * surname stands alone or after a title: "Castle" in "Caerlaverock Castle" is no mention of a
 * "Dumfries Castle", nor "Giants" in "New York Giants" of "Belfast Giants".
 */
function findWord(text: string, lower: string, phrase: string, capitalised: boolean, alone = false): { start: number; end: number } | undefined {
  const needle = phrase.toLowerCase()
  if (needle.length === 0) return undefined
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const end = at + needle.length
    if (isWordCharacter(lower[at - 1]) || isWordCharacter(lower[end])) continue
    if (capitalised && !/\p{Lu}/u.test(text[at] ?? '')) continue
    if (alone && afterAnotherName(text, at)) continue
    return { start: at, end }
  }
  return undefined
}

/** An acronym as written, capitals and all: "US", not "us". */
function findAcronym(text: string, acronym: string): { start: number; end: number } | undefined {
  for (let at = text.indexOf(acronym); at !== -1; at = text.indexOf(acronym, at + 1)) {
    const end = at + acronym.length
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[end])) return { start: at, end }
  }
  return undefined
}

function firstDefined<T, R>(items: readonly T[], find: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = find(item)
    if (found !== undefined) return found
  }
  return undefined
}

function afterAnotherName(text: string, at: number): boolean {
  const previous = /(\p{L}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]
  if (previous === undefined || !/^\p{Lu}/u.test(previous)) return false
  // "Mr Sidwell", "Coach Sidwell", "Steve Sidwell" (another first name: a conflict found elsewhere).
  return !TITLES.has(previous.replace(/\.$/u, '').toLowerCase())
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character)
}

/**
 * Other articles whose outlet the name is ("according to the Herald" for "The Lakemoor Herald",
 * "Tech Ledger reported"): an outlet is named from what the article is, which its metadata holds
 * and its text often does not.
 */
export interface OutletName {
  readonly article: string
  readonly outlet: string
}

export function outletsNamed(fact: Fact, others: readonly AnalysedArticle[]): OutletName[] {
  if (fact.value.kind !== 'entity' || fact.value.category === 'designator' || fact.value.category === 'person') return []
  const name = fact.value.name.replace(/^the\s+/iu, '')
  const found: OutletName[] = []
  for (const other of others) {
    if (other.article.id === fact.article) continue
    const outlet = identities(other.article).find((each) => sameOutlet(each, name) || each.replace(/^the\s+/iu, '').endsWith(` ${name}`))
    if (outlet !== undefined) found.push({ article: other.article.id, outlet })
  }
  return found
}
