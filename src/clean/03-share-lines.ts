import type { CleanState } from './lines.js'

// Calls to share, subscribe or follow, as whole short lines.
// Example: "Share this article: Facebook | X | Email" or "Subscribe to our morning newsletter".
const SHARE_LINE =
  /^(?:share (?:this|on|via|the)\b|share\s*:|click to (?:share|print|email)|tweet this|email this|print this|follow us\b|follow (?:\S+ )?on (?:facebook|twitter|x|instagram|linkedin|tiktok|threads|bluesky|telegram|whatsapp)\b|subscribe (?:to|for|now|today|here)\b|sign up (?:for|to)\b|join (?:us|our) (?:on|newsletter|mailing|whatsapp|telegram)|get (?:our|the) (?:newsletter|app)\b|download (?:our|the) app\b|like us on facebook|partager (?:cet|sur)|abonnez-vous|suivez-nous)/iu

// A line made only of network names and separators: "Facebook Twitter LinkedIn WhatsApp Email".
const SOCIAL_WORD = '(?:share|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|copy link|messenger|threads|bluesky|flipboard|pocket|tumblr)'
const SOCIAL_ONLY = new RegExp(`^${SOCIAL_WORD}(?:\\s*[|·•,/:-]?\\s*${SOCIAL_WORD})+\\s*$`, 'iu')

const MAX_SHARE_LINE_LENGTH = 140

/** Removes share/subscribe/follow-us lines. Only whole short lines: a sentence about subscribers stays. */
export function removeShareLines(state: CleanState): CleanState {
  const lines = state.lines.filter((line) => {
    const text = line.text.trim()
    if (text.length > MAX_SHARE_LINE_LENGTH) return true
    return !(SHARE_LINE.test(text) || SOCIAL_ONLY.test(text))
  })
  return { ...state, lines }
}
