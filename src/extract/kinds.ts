import type { Comparison, FactType, FactValue } from '../model/index.js'
import { dateKind } from './date/date-kind.js'
import { entityKind } from './entity/entity-kind.js'
import type { FactKind } from './fact-kind.js'
import { moneyKind } from './money/money-kind.js'
import { numberKind } from './number/number-kind.js'
import { percentKind } from './percent/percent-kind.js'
import { quoteKind } from './quote/quote-kind.js'

type KindTable = { readonly [T in FactType]: FactKind<Extract<FactValue, { kind: T }>> }

/** Every fact kind, by type. Adding a kind: one folder and one line here. */
export const factKinds: KindTable = {
  number: numberKind,
  money: moneyKind,
  percent: percentKind,
  date: dateKind,
  entity: entityKind,
  quote: quoteKind,
}

/** All kinds, highest priority first: the order in which overlapping spans are claimed. */
export const kindsByPriority: readonly FactKind<FactValue>[] = (Object.values(factKinds) as FactKind<FactValue>[]).sort((a, b) => b.priority - a.priority)

function kindOf<V extends FactValue>(value: V): FactKind<V> {
  return factKinds[value.kind] as unknown as FactKind<V>
}

/** How two values stand: values of different kinds are always unrelated. */
export function compareValues(a: FactValue, b: FactValue): Comparison {
  if (a.kind !== b.kind) return 'unrelated'
  return kindOf(a).compare(a, b)
}

/** A short human form of a value, for explanations. */
export function describeValue(value: FactValue): string {
  return kindOf(value).describe(value)
}
