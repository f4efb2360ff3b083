/*
 * The clean-up patterns are anchored, case-insensitive Unicode expressions (/iu) made of literal
 * words, and V8 spends about a millisecond compiling each for a line beyond Latin-1. Most lines of
 * an article open with none of their words, so a line is tried against a pattern only when it may
 * open with one of the pattern's first words (lower-case; the pattern's literal text).
 */

/**
 * False only when `text` cannot open with any of `words` under /iu. The test reads the text's
 * ASCII opening, lower-cased (for ASCII, /iu folds case exactly so); a character beyond ASCII
 * ends it, and a word longer than that opening is kept if the opening begins it, since such a
 * character may still fold to the word's next letter ("ſ" to "s").
 */
export function mayOpenWith(text: string, words: readonly string[]): boolean {
  const opening = asciiOpening(text, longest(words)).toLowerCase()
  return words.some((word) => (opening.length >= word.length ? opening.startsWith(word) : word.startsWith(opening)))
}

function asciiOpening(text: string, length: number): string {
  let end = 0
  while (end < length && end < text.length && text.charCodeAt(end) < 0x80) end += 1
  // A text that ends within the opening gets a mark no word has, so a longer word cannot open it.
  return end === text.length ? `${text}\u0000` : text.slice(0, end)
}

const longestByList = new WeakMap<readonly string[], number>()

function longest(words: readonly string[]): number {
  let length = longestByList.get(words)
  if (length === undefined) {
    length = Math.max(0, ...words.map((word) => word.length))
    longestByList.set(words, length)
  }
  return length
}
