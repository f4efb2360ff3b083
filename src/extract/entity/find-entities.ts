import type { EntityCategory, EntityValue, Sentence } from '../../model/index.js'
import { latin1StandIn, StandInPattern } from '../../segment/latin1.js'
import { isStopword } from '../../segment/terms.js'
import type { FoundFact } from '../fact-kind.js'
import { Occupancy } from '../occupancy.js'
import { lookupAlias } from './aliases.js'
import { countryOf } from './nationalities.js'
import { findDesignators } from './designators.js'
import { COMMON_ACRONYMS, DEMONYMS, SECTORS, NOT_NAMES, ORGANIZATION_MARKERS, OTHER_MARKERS, PLACE_MARKERS, PLACE_PREFIXES, PLACES, TITLE_HEADS, TITLES } from './gazetteer.js'
import { entityKey, personKey } from './keys.js'

/*
 * Named entities from capitalised spans, classified with small word lists and linked within the
 * article. Hand-written because compromise (installed) takes ~400 ms to import and ~100 ms per
 * 1,000 words, more than the whole budget for a five-article story, and still needs the same
 * title, alias and linking rules on top.
 *
 * Steps:
 *   1. designators ("Su-35", "C-130", "Customer 704") by pattern;
 *   2. capitalised spans per sentence, joined through "of"/"de"/"bin" ("Ministry of Defense");
 *   3. titles cut off and mark a person ("Maj. Gen. Tran Van Minh", "Defense Minister X");
 *   4. classification: alias → place list → title → organisation/place/other markers → person;
 *   5. later mentions linked to the full name ("Mr. Phuong", "Phuong" → "Nguyen The Phuong").
 */

interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
  /** The token ends its span (possessive, glued hyphen suffix, sentence stop). */
  readonly last: boolean
  /** Only white space separates it from the token before ("U.S.-Vietnam" is two names, not one). */
  readonly spaced: boolean
  /** First word of its sentence (or of a quotation in it): capitalised by position, not as a name. */
  readonly initial: boolean
}

interface Candidate {
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
  readonly titled: boolean
  readonly headline: boolean
}

// A spaced hyphen between capitalised parts is a tokenised hyphen inside one name
// ("Harbour Saint - Germain", "Coca - Cola" for "Coca-Cola"), not a dash between two names.
// Read over a Latin-1 stand-in of the sentence where there is one (see segment/latin1.ts).
// "AT&T", "P&O", "M&S": initials joined by an ampersand are one word.
const WORD = new StandInPattern(String.raw`\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{M}\p{N}]+|(?<=\p{Lu}[\p{L}\p{M}]*) - (?=\p{Lu}\p{Ll})[\p{L}\p{M}\p{N}]+)*\.?`, 'gu')
// Stand-in patterns for words (segment/latin1.ts): cheaper to compile than their Unicode classes.
const DOTTED_CAPITALS = new StandInPattern(String.raw`^(?:\p{Lu}\.)+$`, 'u')
const INITIAL = new StandInPattern(String.raw`^\p{Lu}\.?$`, 'u')
const ACRONYM = new StandInPattern(String.raw`^\p{Lu}{2,6}$`, 'u')
const PLURAL_ACRONYM = new StandInPattern(String.raw`^\p{Lu}{2,}s$`, 'u')
const DOTTED_INITIAL = new StandInPattern(String.raw`^\p{Lu}\.$`, 'u')
const COMPOUND_TAIL = /^(?:\p{Ll}+(?:ed|ing|ly)|made|run|born|built|era|style|class|type|bound|wide|centric|owned|led|bred|friendly|linked)$/u
// "Hacked", "Leading", "Reportedly" open sentences before names without being part of them.
const VERB_LIKE = /(?:ed|ing|ly)$/u
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'du', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', '&'])

