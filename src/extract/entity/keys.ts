import { StandInPattern } from '../../segment/latin1.js'

// Read through a stand-in (segment/latin1.ts): cheaper to compile for than its Unicode classes.
const NOT_LETTER_OR_DIGIT = new StandInPattern(String.raw`[^\p{L}\p{N}]+`, 'gu')
// "JK " before a name (the spaces as /^\p{Lu}{2}\s+/ takes them, when a word follows).
const TWO_INITIALS = new StandInPattern(String.raw`^\p{Lu}{2}\s+(?=\S)`, 'du')

/** Lower case, accents and punctuation dropped, single spaces: "Nguyễn Thế Phương" → "nguyen the phuong". */
export function entityKey(name: string): string {
  const decomposed = name.normalize('NFD')
  // Latin-1 has no marks: a name that stays within it skips the \p{M} pattern (and its compiling).
  const unmarked = /[^\x00-\xff]/u.test(decomposed) ? decomposed.replace(/\p{M}/gu, '') : decomposed
  const words = unmarked
    .toLowerCase()
    .replace(/đ/gu, 'd')
    .replace(/['’]/gu, '')
    .replace(/^the\s+/u, '')
  return NOT_LETTER_OR_DIGIT.replaceIn(words, ' ').trim()
}

/** A person's key also drops initials: "Vladimir V. Putin" and "Vladimir Putin" are one person, so are "JK Rowling" and "J.K. Rowling". */
export function personKey(name: string): string {
  const initials = name.slice(TWO_INITIALS.exec(name)?.[0].length ?? 0)
  return entityKey(initials).split(' ').filter((part) => part.length > 1).join(' ')
}

/** A designator's key joins letters and number with one hyphen: "Su 35", "SU-35" → "su-35". */
export function designatorKey(name: string): string {
  return entityKey(name).replace(/^([\p{L}]+) (?=\p{N})/u, '$1-')
}
