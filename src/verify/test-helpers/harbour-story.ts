import type { AnalysedArticle } from '../../model/index.js'
import { article } from './story.js'

/**
 * A tiny invented story for the verify tests: an original, a verbatim copy, a syndicated excerpt,
 * an unattributed rewrite with planted changes, an attributed summary with an invented sentence,
 * and an unrelated article.
 */
export const ORIGIN_TEXT = [
  'The harbour council voted on Monday to close the old Kessel pier for urgent repairs.',
  'Engineers found cracks in 14 of the 30 steel piles under the pier, according to an inspection by Brantwell Engineering.',
  'The repairs will cost $2,412,900 and take about nine months, the council said.',
  '“We cannot risk a collapse with boats tied up underneath,” said harbour master Lena Okafor.',
  'Fishing boats will moor at the northern quay until the work is done.',
  'The pier was built in 1931 and last repaired in 1988.',
  'Local traders fear the closure will cut visitor numbers during the summer season.',
].join('\n')

export const REWRITE_TEXT = [
  'On Monday the council of the harbour decided to shut the old Kessel pier for urgent repair work.',
  'Cracks were found by engineers in 16 of the pier’s 30 steel piles, an inspection by Brantwell Engineering showed.',
  'The council said the repair work will cost $2,412,900 and take roughly nine months.',
  '“We cannot risk a collapse with ships moored underneath,” harbour master Maria Duarte said.',
  'Until the work is finished, the fishing boats are to moor at the quay in the north.',
  'The pier, which was built in 1913, was last repaired in 1988.',
  'Traders in the area worry the closure will cut the number of visitors in the summer season.',
  'The town has been arguing about the pier for a decade, and the mayor has promised a new marina.',
].join('\n')

export const SUMMARY_TEXT = [
  'The old Kessel pier will close for nine months of repairs, according to the Northern Ledger.',
  'Engineers found cracks in 14 of its 30 piles and the work will cost $2.4 million, the Ledger reported.',
  'The city also plans to build a ferry terminal with twelve berths beside the marina by 2030.',
].join('\n')

export const UNRELATED_TEXT = [
  'The city library will open on Sundays from next month, the culture office said.',
  'Its reading rooms were renovated last year at a cost of 800,000 euros.',
].join('\n')

export function harbourStory(): AnalysedArticle[] {
  return [
    article('rewrite', REWRITE_TEXT, { outlet: 'Bayside Courier', published: '2026-03-10' }),
    article('origin', ORIGIN_TEXT, { outlet: 'Northern Ledger', published: '2026-03-09' }),
    article('copy', ORIGIN_TEXT, { outlet: 'Harbour Aggregator', published: '2026-03-09' }),
    article('excerpt', `${ORIGIN_TEXT.split('\n').slice(0, 3).join('\n')}\nThe post Kessel pier to close appeared first on Northern Ledger.`, { outlet: 'Coastline Wire', published: '2026-03-10' }),
    article('summary', SUMMARY_TEXT, { outlet: 'Metro Brief', published: '2026-03-11' }),
    article('library', UNRELATED_TEXT, { outlet: 'Metro Brief', published: '2026-03-11' }),
  ]
}
