import type { DraftRelation } from './relations.js'

/** How the articles of a story derive from one another, read from their relations. */
export interface Lineage {
  /**
   * True when `other` derives from `article`: its chain of sources reaches `article`'s
   * independence group (a copy or paraphrase counts as the text it copies).
   */
  readonly isDownstream: (article: string, other: string) => boolean
  /** True when `other` derives from `article` itself, directly or through others. */
  readonly derives: (article: string, other: string) => boolean
  /**
   * The one of `holders` that all the others derive from, when it derives from another article
   * itself: the text that brought in what they share, which its copies only repeat. Undefined
   * when the holders include an independent account, or their common root is an origin.
   */
  readonly introducer: (holders: readonly string[]) => string | undefined
  /** Whether `article` has a source in the story and other articles derive from it: a possible introducer. */
  readonly hasFollowers: (article: string) => boolean
  /** Whether `article` is a possible introducer or derives from one: only such articles hold what an introducer brought in. */
  readonly onLine: (article: string) => boolean
}

export function lineageOf(relations: readonly DraftRelation[], groupOf: ReadonlyMap<string, string>): Lineage {
  const sourceOf = new Map(relations.filter((relation) => relation.kind !== 'independent').map((relation) => [relation.article, relation.source]))
  const reaches = (article: string, other: string, group: (id: string) => string): boolean => {
    const target = group(article)
    const seen = new Set<string>()
    let current = sourceOf.get(other)
    while (current !== undefined && !seen.has(current)) {
      if (group(current) === target) return true
      seen.add(current)
      current = sourceOf.get(current)
    }
    return false
  }
  const derives = (article: string, other: string): boolean => reaches(article, other, (id) => id)
  const followed = new Set(relations.filter((relation) => relation.kind !== 'independent').map((relation) => relation.source))
  const hasFollowers = (article: string): boolean => sourceOf.has(article) && followed.has(article)
  const introducers = [...followed].filter(hasFollowers)
  const onLine = new Map<string, boolean>()
  return {
    hasFollowers,
    onLine(article) {
      let answer = onLine.get(article)
      if (answer === undefined) onLine.set(article, (answer = introducers.some((root) => root === article || derives(root, article))))
      return answer
    },
    isDownstream: (article, other) => reaches(article, other, (id) => groupOf.get(id) ?? id),
    derives,
    introducer(holders) {
      const root = holders.find((candidate) => holders.every((holder) => holder === candidate || derives(candidate, holder)))
      return root !== undefined && sourceOf.has(root) ? root : undefined
    },
  }
}
