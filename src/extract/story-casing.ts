import type { Article } from '../model/index.js'
import type { AnalyseOptions } from './analyse-article.js'
import { isLowerCased } from './recase.js'

/** How the other articles of a story write a word inside a sentence. */
export type WordCase = 'lower' | 'capital' | 'upper'
/** Lower-cased word → how it is written, for words written one way only. */
export type Casing = ReadonlyMap<string, WordCase>

/**
 * How cased texts write each word away from the start of a sentence: "parliament" (a common noun
 * there), "Guiseley" (a name), "SNP" (an acronym). Words written more than one way ("May" the
 * name, "may" the verb) are left out: the tagger decides those.
 */
export function casingOf(texts: readonly string[]): Casing {
  const seen = new Map<string, WordCase | null>()
  for (const text of texts) {
    for (const match of text.matchAll(/(?<=[\p{Ll}\p{N},;:)]\s+)\p{L}[\p{L}'’-]*/gu)) {
      const word = match[0]
      const lower = word.toLowerCase()
      const form: WordCase = word === lower ? 'lower' : word.length > 1 && word === word.toUpperCase() ? 'upper' : 'capital'
      const known = seen.get(lower)
      if (known === undefined) seen.set(lower, form)
      else if (known !== form) seen.set(lower, null)
    }
  }
  const casing = new Map<string, WordCase>()
  for (const [word, form] of seen) if (form !== null) casing.set(word, form)
  return casing
}

/**
 * A lower-cased article ("guiseley remain winless …", the output of summarisation systems) is read
 * through a copy with its names capitalised; the tagger guesses which words are names. The cased
 * articles of the same story know better: each article of a story is read with their casing.
 * Returns the reading options for each article of `members`.
 */
export function storyReading(members: readonly Article[]): (article: Article) => AnalyseOptions {
  const lowerCased = new Set(members.filter((member) => isLowerCased(member.text)))
  if (lowerCased.size === 0 || lowerCased.size === members.length) return () => ({})
  const casing = casingOf(members.filter((member) => !lowerCased.has(member)).map((member) => member.text))
  return (article) => (lowerCased.has(article) ? { casing } : {})
}
