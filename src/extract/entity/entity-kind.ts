import type { EntityValue } from '../../model/index.js'
import type { FactKind } from '../fact-kind.js'
import { designatorParts } from './designators.js'

/** People, organisations, places and designators, keyed so that aliases and later mentions match. */
export const entityKind: FactKind<EntityValue> = {
  type: 'entity',
  priority: 4,
  // Computed once per article in the context, because quotes need them for their speakers too.
  find: (ctx) => [...ctx.entities()],
  compare(a, b) {
    if (a.category !== b.category) {
      // 'other' means "category unknown": a lone "Biden" (other) is the person "Joe Biden" elsewhere.
      if (a.category !== 'other' && b.category !== 'other') return 'unrelated'
      return a.key === b.key || sameSurname(a.key, b.key) ? 'compatible' : 'unrelated'
    }
    if (a.key === b.key) return 'equal'
    if (a.category === 'person' && sameSurname(a.key, b.key)) return 'compatible'
    if (a.category === 'designator') {
      const left = designatorParts(a.key)
      const right = designatorParts(b.key)
      // "Su-30" vs "Su-40": one family, another model — the classic altered designator.
      if (left !== undefined && right !== undefined && left.family === right.family) return left.number === right.number ? 'equal' : 'conflict'
    }
    // Same category, another name: a swap only if the caller decided both fill the same slot.
    return 'conflict'
  },
  describe(value) {
    return `${value.name} (${value.category})`
  },
}

// "Putin" in one article, "Vladimir Putin" in another: the short form is the end of the long one.
function sameSurname(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return long.endsWith(` ${short}`)
}
