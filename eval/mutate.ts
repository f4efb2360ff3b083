/**
 * The mutation corpus: derived versions of our own original texts, each with ONE known change,
 * and the finding that change should (or should not) produce. Pure functions over strings.
 */
import nlp from 'compromise'
import type { FindingStatus, FindingType } from '../src/model/finding.js'
import type { Span } from '../src/model/span.js'
import {
  WEEKDAYS,
  dateMentions,
  designators,
  numericTokens,
  people,
  personMentions,
  quotes,
  sentenceSpans,
  type NumericToken,
  type Person,
} from './text-scan.js'

export interface OriginalText {
  readonly id: string
  /** Cleaned article text, as the pipeline sees it. */
  readonly text: string
  readonly published?: string
  readonly outlet?: string
}

export const MUTATION_TYPES = [
  'number-change',
  'number-to-words',
  'money-change',
  'money-rounding',
  'percent-change',
  'date-change',
  'name-swap',
  'designator-change',
  'quote-alteration',
  'quote-speaker-swap',
  'inserted-sentence',
  'paraphrase',
] as const
export type MutationType = (typeof MUTATION_TYPES)[number]

/** What the pipeline should report at the change: a flag, or nothing (a faithful rewording). */
export interface ExpectedFinding {
  readonly status: Exclude<FindingStatus, 'supported'>
  readonly type: FindingType
}

export interface Mutation {
  /** `${original}/${type}/${n}` */
  readonly id: string
  readonly type: MutationType
  readonly original: OriginalText
  readonly derived: string
  /** Where the change sits in `derived`. */
  readonly span: Span
  /** null: the change is faithful and must NOT be flagged. */
  readonly expected: ExpectedFinding | null
  /** "41,000 → 44,000", for people reading a failure. */
  readonly description: string
  /** The whole original with one change, or a five-sentence excerpt around the change. */
  readonly shape: 'copy' | 'excerpt'
}

/** A single edit of the original: replace [start, end) with `replacement`. */
interface Edit extends Span {
  readonly replacement: string
  readonly expected: ExpectedFinding | null
  readonly description: string
  /** The changed region inside `replacement` when it is not all of it (a swapped speaker: quote to name). */
  readonly flaggedFrom?: number
}

type EditFinder = (original: OriginalText) => Edit[]

export interface CorpusOptions {
  /** Most mutations of one type per original (spread over the text). Default 3. */
  readonly perType?: number
}

export function buildMutationCorpus(originals: readonly OriginalText[], options: CorpusOptions = {}): Mutation[] {
  const perType = options.perType ?? 3
  const corpus: Mutation[] = []
  for (const original of originals) {
    for (const type of MUTATION_TYPES) {
      const edits = spread(EDIT_FINDERS[type](original), perType)
      edits.forEach((edit, index) => {
        corpus.push(applyEdit(original, type, edit, index))
      })
    }
  }
  return corpus
}

const EDIT_FINDERS: Record<MutationType, EditFinder> = {
  'number-change': numberChanges,
  'number-to-words': numbersToWords,
  'money-change': moneyChanges,
  'money-rounding': moneyRoundings,
  'percent-change': percentChanges,
  'date-change': dateChanges,
  'name-swap': nameSwaps,
  'designator-change': designatorChanges,
  'quote-alteration': quoteAlterations,
  'quote-speaker-swap': quoteSpeakerSwaps,
  'inserted-sentence': insertedSentences,
  paraphrase: paraphrases,
}

