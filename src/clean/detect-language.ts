import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'

// franc-min answers in ISO 639-3; the rest of the pipeline (and <html lang>) uses ISO 639-1.
export const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', vie: 'vi', rus: 'ru',
  ukr: 'uk', pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'nb',
  nno: 'nn', fin: 'fi', tur: 'tr', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', ind: 'id', zlm: 'ms', tha: 'th',
  cmn: 'zh', jpn: 'ja', kor: 'ko', tgl: 'tl', swh: 'sw', cat: 'ca', glg: 'gl', lit: 'lt', lav: 'lv',
}

// Below this length franc's guesses are often wrong; no language is better than a wrong one.
const MIN_LENGTH = 200
// franc's cost grows with the text, its accuracy stops growing long before: a sample is enough.
const SAMPLE_LENGTH = 2000

/** ISO 639-1 code of the text's language, or undefined when the text is short or franc is unsure. */
export function detectLanguage(text: string): string | undefined {
  if (text.length < MIN_LENGTH) return undefined
  const sample = text.slice(0, SAMPLE_LENGTH)
  if (isPlainlyEnglish(sample)) return 'en'
  return ISO_639_1[francLanguage(sample)]
}

// English's commonest words. No other language franc knows uses "the", and in English news these
// make up some 40% of the words, "the" alone about 6%.
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'that', 'was', 'were', 'is', 'are', 'for', 'with', 'said', 'has', 'have', 'had', 'by',
  'from', 'at', 'be', 'been', 'it', 'its', 'this', 'which', 'will', 'would', 'their', 'they', 'he', 'she', 'his', 'her',
  'not', 'but', 'on', 'as', 'an', 'a',
])
const PLAINLY_ENGLISH_SHARE = 0.3
const PLAINLY_ENGLISH_THE = 0.03
// Words as runs between spaces and punctuation: a Unicode letter class would cost more to compile than it saves.
const WORD_BREAKS = /[\s\d.,;:!?"“”‘’'()[\]{}<>\/—–-]+/

/**
 * Whether a text is English beyond doubt by its function words: most articles are, and franc's
 * answer for them needs an index of 44 trigram models built first (some 5% of a short CLI run).
 * Anything less plain goes to franc. detect-language.test.ts holds both to franc's answer.
 */
function isPlainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().split(WORD_BREAKS).filter((word) => word.length > 0)
  if (words.length < 30) return false
  let common = 0
  let the = 0
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) common += 1
    if (word === 'the') the += 1
  }
  return common >= words.length * PLAINLY_ENGLISH_SHARE && the >= words.length * PLAINLY_ENGLISH_THE
}

/*
 * franc-min's answer (`franc(value, { minLength: 200 })`) from franc-min's own data, computed the
 * way franc computes it but for a one-shot run: franc builds a dictionary for every one of its 82
 * language models when loaded, and looks each trigram of a text up in each model of the text's
 * script. Here the models of a script are indexed together by trigram the first time a text of
 * that script comes, and a text's distance to each model is summed over the trigrams they share.
 * Same distances, same tie order, same answer: detect-language.test.ts holds it to franc.
 */

// franc's constants: it reads at most this much, and a trigram a model lacks costs this much.
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

const scripts = Object.keys(expressions)

/** franc's top language for a text of at least MIN_LENGTH characters; 'und' when it has none. */
function francLanguage(text: string): string {
  const value = text.slice(0, MAX_LENGTH)
  const [script, count] = topScript(value)
  const models = scriptModels(script)
  // A script without models is a language of its own (Korean, Thai…), when any character has it.
  if (models === undefined) return count === 0 ? 'und' : script
  return closestModel(trigramCounts(value), models)
}

/** The script most of the characters have (the first in franc's order on a tie), and their count. */
function topScript(value: string): [string, number] {
  const counts = scriptCounts(value)
  let top = 0
  for (let index = 1; index < scripts.length; index += 1) if ((counts[index] ?? 0) > (counts[top] ?? 0)) top = index
  return [scripts[top] ?? '', counts[top] ?? 0]
}

// For each character code, the indexes of the scripts whose expression matches it alone.
const scriptsOfCharacter = new Map<number, readonly number[]>()
const singleCharacterExpressions = scripts.map((script) => new RegExp(expressions[script]?.source ?? '(?!)', expressions[script]?.flags.replace('g', '')))

