import type { CleanState } from './lines.js'

// Each pattern matches a whole line and captures the outlet the article credits as its source.
// Example: "The post Harbour cranes idle as dock strike enters third week appeared first on Coastline Daily."
const SYNDICATION_FOOTERS: readonly RegExp[] = [
  /^The post .+ appeared first on (?<outlet>.+?)\.?$/iu,
  // WordPress writes the same footer in the site's language: "L’article … est apparu en premier sur Y.",
  // "La entrada … se publicó primero en Y.", "Der Beitrag … erschien zuerst auf Y."
  /^L['’]article .+ est apparu en premier sur (?<outlet>.+?)\.?$/iu,
  /^La entrada .+ se public[óo] primero en (?<outlet>.+?)\.?$/iu,
  /^Der Beitrag .+ erschien zuerst auf (?<outlet>.+?)\.?$/iu,
  // "This article originally appeared on Valley Ledger." / "This story was first published by Valley Ledger."
  /^(?:This|The) (?:article|story|post|piece|report) (?:was )?(?:originally|first) (?:appeared|appears|published|ran) (?:on|in|by|at) (?<outlet>.+?)\.?$/iu,
  // "Originally published by Valley Ledger." / "Originally published on valleyledger.example"
  /^(?:Originally|First) (?:published|appeared|posted) (?:on|in|by|at) (?<outlet>.+?)\.?$/iu,
  // "This article is republished from Valley Ledger under a Creative Commons license."
  /^(?:This|The) (?:article|story) (?:is|was|has been) republished from (?<outlet>.+?)(?: under .+?)?\.?$/iu,
  // "Read the full report in Valley Ledger" / "Read the original story at valleyledger.example"
  /^Read the (?:full|original|whole|complete) (?:report|story|article|investigation|piece) (?:in|on|at|from) (?<outlet>.+?)\.?$/iu,
]

// A footer is one short line; a long line that happens to contain "appeared first on" is prose.
const MAX_FOOTER_LENGTH = 300

/** Removes syndication footers and keeps the outlet they name in `credits`. */
export function removeSyndicationFooters(state: CleanState): CleanState {
  const credits = [...state.found.credits]
  const lines = state.lines.filter((line) => {
    const outlet = syndicatedFrom(line.text.trim())
    if (outlet === undefined) return true
    if (!credits.includes(outlet)) credits.push(outlet)
    return false
  })
  return { lines, found: { ...state.found, credits } }
}

function syndicatedFrom(line: string): string | undefined {
  if (line.length > MAX_FOOTER_LENGTH) return undefined
  for (const pattern of SYNDICATION_FOOTERS) {
    const outlet = pattern.exec(line)?.groups?.['outlet']
    if (outlet !== undefined) return cleanOutletName(outlet)
  }
  return undefined
}

/** "Valley Ledger on October 3, 2025" → "Valley Ledger"; surrounding quotes and stray punctuation go. */
function cleanOutletName(outlet: string): string | undefined {
  const name = outlet
    .replace(/\s+(?:on|in)\s+(?:\w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}|\d{4}-\d{2}-\d{2}).*$/u, '')
    .replace(/^["'“‘«\s]+|["'”’»\s.,;:]+$/gu, '')
    .trim()
  return name === '' ? undefined : name
}