function applyEdit(original: OriginalText, type: MutationType, edit: Edit, index: number): Mutation {
  const full = original.text.slice(0, edit.start) + edit.replacement + original.text.slice(edit.end)
  const changeStart = edit.start + (edit.flaggedFrom ?? 0)
  const changeEnd = edit.start + edit.replacement.length
  const shape = index % 2 === 0 ? 'copy' : 'excerpt'
  let derived = full
  let offset = 0
  if (shape === 'excerpt') {
    // Five sentences around the change: the sentence bounds of the original stay valid in `full`
    // before the edit, and shift by the length difference after it.
    const sentences = sentenceSpans(original.text)
    const at = Math.max(0, sentences.findIndex((sentence) => sentence.end >= edit.start))
    const first = sentences[Math.max(0, at - 2)]
    const last = sentences[Math.min(sentences.length - 1, at + 2)]
    const delta = edit.replacement.length - (edit.end - edit.start)
    if (first !== undefined && last !== undefined) {
      offset = first.start
      derived = full.slice(first.start, Math.max(last.end, edit.end) + delta)
    }
  }
  return {
    id: `${original.id}/${type}/${index + 1}`,
    type,
    original,
    derived,
    span: { start: changeStart - offset, end: changeEnd - offset },
    expected: edit.expected,
    description: edit.description,
    shape,
  }
}

/** Up to `count` items, evenly spaced, so mutations fall in different parts of the text. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items]
  const step = items.length / count
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)]).filter((item): item is T => item !== undefined)
}

// --- numbers, money, percentages -------------------------------------------------------------

/**
 * Changes the second significant digit by 3, or the only one ("41,000" → "44,000", "189,739,535"
 * → "159,739,535", "1.2" → "1.5", "90" → "60"): a different value at the precision the writer
 * used, never a rounding of the original.
 */
export function changeSignificantDigit(digits: string): string {
  const chars = [...digits]
  const significant = chars.flatMap((char, index) => (/\d/.test(char) && (char !== '0' || index > chars.findIndex((c) => /[1-9]/.test(c))) ? [index] : []))
  const lastNonZero = significant.filter((index) => chars[index] !== '0').at(-1) ?? 0
  const index = Math.min(significant[1] ?? lastNonZero, lastNonZero)
  const digit = Number(chars[index])
  chars[index] = String(digit <= 5 ? digit + 3 : digit - 3)
  return chars.join('')
}

function numberChanges(original: OriginalText): Edit[] {
  return numericTokens(original.text)
    .filter((token) => token.kind === 'number')
    .map((token) => {
      const changed = changeSignificantDigit(token.digits)
      return replaceToken(token, changed, { status: 'conflict', type: 'number' }, `${token.text} → ${changed}`)
    })
}

/**
 * Faithful rewordings are made outside quotations only: "worth $410 million" inside a quote that
 * said "$412 million" misquotes the speaker, and flagging that is right.
 */
function outsideQuotes(original: OriginalText): (span: Span) => boolean {
  const quoted = quotes(original.text)
  return (span) => !quoted.some((quote) => quote.start < span.end && span.start < quote.end)
}

/** "13" → "thirteen": the same number, which must not be flagged. */
function numbersToWords(original: OriginalText): Edit[] {
  return numericTokens(original.text)
    .filter(outsideQuotes(original))
    .filter((token) => token.kind === 'number' && /^\d{1,2}$/.test(token.digits) && Number(token.digits) >= 2)
    .filter((token) => !/^-/.test(original.text.slice(token.end, token.end + 1)))
    .map((token) => {
      const sentenceStart = /(?:^|[.!?]\s+|\n)$/.test(original.text.slice(0, token.start))
      const words = numberInWords(Number(token.digits))
      const written = sentenceStart ? words.charAt(0).toUpperCase() + words.slice(1) : words
      return replaceToken(token, written, null, `${token.text} → ${written}`)
    })
}

/** compromise writes numbers in words ("forty one"); newspapers hyphenate the tens ("forty-one"). */
export function numberInWords(value: number): string {
  const document = nlp(String(value))
  document.numbers().toText()
  return document.text().replace(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (\w+)$/, '$1-$2')
}

function moneyChanges(original: OriginalText): Edit[] {
  return numericTokens(original.text)
    .filter((token) => token.kind === 'money')
    .map((token) => {
      const changed = `$${changeSignificantDigit(token.digits)}${token.scale === undefined ? '' : ` ${token.scale}`}`
      return replaceToken(token, changed, { status: 'conflict', type: 'money' }, `${token.text} → ${changed}`)
    })
}

