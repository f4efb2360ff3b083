/**
 * The form two sentences must share to count as verbatim: case, quote style, dashes and spacing
 * differ between copies of the same text ("“Trump is…”" vs "\"Trump is…\"").
 */
export function verbatimForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‟«»″]/gu, '"')
    .replace(/[‘’‚‛′`]/gu, "'")
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Dice coefficient over character trigrams of two verbatim forms, in [0, 1]: high when only a
 * word or two changed. Written by hand: it is six lines, and only runs on pairs that already share
 * most of their words.
 */
export function characterSimilarity(a: string, b: string, trigrams: (text: string) => ReadonlyMap<string, number> = trigramCounts): number {
  if (a === b) return 1
  const left = trigrams(a)
  const right = trigrams(b)
  let shared = 0
  // forEach, not for…of: no entry array per trigram in code V8 has not optimised yet.
  left.forEach((count, gram) => {
    shared += Math.min(count, right.get(gram) ?? 0)
  })
  const total = Math.max(a.length - 2, 0) + Math.max(b.length - 2, 0)
  return total === 0 ? 0 : (2 * shared) / total
}

export function trigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= text.length; index++) {
    const gram = text.slice(index, index + 3)
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}
