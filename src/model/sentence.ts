import type { Span } from './span.js'

export interface Sentence extends Span {
  /** Position of the sentence in its article, from 0. */
  readonly index: number
  readonly text: string
}
