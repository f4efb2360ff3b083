import type { Finding, FindingStatus, FindingType } from '../../../model/finding.js'
import type { ResultArticle } from '../../../model/result.js'
import { spanKey } from '../../../model/span.js'

/** What one article says about one fact: its own finding(s), or only a span another finding cites. */
export type CellState = FindingStatus | 'stated' | 'absent'

export interface FactCell {
  readonly state: CellState
  /** The value as this article writes it (claim or evidence text). */
  readonly value?: string
  readonly findings: readonly Finding[]
}

/** One row of the fact matrix: findings tied together by the evidence they share. */
export interface FactGroup {
  readonly id: string
  readonly type: FindingType
  /** The claim text as the reference article writes it. */
  readonly label: string
  /** A few words around the label in the reference article, so "46 percent" reads as "tariff … 46 percent". */
  readonly context: string
  readonly cells: ReadonlyMap<string, FactCell>
  readonly worst: CellState
  /** Position of the row's first mention in the reference article, for the default order. */
  readonly order: number
}

/** Severity for sorting and for merging several findings of one article into one cell. */
export const stateRank: Readonly<Record<CellState, number>> = { conflict: 4, unsupported: 3, supported: 2, stated: 1, absent: 0 }

interface SpanRef {
  readonly article: string
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * Groups findings into matrix rows. Findings that point at the same span (as claim or as
 * evidence) describe one fact: B's "47%" citing A's "46 percent", and C's "46%" citing the same
 * span, end up in one row with a cell for A, B and C. Union-find over span keys; no library
 * offers this over our span shape and it is twenty lines.
 */
export function groupFindings(findings: readonly Finding[], articles: readonly ResultArticle[], referenceId: string | undefined): FactGroup[] {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(key, root)
    return root
  }
  const add = (key: string): void => {
    if (!parent.has(key)) parent.set(key, key)
  }
  const union = (a: string, b: string): void => {
    const rootA = find(a)
    const rootB = find(b)
    if (rootA !== rootB) parent.set(rootB, rootA)
  }

  const spans = new Map<string, SpanRef>()
  const claimKey = (finding: Finding): string => spanKey(finding.article, finding.claim)
  for (const finding of findings) {
    const key = claimKey(finding)
    add(key)
    spans.set(key, { article: finding.article, ...finding.claim })
    // An unsupported finding's evidence is at most a near miss ("two" here, "Thirteen" there):
    // joining through it would merge two facts into one row, so it stays a row of its own.
    if (finding.status === 'unsupported') continue
    for (const evidence of finding.evidence) {
      const evidenceKey = spanKey(evidence.article, evidence)
      add(evidenceKey)
      spans.set(evidenceKey, evidence)
      union(key, evidenceKey)
    }
  }

  const members = new Map<string, { findings: Finding[]; spans: SpanRef[] }>()
  for (const [key, span] of spans) {
    const root = find(key)
    const entry = members.get(root) ?? { findings: [], spans: [] }
    entry.spans.push(span)
    members.set(root, entry)
  }
  for (const finding of findings) members.get(find(claimKey(finding)))?.findings.push(finding)

  const textById = new Map(articles.map((article) => [article.id, article.text]))
  const articleOrder = articles.map((article) => article.id)
  const groups: FactGroup[] = []
  for (const [root, entry] of members) {
    const first = entry.findings[0]
    if (first === undefined) continue
    const cells = new Map<string, FactCell>()
    for (const articleId of articleOrder) cells.set(articleId, cellFor(articleId, entry.findings, entry.spans))
    const reference = pickReference(entry.spans, referenceId, articleOrder)
    const worst = [...cells.values()].reduce<CellState>((current, cell) => (stateRank[cell.state] > stateRank[current] ? cell.state : current), 'absent')
    groups.push({
      id: root,
      type: first.type,
      label: reference.text,
      context: surroundingWords(textById.get(reference.article) ?? '', reference.start, reference.end),
      cells,
      worst,
      order: articleOrder.indexOf(reference.article) * 1e9 + reference.start,
    })
  }
  return groups.sort((a, b) => a.order - b.order)
}


function cellFor(articleId: string, findings: readonly Finding[], spans: readonly SpanRef[]): FactCell {
  const own = findings.filter((finding) => finding.article === articleId)
  if (own.length > 0) {
    const worst = own.reduce((current, finding) => (stateRank[finding.status] > stateRank[current.status] ? finding : current))
    return { state: worst.status, value: worst.claim.text, findings: own }
  }
  const cited = spans.find((span) => span.article === articleId)
  if (cited !== undefined) return { state: 'stated', value: cited.text, findings: [] }
  return { state: 'absent', findings: [] }
}

/** The row is named as the reference article (the origin) writes it; otherwise as the earliest article does. */
function pickReference(spans: readonly SpanRef[], referenceId: string | undefined, articleOrder: readonly string[]): SpanRef {
  const fromReference = spans.filter((span) => span.article === referenceId).sort((a, b) => a.start - b.start)[0]
  if (fromReference !== undefined) return fromReference
  const sorted = [...spans].sort((a, b) => articleOrder.indexOf(a.article) - articleOrder.indexOf(b.article) || a.start - b.start)
  // groupFindings only builds a group from at least one span.
  return sorted[0] as SpanRef
}

const contextChars = 48

/** Up to ~48 characters either side of a span, kept inside its sentence and cut at word boundaries. */
export function surroundingWords(text: string, start: number, end: number): string {
  const fullStop = start >= 2 ? text.lastIndexOf('. ', start - 2) : -1
  const newline = start >= 1 ? text.lastIndexOf('\n', start - 1) : -1
  const sentenceStart = Math.max(fullStop < 0 ? 0 : fullStop + 2, newline + 1)
  const endings = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((index) => index >= 0)
  const sentenceEnd = Math.min(...endings.map((index) => (text[index] === '.' ? index + 1 : index)), text.length)
  let from = Math.max(sentenceStart, start - contextChars)
  let to = Math.min(sentenceEnd, end + contextChars)
  if (from > sentenceStart) {
    const space = text.indexOf(' ', from)
    if (space >= 0 && space < start) from = space + 1
  }
  if (to < sentenceEnd) {
    const space = text.lastIndexOf(' ', to)
    if (space > end) to = space
  }
  const prefix = from > sentenceStart ? '…' : ''
  const suffix = to < sentenceEnd ? '…' : ''
  return `${prefix}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${suffix}`
}
