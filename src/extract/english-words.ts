import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/*
 * Whether a lower-case word is an ordinary English word, by the Hunspell dictionaries of
 * wooorm/dictionaries (US and British spelling: "license" and "licence") read through nspell,
 * which applies their affix rules ("relegated", "caucuses"). Proper nouns are in those
 * dictionaries capitalised only ("London", "Orkney"), so "london" is no ordinary word.
 *
 * Used to find names in lower-cased texts that the tagger does not know ("salford",
 * "kingsholm"); loaded on the first such word only (about 0.5 s), as ordinary news text never
 * needs it.
 */

interface Speller {
  correct(word: string): boolean
}

let spellers: readonly Speller[] | undefined

function loadSpellers(): readonly Speller[] {
  if (spellers === undefined) {
    const require = createRequire(import.meta.url)
    const nspell = require('nspell') as (aff: Buffer, dic: Buffer) => Speller
    // The dictionary packages are ES modules that read their files with top-level await; the files are read here instead.
    spellers = ['dictionary-en', 'dictionary-en-gb'].map((name) => {
      const folder = dirname(require.resolve(name))
      return nspell(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')))
    })
  }
  return spellers
}

const known = new Map<string, boolean>()

/** True for a word either dictionary spells in lower case ("relegated", "licence"); false for "salford" or "london". */
export function isEnglishWord(word: string): boolean {
  let answer = known.get(word)
  if (answer === undefined) {
    answer = loadSpellers().some((speller) => speller.correct(word))
    // A long-running server meets ever new words: the memo is a cache, not a record.
    if (known.size >= 100_000) known.clear()
    known.set(word, answer)
  }
  return answer
}