/** How many characters of each script `value` has, as franc counts the matches of each expression. */
function scriptCounts(value: string): number[] {
  // An expression also matches surrogate pairs (one match for two code units): count as franc does.
  if (/[\ud800-\udfff]/.test(value)) return scripts.map((script) => value.match(expressions[script] ?? /(?!)/g)?.length ?? 0)
  // Otherwise every match is one character: count characters, testing each distinct one once.
  const counts = new Array<number>(scripts.length).fill(0)
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    let matching = scriptsOfCharacter.get(code)
    if (matching === undefined) {
      const character = value.charAt(index)
      const found: number[] = []
      for (let script = 0; script < singleCharacterExpressions.length; script += 1) {
        if (singleCharacterExpressions[script]?.test(character) === true) found.push(script)
      }
      matching = found
      scriptsOfCharacter.set(code, matching)
    }
    for (let at = 0; at < matching.length; at += 1) {
      const script = matching[at] ?? 0
      counts[script] = (counts[script] ?? 0) + 1
    }
  }
  return counts
}

/** trigram-utils' trigrams of a text (as franc cleans it), each with its count. */
function trigramCounts(value: string): Map<TrigramKey, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<TrigramKey, number>()
  for (let index = 0; index + 3 <= cleaned.length; index += 1) {
    const key = trigramKey(cleaned, index)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * A trigram as a small integer when its three code units are below 1024 (Latin, Greek, the
 * punctuation franc keeps): no substring is made for it, which matters for the thousands a text
 * has. Others are the substring itself. Equal trigrams always get equal keys.
 */
type TrigramKey = number | string

function trigramKey(text: string, at: number): TrigramKey {
  const first = text.charCodeAt(at)
  const second = text.charCodeAt(at + 1)
  const third = text.charCodeAt(at + 2)
  return first < 1024 && second < 1024 && third < 1024 ? (first << 20) | (second << 10) | third : text.slice(at, at + 3)
}

interface ScriptModels {
  /** The script's languages in franc's order, which settles ties. */
  readonly languages: readonly string[]
  /**
   * For each trigram, where its last entry is in `entries`. An entry is three numbers: a language
   * index, the rank of the trigram in that language's model, and where the entry before it for the
   * same trigram is (-1: none). Typed, not an array per trigram: the index is built once per
   * process while nothing is optimised, and twenty thousand small arrays were garbage collection.
   */
  readonly byTrigram: ReadonlyMap<TrigramKey, number>
  readonly entries: Int32Array
}

const modelsByScript = new Map<string, ScriptModels | undefined>()

function scriptModels(script: string): ScriptModels | undefined {
  if (modelsByScript.has(script)) return modelsByScript.get(script)
  const models = Object.hasOwn(data, script) ? data[script] : undefined
  let indexed: ScriptModels | undefined
  if (models !== undefined) {
    const languages = Object.keys(models)
    const byTrigram = new Map<TrigramKey, number>()
    let entries = new Int32Array(3 * 4096)
    let size = 0
    // Plain loops over the model strings ("abc|bcd|…", three code units a trigram).
    for (let language = 0; language < languages.length; language += 1) {
      const model = models[languages[language] ?? ''] ?? ''
      let rank = 0
      for (let start = 0; start <= model.length; rank += 1) {
        let end = model.indexOf('|', start)
        if (end < 0) end = model.length
        const key = end - start === 3 ? trigramKey(model, start) : model.slice(start, end)
        const previous = byTrigram.get(key) ?? -1
        // A trigram listed twice keeps its first rank, as in franc's dictionaries.
        if (previous < 0 || entries[previous] !== language) {
          if (size + 3 > entries.length) {
            const grown = new Int32Array(entries.length * 2)
            grown.set(entries)
            entries = grown
          }
          entries[size] = language
          entries[size + 1] = rank
          entries[size + 2] = previous
          byTrigram.set(key, size)
          size += 3
        }
        start = end + 1
      }
    }
    indexed = { languages, byTrigram, entries }
  }
  modelsByScript.set(script, indexed)
  return indexed
}

/** The language whose model is nearest the text's trigrams (the first in order on a tie). */
function closestModel(counts: ReadonlyMap<TrigramKey, number>, models: ScriptModels): string {
  // Every trigram costs MAX_DIFFERENCE unless the model has it, then the gap between its count
  // in the text and its rank in the model.
  const distances = models.languages.map(() => MAX_DIFFERENCE * counts.size)
  // forEach, not for…of: this runs once or twice per process, unoptimised, where for…of makes an
  // entry array per trigram.
  const entries = models.entries
  counts.forEach((count, trigram) => {
    for (let at = models.byTrigram.get(trigram) ?? -1; at >= 0; at = entries[at + 2]!) {
      const language = entries[at]!
      distances[language] = (distances[language] ?? 0) + Math.abs(count - entries[at + 1]! - 1) - MAX_DIFFERENCE
    }
  })
  let best = 0
  for (let language = 1; language < distances.length; language += 1) {
    if ((distances[language] ?? 0) < (distances[best] ?? 0)) best = language
  }
  return models.languages[best] ?? 'und'
}