export function findEntities(text: string, sentences: readonly Sentence[]): FoundFact<EntityValue>[] {
  const designators = findDesignators(text)
  const capitalisedMidSentence = new Set<string>()
  const candidates: Candidate[] = []
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start)
    const headline = isHeadline(tokens, sentence.text)
    // Words capitalised where position does not explain it: inside a sentence, or inside a
    // multi-word name even at its start ("Fenwick Shipping won…" makes a later "Fenwick" a name).
    tokens.forEach((token, i) => {
      if (!isCapitalised(token.word) || headline) return
      const next = tokens[i + 1]
      const inName = !token.last && next !== undefined && next.spaced && isCapitalised(next.word) && !VERB_LIKE.test(token.word)
      if (!token.initial || inName) capitalisedMidSentence.add(bare(token.word).toLowerCase())
    })
    candidates.push(...spans(tokens, headline))
  }
  const found: { fact: FoundFact<EntityValue>; headline: boolean }[] = []
  const occupied = new Occupancy()
  for (const designator of designators) if (!occupied.overlaps(designator)) occupied.claim(designator)
  for (const candidate of candidates) {
    for (const fact of classify(candidate, capitalisedMidSentence)) {
      if (!occupied.overlaps(fact)) found.push({ fact, headline: candidate.headline })
    }
  }
  const linked = linkPeople(found.map((entry) => entry.fact))
  const known = new Set(linked.filter((_, i) => found[i]?.headline !== true).map((fact) => fact.value.key))
  // Headlines Capitalise Every Word: keep only what the body names too, or what a list knows.
  const kept = linked.filter((fact, i) => found[i]?.headline !== true || known.has(fact.value.key) || PLACES.has(fact.value.key) || lookupAlias(fact.value.name) !== undefined)
  return [...designators, ...kept].sort((a, b) => a.start - b.start)
}