const SCALES: readonly [string, number][] = [
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
]

/** "$189,739,535" → "$190 million", "$1.46 billion" → "$1.5 billion", "$349" → "about $350": supported. */
function moneyRoundings(original: OriginalText): Edit[] {
  return numericTokens(original.text)
    .filter(outsideQuotes(original))
    .filter((token) => token.kind === 'money')
    .flatMap((token) => {
      const rounded = roundMoney(amountOf(token))
      return rounded === undefined || rounded === token.text ? [] : [replaceToken(token, rounded, null, `${token.text} → ${rounded}`)]
    })
}

function amountOf(token: NumericToken): number {
  const scale = SCALES.find(([word]) => word === token.scale)?.[1] ?? 1
  return Number(token.digits.replace(/,/g, '')) * scale
}

/** Two significant digits, written with a scale word for large amounts; undefined when already that round. */
export function roundMoney(amount: number): string | undefined {
  const magnitude = 10 ** (Math.floor(Math.log10(amount)) - 1)
  const rounded = Math.round(amount / magnitude) * magnitude
  if (rounded === amount) return undefined
  const scale = SCALES.find(([, size]) => rounded >= size && size >= 1e6)
  if (scale === undefined) return `about $${rounded.toLocaleString('en-US')}`
  const [word, size] = scale
  return `$${Number((rounded / size).toPrecision(2))} ${word}`
}

function percentChanges(original: OriginalText): Edit[] {
  return numericTokens(original.text)
    .filter((token) => token.kind === 'percent')
    .map((token, index) => {
      const after = /^(?:%| percent| per cent)/.exec(original.text.slice(token.end))?.[0] ?? ''
      const value = Number(token.digits) + 1
      // Alternate the spelling, as summaries do: "46 percent" → "47%" and "25 percent" → "26 percent".
      const written = index % 2 === 0 ? `${value}%` : `${value}${after}`
      const edit = { start: token.start, end: token.end + after.length, replacement: written }
      return { ...edit, expected: { status: 'conflict', type: 'percent' }, description: `${token.text}${after} → ${written}` }
    })
}

function replaceToken(token: NumericToken, replacement: string, expected: ExpectedFinding | null, description: string): Edit {
  return { start: token.start, end: token.end, replacement, expected, description }
}

// --- dates -----------------------------------------------------------------------------------

function dateChanges(original: OriginalText): Edit[] {
  const edits: Edit[] = []
  for (const mention of dateMentions(original.text)) {
    let replacement: string
    if (mention.form === 'weekday') {
      replacement = WEEKDAYS[(WEEKDAYS.indexOf(mention.text) + 1) % 7] ?? mention.text
    } else {
      const [month, number = ''] = mention.text.split(' ')
      const value = Number(number)
      const changed = mention.form === 'month-year' ? value - 1 : value <= 21 ? value + 7 : value - 7
      replacement = `${month} ${changed}`
    }
    edits.push({ ...mention, replacement, expected: { status: 'conflict', type: 'date' }, description: `${mention.text} → ${replacement}` })
  }
  for (const token of numericTokens(original.text).filter((candidate) => candidate.kind === 'year')) {
    const before = original.text.slice(Math.max(0, token.start - 6), token.start)
    if (!/\b(?:in|since) $/.test(before)) continue
    const replacement = String(Number(token.digits) + 1)
    edits.push(replaceToken(token, replacement, { status: 'conflict', type: 'date' }, `${token.text} → ${replacement}`))
  }
  return edits.sort((a, b) => a.start - b.start)
}

// --- people, designators ---------------------------------------------------------------------

/** Invented surnames for swaps to a person the original never names. */
const NEW_SURNAMES = ['Halvorsen', 'Mbeki', 'Castellano', 'Whitford', 'Okonkwo', 'Lindgren']

