import type { EntityCategory } from '../../model/index.js'

/*
 * Names that mean the same entity, mapped to one canonical name. Only unambiguous aliases belong
 * here. "Washington" is deliberately absent: it names the US government in "tilting toward
 * Washington" but the city or the state elsewhere, and a wrong merge would turn a swapped place
 * into a match. The same holds for "Beijing"/"China", "Moscow"/"Russia", "the Times".
 */
interface Alias {
  readonly name: string
  readonly category: EntityCategory
  readonly variants: readonly string[]
}

const ALIASES: readonly Alias[] = [
  { name: 'United States', category: 'place', variants: ['U.S.', 'US', 'U.S.A.', 'USA', 'United States of America', 'America', 'the United States'] },
  { name: 'United Kingdom', category: 'place', variants: ['U.K.', 'UK', 'Britain', 'Great Britain'] },
  { name: 'European Union', category: 'organization', variants: ['EU', 'E.U.'] },
  { name: 'United Nations', category: 'organization', variants: ['UN', 'U.N.'] },
  { name: 'NATO', category: 'organization', variants: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'Soviet Union', category: 'place', variants: ['USSR', 'U.S.S.R.'] },
  { name: 'Russia', category: 'place', variants: ['Russian Federation'] },
  { name: 'China', category: 'place', variants: ["People's Republic of China", 'People’s Republic of China', 'PRC', 'Mainland China'] },
  { name: 'South Korea', category: 'place', variants: ['Republic of Korea', 'ROK'] },
  { name: 'North Korea', category: 'place', variants: ['DPRK', "Democratic People's Republic of Korea", 'Democratic People’s Republic of Korea'] },
  { name: 'Vietnam', category: 'place', variants: ['Viet Nam'] },
  { name: 'United Arab Emirates', category: 'place', variants: ['UAE', 'U.A.E.'] },
  { name: 'The New York Times', category: 'organization', variants: ['New York Times', 'NYT', 'NY Times', 'N.Y. Times'] },
  { name: 'The Washington Post', category: 'organization', variants: ['Washington Post'] },
  { name: 'The Wall Street Journal', category: 'organization', variants: ['Wall Street Journal', 'WSJ'] },
  { name: 'Associated Press', category: 'organization', variants: ['AP', 'The Associated Press'] },
  { name: 'Agence France-Presse', category: 'organization', variants: ['AFP'] },
  { name: 'BBC', category: 'organization', variants: ['British Broadcasting Corporation'] },
  { name: 'Pentagon', category: 'organization', variants: ['Department of Defense', 'Defense Department', 'US Department of Defense', 'DoD'] },
  { name: 'State Department', category: 'organization', variants: ['Department of State', 'US State Department'] },
  { name: 'Central Intelligence Agency', category: 'organization', variants: ['CIA'] },
  { name: 'Federal Bureau of Investigation', category: 'organization', variants: ['FBI'] },
  { name: 'International Monetary Fund', category: 'organization', variants: ['IMF'] },
  { name: 'World Health Organization', category: 'organization', variants: ['WHO'] },
  { name: 'Association of Southeast Asian Nations', category: 'organization', variants: ['ASEAN', 'Asean'] },
]

export interface CanonicalEntity {
  readonly name: string
  readonly category: EntityCategory
}

const BY_VARIANT: ReadonlyMap<string, CanonicalEntity> = new Map(
  ALIASES.flatMap((alias) => [alias.name, ...alias.variants].map((variant) => [aliasKey(variant), { name: alias.name, category: alias.category }] as const)),
)

/** The canonical entity a written name stands for, if it is a known alias ("U.S." → United States). */
export function lookupAlias(written: string): CanonicalEntity | undefined {
  // "US" and "WHO" are words too: all-capital variants only match as written.
  const exact = BY_VARIANT.get(aliasKey(written))
  if (exact === undefined) return undefined
  if (/^[A-Z]{2,4}$/u.test(written.replace(/\./gu, '')) === false && /^(?:us|who|ap|un)$/iu.test(written)) return undefined
  return exact
}

/** Lower case, no dots, no leading "the", apostrophes straightened. */
export function aliasKey(name: string): string {
  return name.toLowerCase().replace(/’/gu, "'").replace(/\./gu, '').replace(/^the\s+/u, '').trim()
}

const VARIANTS_OF: ReadonlyMap<string, readonly string[]> = new Map(ALIASES.map((alias) => [alias.name, alias.variants]))

/** Every other way of writing a canonical name ("United Kingdom" → "UK", "Britain"…); none for a name without aliases. */
export function aliasVariants(name: string): readonly string[] {
  return VARIANTS_OF.get(name) ?? []
}
