// wink-lexicon ships no type declarations; we read one of its tables, irregular verb forms.
declare module 'wink-lexicon/src/irregular-verbs.js' {
  /** Inflected form → base form ("fell" → "fall", "won" → "win"). */
  const irregularVerbs: Readonly<Record<string, string>>
  export default irregularVerbs
}
