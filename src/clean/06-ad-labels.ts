import type { CleanState } from './lines.js'

// Placeholders left where an advert was cut out of the page.
// Example: "Advertisement · Continue reading below" or "Story continues below advertisement".
const AD_LABEL =
  /^(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicité|publicidad|ad)(?:\s*[·•|:–-]\s*(?:continue reading(?: below)?|scroll to continue(?: with content)?|story continues below))?$|^(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|the ad|ad)$|^continue reading (?:below|the main story)$|^skip (?:advertisement|ad)$/iu

/** Removes advert placeholders: whole lines only, so "The advertisement ran for a week." stays. */
export function removeAdLabels(state: CleanState): CleanState {
  return { ...state, lines: state.lines.filter((line) => !AD_LABEL.test(line.text.trim())) }
}