function tokenize(sentence: string, offset: number): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1
  const standIn = latin1StandIn(sentence)
  // exec in a loop, not matchAll: no iterator result per word in code V8 has not optimised yet
  // (nothing below runs WORD).
  const words = WORD.for(standIn)
  words.lastIndex = 0
  for (let match = words.exec(standIn ?? sentence); match !== null; match = words.exec(standIn ?? sentence)) {
    // Cut from the sentence: the stand-in has its offsets, not its characters.
    let word = sentence.slice(match.index, match.index + match[0].length)
    const start = offset + match.index
    const gap = sentence.slice(previousEnd < 0 ? 0 : previousEnd, match.index)
    previousEnd = match.index + word.length
    const spaced = tokens.length === 0 || isSpace(gap)
    const initial = tokens.length === 0 || /[“"‘(:—]\s*$/u.test(gap)
    // Lower-case words only break or join spans ("of", "de"): they need no further reading.
    if (!isCapitalised(word)) {
      tokens.push({ word, start, end: start + word.length, last: false, spaced, initial })
      continue
    }
    let last = false
    // "Hanoi-based", "Kremlin-backed": the lower-case tail is no part of the name ("Kim Jong-un"
    // keeps its own); nor is a function word glued on by tokenised copy ("Tokyo-after Britain").
    const tail = /-(\p{Ll}+)/u.exec(word)
    if (tail !== null && (COMPOUND_TAIL.test(tail[1] ?? '') || isStopword(tail[1] ?? ''))) {
      word = word.slice(0, tail.index)
      last = true
    }
    if (word.endsWith('.') && !isAbbreviation(word)) {
      word = word.slice(0, -1)
      last = true
    }
    // "Vietnam’s capital": the possessive ends the name.
    const possessive = /['’]s$/u.exec(word)
    if (possessive !== null) {
      word = word.slice(0, possessive.index)
      last = true
    }
    if (/[,;:!?()"“”]/u.test(sentence[previousEnd] ?? '')) last = true
    if (word.length > 0) tokens.push({ word, start, end: start + word.length, last, spaced, initial })
  }
  return tokens
}

function isSpace(gap: string): boolean {
  return gap === ' ' || (gap.length > 0 && /^\s+$/u.test(gap))
}

/** "U.S.", "V.", "Gen.", "Mr.": the dot belongs to the word. */
function isAbbreviation(word: string): boolean {
  return DOTTED_CAPITALS.test(word) || ABBREVIATED_TITLES.has(word.slice(0, -1).toLowerCase())
}

const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'adm', 'capt', 'cmdr', 'sgt', 'sen', 'rep', 'gov', 'brig', 'rev', 'st', 'jr', 'sr', 'mt', 'ft'])

function bare(word: string): string {
  return word.replace(/\.$/u, '')
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90 // ASCII fast path: this runs for every word
  return /^\p{Lu}/u.test(word)
}

// "Fleet Talks Stall Again", "New Partners": a line without a final stop whose words are mostly
// capitalised is a title or headline (a sentence full of names still ends with a stop).
function isHeadline(tokens: readonly Token[], sentence: string): boolean {
  const long = tokens.filter((token) => token.word.length > 3)
  if (long.length === 0) return false
  const share = long.filter((token) => isCapitalised(token.word)).length / long.length
  if (/[.!?"”’:]$/u.test(sentence)) return false
  return (long.length >= 4 && share >= 0.6) || share === 1
}

/** Runs of capitalised tokens in one sentence, joined through connectors ("Bank of America"). */
function spans(tokens: readonly Token[], headline: boolean): Candidate[] {
  const result: Candidate[] = []
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i]
    if (first === undefined || !isCapitalised(first.word)) {
      i++
      continue
    }
    const run: Token[] = [first]
    let j = i + 1
    while (j < tokens.length && !(run[run.length - 1]?.last ?? true)) {
      const token = tokens[j]
      const next = tokens[j + 1]
      if (token === undefined) break
      if (!token.spaced) break
      if (isCapitalised(token.word)) {
        run.push(token)
        j++
      } else if (CONNECTORS.has(token.word) && !token.last && next !== undefined && isCapitalised(next.word)) {
        run.push(token, next)
        j += 2
      } else break
    }
    i = j
    // A sentence-initial "The", "In", "But" opens no name; a capitalised "To" inside a sentence
    // does ("leader To Lam").
    while (run.length > 0 && isLeadingFunctionWord(run) && lookupAlias(textOf(run)) === undefined) run.shift()
    if (run.length > 0) result.push(...cutTitles(run, headline))
  }
  return result
}

const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'so', 'yet', 'nor'])

function isLeadingFunctionWord(run: readonly Token[]): boolean {
  const first = run[0]
  if (first === undefined) return false
  const word = bare(first.word).toLowerCase()
  return isStopword(word) && (first.initial || word === 'the' || word === 'a' || word === 'an' || run.length === 1)
}

function textOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.word).join(' ')
}

