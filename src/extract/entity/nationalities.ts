/**
 * The country a nationality word speaks of: "a Scottish teenager" says Scotland, "Russian
 * President X" says Russia. Checked as that place, so "Scottish" is supported by "Scotland" (or
 * by "Scottish") and is a claim where no article places the story there. Canonical names follow
 * aliases.ts ("British" → United Kingdom, which "UK" and "Britain" also name).
 *
 * Left out on purpose: "English" (more often the language), regions and directions ("European",
 * "African", "Asian", "Arab", "Western", "Nordic"), whose reach no single place matches.
 */
const COUNTRY_OF: Readonly<Record<string, string>> = {
  american: 'United States', russian: 'Russia', chinese: 'China', vietnamese: 'Vietnam', japanese: 'Japan',
  british: 'United Kingdom', briton: 'United Kingdom', french: 'France', frenchman: 'France', frenchwoman: 'France',
  german: 'Germany', italian: 'Italy', spanish: 'Spain', spaniard: 'Spain', portuguese: 'Portugal', dutch: 'Netherlands',
  dutchman: 'Netherlands', belgian: 'Belgium', swiss: 'Switzerland', austrian: 'Austria', polish: 'Poland',
  ukrainian: 'Ukraine', belarusian: 'Belarus', czech: 'Czech Republic', slovak: 'Slovakia', hungarian: 'Hungary',
  romanian: 'Romania', bulgarian: 'Bulgaria', serbian: 'Serbia', croatian: 'Croatia', greek: 'Greece', turkish: 'Turkey',
  iranian: 'Iran', iraqi: 'Iraq', syrian: 'Syria', israeli: 'Israel', lebanese: 'Lebanon', jordanian: 'Jordan',
  saudi: 'Saudi Arabia', egyptian: 'Egypt', libyan: 'Libya', tunisian: 'Tunisia', moroccan: 'Morocco', algerian: 'Algeria',
  afghan: 'Afghanistan', pakistani: 'Pakistan', indian: 'India', bangladeshi: 'Bangladesh', nepali: 'Nepal',
  thai: 'Thailand', cambodian: 'Cambodia', malaysian: 'Malaysia', singaporean: 'Singapore', indonesian: 'Indonesia',
  filipino: 'Philippines', australian: 'Australia', canadian: 'Canada', mexican: 'Mexico', brazilian: 'Brazil',
  argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile', colombian: 'Colombia', venezuelan: 'Venezuela',
  cuban: 'Cuba', nigerian: 'Nigeria', kenyan: 'Kenya', ethiopian: 'Ethiopia', swedish: 'Sweden', norwegian: 'Norway',
  danish: 'Denmark', finnish: 'Finland', irish: 'Ireland', irishman: 'Ireland', irishwoman: 'Ireland',
  scottish: 'Scotland', scotsman: 'Scotland', scotswoman: 'Scotland', welsh: 'Wales', welshman: 'Wales', welshwoman: 'Wales',
  taiwanese: 'Taiwan', mongolian: 'Mongolia', kazakh: 'Kazakhstan', uzbek: 'Uzbekistan', armenian: 'Armenia',
  azerbaijani: 'Azerbaijan', emirati: 'United Arab Emirates', qatari: 'Qatar', kuwaiti: 'Kuwait', yemeni: 'Yemen',
  sudanese: 'Sudan', somali: 'Somalia', soviet: 'Soviet Union', 'north korean': 'North Korea', 'south korean': 'South Korea',
  'south african': 'South Africa', 'new zealander': 'New Zealand',
}

/** Every nationality word that names a country, as COUNTRY_OF keys it (gazetteer.ts builds DEMONYMS on it). */
export const NATIONALITY_WORDS: readonly string[] = Object.keys(COUNTRY_OF)

/** The country a nationality word ("Scottish", "Britons", "north korean") names, if it names one. */
export function countryOf(demonym: string): string | undefined {
  const word = demonym.toLowerCase().replace(/’/gu, "'")
  return COUNTRY_OF[word] ?? (word.endsWith('s') ? COUNTRY_OF[word.slice(0, -1)] : undefined) ?? (word.endsWith('men') ? COUNTRY_OF[`${word.slice(0, -3)}man`] : undefined)
}
