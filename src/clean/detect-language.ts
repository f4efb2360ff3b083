import { franc } from 'franc-min'

// franc-min answers in ISO 639-3; the rest of the pipeline (and <html lang>) uses ISO 639-1.
const ISO_639_1: Readonly<Record<string, string>> = {
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
  return ISO_639_1[franc(text.slice(0, SAMPLE_LENGTH), { minLength: MIN_LENGTH })]
}
