import type { CleanState, Line } from './lines.js'
import { StandInPattern } from '../segment/latin1.js'
import { mayOpenWith } from './openings.js'

// Headings that introduce a list of links to other articles, alone or combined with " / ".
// Example: "You may also like:" followed by "- Ferry fares rise again" and "- New pier opens in May".
const RELATED_HEADING_PHRASES = [
  'related posts?', 'related articles?', 'related stories', 'related coverage', 'related content', 'related',
  'articles similaires', 'à lire aussi', 'lire aussi', 'read more', 'read also', 'more stories', 'more on this story',
  'you may also like', 'you might also like', 'recommended', 'recommended for you', 'see also', 'further reading',
  'más noticias', 'noticias relacionadas', 'weitere artikel', 'mehr zum thema', 'tin liên quan', 'bài liên quan',
]
const PHRASE = `(?:${RELATED_HEADING_PHRASES.join('|')})`
// Stand-in patterns (segment/latin1.ts): cheaper to compile than /iu for a line.
const RELATED_HEADING = new StandInPattern(`^${PHRASE}(?:\\s*[/|·•–-]\\s*${PHRASE})*\\s*:?$`, 'iu')

// One-line teasers: "Read more: Dock strike ends after pay deal" / "Related: Ferry fares rise again".
const RELATED_TEASER = new StandInPattern(String.raw`^(?:read more|read also|related|see also|also read|lire aussi)\s*:\s*\S.{0,200}$`, 'iu')

// The words the patterns above open with (see openings.ts).
const HEADING_OPENINGS = [...new Set(RELATED_HEADING_PHRASES.map((phrase) => phrase.split(' ')[0] ?? ''))]
const TEASER_OPENINGS = ['read', 'related', 'see', 'also', 'lire']

/** Removes "Related posts" headings with the list that follows them, and one-line "Read more:" teasers. */
export function removeRelatedPosts(state: CleanState): CleanState {
  const lines: Line[] = []
  let skippingList = false
  for (const line of state.lines) {
    const text = line.text.trim()
    if (mayOpenWith(text, HEADING_OPENINGS) && RELATED_HEADING.test(text)) {
      skippingList = true
      continue
    }
    if (skippingList) {
      // Blank lines between the heading and its items, then the items themselves; the list ends at
      // the first line that is neither (article text resumes, or the page does).
      if (text === '' || line.listItem) continue
      skippingList = false
    }
    if (mayOpenWith(text, TEASER_OPENINGS) && RELATED_TEASER.test(text)) continue
    lines.push(line)
  }
  return { ...state, lines }
}
