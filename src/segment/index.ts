export { segmentSentences } from './sentences.js'
export { isStopword, terms, termsWithOffsets } from './terms.js'
export type { Term } from './terms.js'
