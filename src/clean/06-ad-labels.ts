import type { CleanState } from './lines.js'
import { StandInPattern } from '../segment/latin1.js'
import { mayOpenWith } from './openings.js'

// Placeholders left where an advert was cut out of the page.
// Example: "Advertisement · Continue reading below" or "Story continues below advertisement".
// A stand-in pattern (segment/latin1.ts): cheaper to compile than /iu for a line.
const AD_LABEL = new StandInPattern(
  String.raw`^(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicité|publicidad|ad)(?:\s*[·•|:–-]\s*(?:continue reading(?: below)?|scroll to continue(?: with content)?|story continues below))?$|^(?:story|article|content) continues (?:below|after) (?:this )?(?:advertisement|the ad|ad)$|^continue reading (?:below|the main story)$|^skip (?:advertisement|ad)$`,
  'iu',
)

// The words AD_LABEL opens with (see openings.ts).
const AD_OPENINGS = ['advertisement', 'advertising', 'sponsored', 'anzeige', 'publicité', 'publicidad', 'ad', 'story', 'article', 'content', 'continue', 'skip']

/** Removes advert placeholders: whole lines only, so "The advertisement ran for a week." stays. */
export function removeAdLabels(state: CleanState): CleanState {
  return { ...state, lines: state.lines.filter((line) => !isAdLabel(line.text.trim())) }
}

function isAdLabel(text: string): boolean {
  return mayOpenWith(text, AD_OPENINGS) && AD_LABEL.test(text)
}