/** "Russian President Vladimir Putin" → "Russian" and the titled person "Vladimir Putin". */
function cutTitles(run: readonly Token[], headline: boolean): Candidate[] {
  let head = -1
  for (let k = run.length - 2; k >= 0; k--) {
    if (TITLE_HEADS.has(bare(run[k]?.word ?? '').toLowerCase())) {
      head = k
      break
    }
  }
  const candidate = (tokens: readonly Token[], titled: boolean): Candidate[] => {
    const first = tokens[0]
    const last = tokens[tokens.length - 1]
    return first === undefined || last === undefined ? [] : [{ start: first.start, end: last.end, tokens, titled, headline }]
  }
  if (head < 0) return candidate(run, false)
  // "Barclays Premier League", "General Motors": a name ending in an organisation's or event's word
  // names that, not a titled person.
  const last = bare(run[run.length - 1]?.word ?? '').toLowerCase()
  if (ORGANIZATION_MARKERS.has(last) || OTHER_MARKERS.has(last)) return candidate(run, false)
  let titleStart = head
  while (titleStart > 0 && TITLES.has(bare(run[titleStart - 1]?.word ?? '').toLowerCase())) titleStart--
  let nameStart = head + 1
  if (CONNECTORS.has(run[nameStart]?.word ?? '')) {
    // "Minister of National Defense Hoang Xuan Chien", "Secretary of State Marco Rubio": the office's
    // domain runs to its last office or organisation word; a name may follow. "President of
    // Vietnam" names an office and a country, not a person.
    let domainEnd = nameStart
    for (let k = nameStart; k < run.length; k++) {
      const word = bare(run[k]?.word ?? '').toLowerCase()
      if (TITLES.has(word) || ORGANIZATION_MARKERS.has(word) || PLACES.has(word) || CONNECTORS.has(word)) domainEnd = k + 1
    }
    const name = run.slice(domainEnd)
    if (name.length >= 2 && name.every((token) => isNameLike(token.word))) {
      return [...candidate(run.slice(0, titleStart), false), ...candidate(run.slice(head + 2, domainEnd), false), ...candidate(name, true)]
    }
    return [...candidate(run.slice(0, titleStart), false), ...candidate(run.slice(head + 2), false)]
  }
  while (nameStart < run.length && TITLES.has(bare(run[nameStart]?.word ?? '').toLowerCase())) nameStart++
  return [...candidate(run.slice(0, titleStart), false), ...candidate(run.slice(nameStart), true)]
}

