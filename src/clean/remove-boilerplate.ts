import { removeSyndicationFooters } from './01-syndication-footer.js'
import { removeRelatedPosts } from './02-related-posts.js'
import { removeShareLines } from './03-share-lines.js'
import { removeBylines } from './04-byline.js'
import { removeDatelines } from './05-dateline.js'
import { removeAdLabels } from './06-ad-labels.js'
import type { CleanState, FoundMetadata, Line } from './lines.js'

/**
 * What is not the article, removed line by line; what it told us is kept in `found`.
 * Order matters: related lists go before bylines, so that a byline above a list is at the edge.
 */
export function removeBoilerplate(lines: readonly Line[]): CleanState {
  let state: CleanState = { lines, found: { credits: [] } }
  state = removeSyndicationFooters(state) // "The post … appeared first on Coastline Daily."
  state = removeRelatedPosts(state) //       "You may also like:" and its list
  state = removeShareLines(state) //         "Share this article: Facebook | X | Email"
  state = removeBylines(state) //            "By Mara Quill – Harbourtown Gazette – March 4, 2025"
  state = removeDatelines(state) //          "Published: 4 March 2025"
  state = removeAdLabels(state) //           "Advertisement · Continue reading below"
  return state
}

export type { FoundMetadata }