/** A person mentioned outside any quote sentence becomes another person of the text, or a new name. */
function nameSwaps(original: OriginalText): Edit[] {
  const persons = people(original.text)
  const sentences = sentenceSpans(original.text)
  const quoteSentences = quotes(original.text).map((quote) => sentences.find((sentence) => sentence.start <= quote.start && quote.start < sentence.end))
  return personMentions(original.text, persons)
    .filter((mention) => !quoteSentences.some((sentence) => sentence !== undefined && sentence.start <= mention.start && mention.end <= sentence.end))
    .map((mention, index) => {
      const other = persons.find((person) => person.surname !== mention.person.surname)
      const useOther = other !== undefined && index % 2 === 0
      const replacement = useOther ? mentionOf(other, mention.text, mention.person) : renamed(mention.text, mention.person, index)
      return { ...mention, replacement, expected: { status: 'conflict', type: 'entity' }, description: `${mention.text} → ${replacement}` }
    })
}

/** Another person written the way the mention was written: "Ms. Doyle" → "Mr. Arroyo", "Karen Doyle" → "Miguel Arroyo". */
function mentionOf(other: Person, written: string, person: Person): string {
  return written === person.fullName ? other.fullName : `${other.honorific} ${other.surname}`
}

function renamed(written: string, person: Person, index: number): string {
  const surname = NEW_SURNAMES[index % NEW_SURNAMES.length] ?? 'Halvorsen'
  return written.replace(person.surname, surname)
}

/** "KC-750" → "KC-780": the same kind of designator with another number. */
function designatorChanges(original: OriginalText): Edit[] {
  return designators(original.text).map((designator) => {
    const [letters = '', digits = ''] = designator.text.split('-')
    const replacement = `${letters}-${changeSignificantDigit(digits)}`
    return { ...designator, replacement, expected: { status: 'conflict', type: 'entity' }, description: `${designator.text} → ${replacement}` }
  })
}

// --- quotes ----------------------------------------------------------------------------------

/** Word swaps that turn what a speaker said into something else. */
const QUOTE_SWAPS: readonly [RegExp, string][] = [
  [/\bnever\b/, 'rarely'],
  [/\balways\b/, 'usually'],
  [/\bless\b/, 'more'],
  [/\bmore\b/, 'less'],
  [/\bworse\b/, 'better'],
  [/\bbetter\b/, 'worse'],
  [/\bmost\b/, 'least'],
  [/\bnobody\b/, 'everybody'],
  [/\bNobody\b/, 'Everybody'],
  [/\balmost nothing\b/, 'a great deal'],
  [/\bfurther south\b/, 'further north'],
  [/\bsorry\b/, 'proud'],
  [/\bgood\b/, 'bad'],
  [/\bcannot\b/, 'can'],
  [/\bwill\b/, 'might'],
  [/\bnot\b/, 'now'],
  [/\bis\b/, 'was'],
]

function quoteAlterations(original: OriginalText): Edit[] {
  return quotes(original.text).flatMap((quote) => {
    const inner = original.text.slice(quote.inner.start, quote.inner.end)
    const swap = QUOTE_SWAPS.find(([pattern]) => pattern.test(inner))
    if (swap === undefined) return []
    const altered = inner.replace(swap[0], swap[1])
    return [{ ...quote.inner, replacement: altered, expected: { status: 'conflict', type: 'quote' } as const, description: `quote: "${swap[0].source.replace(/\\b/g, '')}" → "${swap[1]}"` }]
  })
}

/** A quote given to another person of the text: the speaker's name in the same sentence is swapped. */
function quoteSpeakerSwaps(original: OriginalText): Edit[] {
  const persons = people(original.text)
  const sentences = sentenceSpans(original.text)
  const mentions = personMentions(original.text, persons)
  const edits: Edit[] = []
  for (const quote of quotes(original.text)) {
    const sentence = sentences.find((candidate) => candidate.start <= quote.start && quote.start < candidate.end)
    if (sentence === undefined) continue
    const speaker = mentions.find((mention) => mention.start >= sentence.start && mention.end <= sentence.end && (mention.end <= quote.start || mention.start >= quote.end))
    const other = persons.find((person) => person.surname !== speaker?.person.surname)
    if (speaker === undefined || other === undefined) continue
    const newName = mentionOf(other, speaker.text, speaker.person)
    // The flagged region runs from the quote to the name, whichever comes first, so a finding on
    // either the quote or the speaker counts.
    const start = Math.min(quote.start, speaker.start)
    const end = Math.max(quote.end, speaker.end)
    const replacement = original.text.slice(start, speaker.start) + newName + original.text.slice(speaker.end, end)
    edits.push({ start, end, replacement, expected: { status: 'conflict', type: 'quote' }, description: `speaker ${speaker.text} → ${newName}` })
  }
  return edits
}