function classify(candidate: Candidate, capitalisedMidSentence: ReadonlySet<string>): FoundFact<EntityValue>[] {
  let tokens = candidate.tokens
  // "Scottish", "Russian" (in "Russian President X"): no part of a name, but a place the text names.
  const nationalities: FoundFact<EntityValue>[] = []
  let strippedDemonym = false
  const nationality = (from: Token, to: Token, written: string): void => {
    const country = countryOf(written)
    if (country !== undefined) nationalities.push({ start: from.start, end: to.end, value: { kind: 'entity', category: 'place', name: country, key: entityKey(country) } })
  }
  while (tokens.length > 0) {
    const first = tokens[0]
    const word = bare(first?.word ?? '').toLowerCase()
    const known = lookupAlias(textOf(tokens)) !== undefined || PLACES.has(word)
    // "Instead", "Records show…": a sentence-initial word never capitalised elsewhere is no name.
    const positional = first?.initial === true && !capitalisedMidSentence.has(word) && !candidate.titled
    // "Russian President Vladimir Putin", "Vietnamese Defense Ministry": the nationality is no part of the name.
    const demonym = DEMONYMS.has(word) || (word.includes('-') && word.split('-').every((part) => DEMONYMS.has(part)))
    // "Hacked Acme files…": a sentence-initial verb or adverb before a name.
    const verbLike = first?.initial === true && tokens.length > 1 && !capitalisedMidSentence.has(word) && VERB_LIKE.test(word)
    const initialWord = first?.initial === true || tokens.length === 1
    // "Vietnam’s Communist Party" keeps "Communist"; a sentence-initial "Western" or "Last" goes.
    // "…less' But PM hails": a conjunction opens no name, wherever the sentence split fell.
    const functionWord = (initialWord && (NOT_NAMES.has(word) || isStopword(word))) || (tokens.length > 1 && LEADING_CONJUNCTIONS.has(word))
    // "V." or "D." left alone (from "Ph.D.") is no name.
    const loneInitial = tokens.length === 1 && INITIAL.test(first?.word ?? '')
    // "Sixteen-year-old Ines Varga": the age is a number, not part of the name.
    const age = /-(?:years?|months?|weeks?|days?)-old$/iu.test(first?.word ?? '')
    if (!known && (functionWord || (positional && tokens.length === 1) || demonym || loneInitial || verbLike || age)) {
      if (demonym && first !== undefined) nationality(first, first, bare(first.word))
      if (demonym) strippedDemonym = true
      tokens = tokens.slice(1)
    } else break
  }
  // "One of Scotland's …": once "One" goes, the connector it held goes with it.
  while (tokens.length > 0 && CONNECTORS.has(tokens[0]?.word ?? '')) tokens = tokens.slice(1)
  while (tokens.length > 0 && CONNECTORS.has(tokens[tokens.length - 1]?.word ?? '')) tokens = tokens.slice(0, -1)
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (first === undefined || last === undefined) return nationalities
  const written = textOf(tokens)
  const words = tokens.map((token) => bare(token.word).toLowerCase())
  const value = (category: EntityCategory, name: string): FoundFact<EntityValue>[] => [
    ...nationalities,
    { start: first.start, end: last.end, value: { kind: 'entity', category, name, key: category === 'person' ? personKey(name) : entityKey(name) } },
  ]
  const alias = lookupAlias(written)
  if (alias !== undefined) return value(alias.category, alias.name)
  if (DEMONYMS.has(words.join(' '))) {
    nationality(first, last, words.join(' ')) // "North Korean leader X"
    return nationalities
  }

  if (PLACES.has(words.join(' '))) return value('place', written)
  // "European Aerospace giant Airbus", "Chinese Steel exports": once the nationality goes, a lone
  // sector word names no body. ("Scottish Government" keeps "Government": a body, checked as one.)
  if (strippedDemonym && tokens.length === 1 && SECTORS.has(words[0] ?? '')) return nationalities
  const hasOrganizationMarker = words.some((word) => ORGANIZATION_MARKERS.has(word))
  const connector = tokens.findIndex((token) => CONNECTORS.has(token.word))
  // "Vladimir V. Putin of Russia", "Hanoi for National Day": two names joined by a connector,
  // unless the whole is one organisation ("Ministry of Finance", "Bank of America").
  if (connector > 0 && !hasOrganizationMarker && !PLACE_MARKERS.has(words[0] ?? '') && !(tokens[connector]?.word === 'of' && OF_HEADS.has(words[0] ?? ''))) {
    const left = { ...candidate, start: first.start, end: tokens[connector - 1]?.end ?? first.end, tokens: tokens.slice(0, connector) }
    const right = { ...candidate, titled: false, tokens: tokens.slice(connector + 1) }
    return [...nationalities, ...classify(left, capitalisedMidSentence), ...classify({ ...right, start: right.tokens[0]?.start ?? last.start }, capitalisedMidSentence)]
  }
  if (candidate.titled) return value('person', written)
  // "the President said", "the Prime Minister", "the PM": a title alone names no one we could check.
  if (!hasOrganizationMarker && words.every((word) => TITLES.has(word))) return nationalities
  if (tokens.length === 1 && COMMON_ACRONYMS.has(words[0] ?? '')) return nationalities
  if (hasOrganizationMarker || ACRONYM.test(written)) return value('organization', written)
  if (PLACE_MARKERS.has(words[words.length - 1] ?? '') || (tokens.length > 1 && PLACE_PREFIXES.has(words[0] ?? ''))) return value('place', written)
  if (words.some((word) => OTHER_MARKERS.has(word))) return value('other', written)
  // "Conservative MPs", "Labour MSPs": a group of people, not a person.
  if (tokens.length >= 2 && PLURAL_ACRONYM.test(last.word)) return value('other', written)
  // "JK Rowling", "AP McCoy": initials written without dots open a name.
  if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((token, k) => isNameLike(token.word) || (k === 0 && /^\p{Lu}{2}$/u.test(token.word)))) return value('person', written)
  if (tokens.length === 1 && (isStopword(words[0] ?? '') || NOT_NAMES.has(words[0] ?? ''))) return nationalities
  return value('other', written)
}

// "Isle of Wight", "Republic of Ireland", "House of Lords": a place or body named by what it is of.
const OF_HEADS: ReadonlySet<string> = new Set([...PLACE_PREFIXES, 'republic', 'kingdom', 'isles', 'county', 'city', 'state', 'province', 'bay', 'sea', 'strait', 'straits', 'house', 'houses', 'university', 'college'])

