import type { CleanState } from './lines.js'
import { StandInPattern } from '../segment/latin1.js'
import { mayOpenWith } from './openings.js'

// Calls to share, subscribe or follow, as whole short lines.
// Example: "Share this article: Facebook | X | Email" or "Subscribe to our morning newsletter".
// Stand-in patterns, like the other clean-up patterns: read through a line's Latin-1 stand-in
// (segment/latin1.ts) they compile without u, several times cheaper than /iu.
const SHARE_LINE = new StandInPattern(
  String.raw`^(?:share (?:this|on|via|the)\b|share\s*:|click to (?:share|print|email)|tweet this|email this|print this|follow us\b|follow (?:\S+ )?on (?:facebook|twitter|x|instagram|linkedin|tiktok|threads|bluesky|telegram|whatsapp)\b|subscribe (?:to|for|now|today|here)\b|sign up (?:for|to)\b|join (?:us|our) (?:on|newsletter|mailing|whatsapp|telegram)|get (?:our|the) (?:newsletter|app)\b|download (?:our|the) app\b|like us on facebook|partager (?:cet|sur)|abonnez-vous|suivez-nous)`,
  'iu',
)

// A line made only of network names and separators: "Facebook Twitter LinkedIn WhatsApp Email".
const SOCIAL_WORDS = ['share', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'email', 'e-mail', 'print', 'copy link', 'messenger', 'threads', 'bluesky', 'flipboard', 'pocket', 'tumblr']
const SOCIAL_WORD = `(?:${SOCIAL_WORDS.join('|')})`
const SOCIAL_ONLY = new StandInPattern(`^${SOCIAL_WORD}(?:\\s*[|·•,/:-]?\\s*${SOCIAL_WORD})+\\s*$`, 'iu')

const MAX_SHARE_LINE_LENGTH = 140

const SOCIAL_NAME = new StandInPattern(`^${SOCIAL_WORD}$`, 'iu')

// The words SHARE_LINE opens with; SOCIAL_ONLY and SOCIAL_NAME open with a SOCIAL_WORD (see openings.ts).
const SHARE_OPENINGS = ['share', 'click', 'tweet', 'email', 'print', 'follow', 'subscribe', 'sign', 'join', 'get', 'download', 'like', 'partager', 'abonnez-vous', 'suivez-nous']

/**
 * Removes share/subscribe/follow-us lines. Only whole short lines: a sentence about subscribers stays.
 * Buttons copied one per line ("Share this:", "Facebook", "X", "Email") go with the share line before
 * them or as a run of two or more; a lone "Email" between paragraphs is left alone.
 */
export function removeShareLines(state: CleanState): CleanState {
  const texts = state.lines.map((line) => line.text.trim())
  const social = texts.map((text) => mayOpenWith(text, SOCIAL_WORDS))
  const isShare = texts.map(
    (text, index) =>
      text.length <= MAX_SHARE_LINE_LENGTH &&
      ((mayOpenWith(text, SHARE_OPENINGS) && SHARE_LINE.test(text)) || (social[index] === true && SOCIAL_ONLY.test(text))),
  )
  const isButton = texts.map((text, index) => social[index] === true && SOCIAL_NAME.test(text))
  const removed = texts.map((_, index) => isShare[index] === true)
  for (let index = 0; index < texts.length; index += 1) {
    if (!isButton[index]) continue
    const previous = removed[index - 1] === true
    const runOfButtons = isButton[index - 1] === true || isButton[index + 1] === true
    if (previous || runOfButtons) removed[index] = true
  }
  return { ...state, lines: state.lines.filter((_, index) => !removed[index]) }
}