// --- sentences -------------------------------------------------------------------------------

/** Invented sentences with facts no original states; the first whose numbers the original lacks is used. */
const INVENTED_SENTENCES = [
  'A spokesperson said a further 75 staff would be hired before the end of the year.',
  'Officials put the cost of the delay so far at $4.6 million.',
  'A separate review, due in November, will look at 14 other sites in the region.',
  'The opposition leader, Viktor Stamenov, called for an independent inquiry.',
  'Local businesses reported a 12 percent drop in sales during the disruption.',
]

function insertedSentences(original: OriginalText): Edit[] {
  const sentences = sentenceSpans(original.text)
  const middle = sentences.slice(2, -1)
  const pool = INVENTED_SENTENCES.filter((candidate) => !sharesNumber(candidate, original.text))
  return middle.flatMap((sentence, index) => {
    const invented = pool[index % pool.length]
    if (invented === undefined) return []
    return [{
      start: sentence.end,
      end: sentence.end,
      replacement: ` ${invented}`,
      flaggedFrom: 1,
      expected: { status: 'unsupported', type: 'statement' } as const,
      description: `inserted: ${invented}`,
    }]
  })
}

function sharesNumber(sentence: string, text: string): boolean {
  return (sentence.match(/\d[\d,.]*/g) ?? []).some((number) => {
    const written = number.replace(/\.$/, '').replace(/[.]/g, '\\.')
    return new RegExp(`(?<![\\d,.-])${written}(?![\\d,]|\\.\\d)`).test(text)
  })
}

/** Rewordings that keep every fact: each applies when its phrase is in the sentence. */
const PARAPHRASES: readonly [RegExp, string][] = [
  [/\bsaid on\b/, 'announced on'],
  [/\bhas agreed to buy\b/, 'will purchase'],
  [/\bwill replace\b/, 'are to take the place of'],
  [/\bwelcomed\b/, 'praised'],
  [/\bwarned that\b/, 'cautioned that'],
  [/\bexpected to\b/, 'likely to'],
  [/\bmost of them\b/, 'the majority of them'],
  [/\bincluding\b/, 'among them'],
  [/\bbut\b/, 'though'],
  [/\bafter\b/, 'following'],
  [/\babout\b/, 'roughly'],
  [/\bwill be\b/, 'is to be'],
  [/\bleft\b/, 'departed from'],
  [/\bstarted\b/, 'begun'],
  [/\bforced\b/, 'obliged'],
  [/\bbuilt\b/, 'constructed'],
  [/\bshut down\b/, 'disabled'],
  [/\bbanned\b/, 'prohibited'],
  [/\bstay\b/, 'remain'],
  [/\bthe district said\b/, 'according to the district'],
]

/** A sentence without quotes, reworded with at least two of the phrases above. */
function paraphrases(original: OriginalText): Edit[] {
  const quoteSpans = quotes(original.text)
  return sentenceSpans(original.text).flatMap((sentence) => {
    if (quoteSpans.some((quote) => quote.start < sentence.end && quote.end > sentence.start)) return []
    const text = original.text.slice(sentence.start, sentence.end)
    let reworded = text
    let applied = 0
    for (const [pattern, replacement] of PARAPHRASES) {
      if (pattern.test(reworded)) {
        reworded = reworded.replace(pattern, replacement)
        applied += 1
      }
    }
    if (applied < 2) return []
    return [{ ...sentence, replacement: reworded, expected: null, description: `reworded: ${reworded}` }]
  })
}