function isNameLike(written: string): boolean {
  const word = written.replace(/ - /gu, '-') // tokenised "Saint - Germain"
  // "Storey", "McFaul", "O’Brien", "V.", "J.K."
  const standIn = latin1StandIn(word)
  return NAME_LIKE.for(standIn).test(standIn ?? word) && !NOT_NAMES.has(bare(word).toLowerCase())
}

const NAME_LIKE = new StandInPattern(String.raw`^(?:\p{Lu}[\p{Ll}\p{M}'’-]*(?:\p{Lu}[\p{Ll}\p{M}]+)?|\p{Lu}\.?|(?:\p{Lu}\.){2,3})$`, 'u')

/**
 * "Mr. Phuong", "Phuong" → the person "Nguyen The Phuong" named in full elsewhere in the article;
 * "Brantwell" → the organisation "Brantwell Engineering".
 */
function linkPeople(found: readonly FoundFact<EntityValue>[]): FoundFact<EntityValue>[] {
  // Every tail of a full name ("phuong", "the phuong"; "lindqvist", "varga lindqvist") points to it.
  const byTail = new Map<string, EntityValue | null>()
  for (const fact of found) {
    if (fact.value.category !== 'person') continue
    const written = fact.value.name.split(/\s+/u).filter((part) => !DOTTED_INITIAL.test(part))
    const parts = fact.value.key.split(' ')
    // "President Trump" with no full name anywhere, or "JK Rowling" (initials out of the key): the surname alone is the person.
    if (written.length < 2 || parts.length < 2) {
      if (!byTail.has(fact.value.key)) byTail.set(fact.value.key, fact.value)
      continue
    }
    for (let i = 1; i < parts.length; i++) {
      const tail = parts.slice(i).join(' ')
      const existing = byTail.get(tail)
      if (existing === undefined || (existing !== null && existing.key === tail)) byTail.set(tail, fact.value)
      // Two different people share this surname: no link rather than a wrong one.
      else if (existing !== null && existing.key !== fact.value.key) {
        if (existing.key.endsWith(fact.value.key)) continue
        if (fact.value.key.endsWith(existing.key)) byTail.set(tail, fact.value)
        else byTail.set(tail, null)
      }
    }
  }
  // "Brantwell" → "Brantwell Engineering", "Aldmere" → "Port Aldmere": a lone unclassified word
  // that is the distinctive word of exactly one organisation or place named in full.
  const byWord = new Map<string, EntityValue | null>()
  for (const fact of found) {
    const { category, key } = fact.value
    if (category !== 'organization' && category !== 'place') continue
    const words = key.split(' ')
    if (words.length < 2) continue
    for (const word of words) {
      if (word.length < 4 || ORGANIZATION_MARKERS.has(word) || PLACE_MARKERS.has(word) || PLACE_PREFIXES.has(word) || isStopword(word)) continue
      const existing = byWord.get(word)
      // "Port Aldmere" and "Port Aldmere Civic Hall": the shorter name is the one meant alone.
      if (existing === undefined) byWord.set(word, fact.value)
      else if (existing !== null && existing.key !== key) {
        if (key.includes(existing.key)) continue
        byWord.set(word, existing.key.includes(key) ? fact.value : null)
      }
    }
  }
  return found.map((fact) => {
    const { category, key, name } = fact.value
    if (category !== 'person' && category !== 'other') return fact
    if (name.split(/\s+/u).length > 1) return fact
    const whole = category === 'other' && !byTail.has(key) ? byWord.get(key) : undefined
    if (whole !== undefined && whole !== null) return { ...fact, value: whole }
    const full = byTail.get(key)
    if (full === undefined || full === null || full.key === key) return fact.value.category === 'other' && full?.category === 'person' ? { ...fact, value: full } : fact
    return { ...fact, value: full }
  })
}
