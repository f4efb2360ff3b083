import type { Span } from '../model/index.js'

/**
 * Character ranges already claimed by a fact, kept sorted and disjoint so that checking a new
 * span costs a binary search: an article of many thousand facts stays linear-logarithmic.
 */
export class Occupancy {
  private readonly starts: number[] = []
  private readonly ends: number[] = []

  /** Whether `span` overlaps a claimed range. */
  overlaps(span: Span): boolean {
    // The last claimed range starting before the span's end is the only one that can overlap it.
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.starts[middle] ?? 0) < span.end) low = middle + 1
      else high = middle
    }
    const index = low - 1
    return index >= 0 && (this.ends[index] ?? 0) > span.start
  }

  /** Claims `span`, which must not overlap a claimed range. */
  claim(span: Span): void {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.starts[middle] ?? 0) < span.start) low = middle + 1
      else high = middle
    }
    this.starts.splice(low, 0, span.start)
    this.ends.splice(low, 0, span.end)
  }
}
