/** The unit of a person's age: "the 31-year-old", "aged 31", "Pippa, 31,". */
export const AGE = 'year of age'

// Tokenised copy writes "31 - year - old"; a headline "31-years-old".
const AGE_AFTER = /^\s*-?\s*years?\s*-?\s*old\b/iu
const AGE_BEFORE = /\b(?:aged|age:?|turned|turns|turning)\s*$/iu
// "Pippa Middleton, 31, wore": a name, then the age between commas (or before "and", "from", "of").
const APPOSITION_BEFORE = /\p{Lu}[\p{L}'’.-]*\s*,\s*$/u
const APPOSITION_AFTER = /^\s*(?:,|\)|and\b|from\b|of\b|who\b)/u

/** Whether the number is someone's age. Ages are written by hand here: no installed extractor reads "Name, 31," as an age. */
export function isAge(text: string, match: { start: number; end: number; value: number; digits: boolean }): boolean {
  if (!Number.isInteger(match.value) || match.value <= 0 || match.value > 125) return false
  const after = text.slice(match.end, match.end + 16)
  const before = text.slice(Math.max(0, match.start - 40), match.start)
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return true
  return match.digits && APPOSITION_BEFORE.test(before) && APPOSITION_AFTER.test(after)
}
