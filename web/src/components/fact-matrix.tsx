import { Component } from 'preact'
import { useMemo, useState } from 'preact/hooks'
import type { Finding } from '../../../src/model/finding.js'
import { stateRank, type CellState, type FactCell, type FactGroup } from '../../../src/report/html/view-model/fact-groups.js'
import type { ResultArticle } from '../../../src/model/result.js'
import { articleLabel, findingKey, type StoryView } from '../../../src/report/html/view-model/story-view.js'

/** Rows drawn at first: a 100-article story has thousands of cells, and the first rows are the ones sorted to the top. */
const pageSize = 60

type SortKey = 'order' | 'label' | 'type' | 'severity' | `article:${string}`
type StatusFilter = 'all' | 'conflict' | 'problems'

const stateText: Readonly<Record<CellState, string>> = {
  conflict: 'conflict',
  unsupported: 'unsupported',
  supported: 'supported',
  stated: 'cited as evidence',
  absent: 'absent',
}
// Icons repeat the colour's meaning for readers who cannot tell the colours apart (and on paper).
const stateIcon: Readonly<Record<CellState, string>> = { conflict: '✗', unsupported: '?', supported: '✓', stated: '•', absent: '–' }

export function FactMatrix({ view, groups, selectedKey, onSelect }: { view: StoryView; groups: readonly FactGroup[]; selectedKey: string | undefined; onSelect: (finding: Finding) => void }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'order', descending: false })
  const [status, setStatus] = useState<StatusFilter>('all')
  const [articleFilter, setArticleFilter] = useState('')
  const [limit, setLimit] = useState(pageSize)

  const rows = useMemo(() => {
    const visible = groups.filter((group) => {
      if (status === 'conflict' && group.worst !== 'conflict') return false
      if (status === 'problems' && group.worst !== 'conflict' && group.worst !== 'unsupported') return false
      if (articleFilter !== '' && (group.cells.get(articleFilter)?.state ?? 'absent') === 'absent') return false
      return true
    })
    const compare = comparator(sort.key)
    return visible.sort((a, b) => (sort.descending ? -compare(a, b) : compare(a, b)) || a.order - b.order)
  }, [groups, sort, status, articleFilter])

  const relationOf = new Map(view.relations.map((relation) => [relation.article, relation]))
  const columns = useMemo(() => (articleFilter === '' ? view.articles : view.articles.filter((article) => article.id === articleFilter)), [view, articleFilter])

  const header = (key: SortKey, label: string, extra?: string) => {
    const active = sort.key === key
    return (
      <button
        type="button"
        class="sort-button"
        onClick={() => setSort({ key, descending: active ? !sort.descending : key === 'severity' || key.startsWith('article:') })}
        aria-label={`Sort by ${label}`}
      >
        {label}
        {extra === undefined ? null : <span class="column-note">{extra}</span>}
        <span aria-hidden="true" class="sort-mark">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    )
  }
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined)

  return (
    <section id="facts" class="facts" aria-labelledby="facts-title">
      <h2 id="facts-title">Facts</h2>
      <div class="controls" role="group" aria-label="Filter facts">
        <label>
          Show{' '}
          <select value={status} onChange={(event) => setStatus(event.currentTarget.value as StatusFilter)}>
            <option value="all">all facts</option>
            <option value="conflict">only conflicts</option>
            <option value="problems">conflicts and unsupported</option>
          </select>
        </label>
        <label>
          Article{' '}
          <select value={articleFilter} onChange={(event) => setArticleFilter(event.currentTarget.value)}>
            <option value="">all articles</option>
            {view.articles.map((article) => (
              <option key={article.id} value={article.id}>
                {articleLabel(article)}
              </option>
            ))}
          </select>
        </label>
        <span class="count" role="status">
          {rows.length} of {groups.length} facts{rows.length > limit ? `, first ${limit} shown` : ''}
        </span>
      </div>
      <div class="matrix-scroll">
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('label')} class="fact-column">
                {header('label', 'Fact')}
              </th>
              <th scope="col" aria-sort={ariaSort('type')}>{header('type', 'Kind')}</th>
              <th scope="col" aria-sort={ariaSort('severity')}>{header('severity', 'Status')}</th>
              {columns.map((article) => {
                const relation = relationOf.get(article.id)
                const note = article.id === view.story.origin ? 'origin' : relation?.kind
                return (
                  <th scope="col" key={article.id} aria-sort={ariaSort(`article:${article.id}`)}>
                    {header(`article:${article.id}`, articleLabel(article), note)}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={3 + columns.length} class="no-rows">
                  No facts match this filter.
                </td>
              </tr>
            ) : null}
            {rows.slice(0, limit).map((group) => (
              <MatrixRow key={group.id} group={group} columns={columns} selectedKey={rowHolds(group, selectedKey) ? selectedKey : undefined} onSelect={onSelect} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > limit ? (
        <p class="more-rows">
          <button type="button" onClick={() => setLimit(limit + pageSize * 4)}>
            Show {Math.min(pageSize * 4, rows.length - limit)} more facts
          </button>{' '}
          <button type="button" onClick={() => setLimit(rows.length)}>
            Show all {rows.length}
          </button>
        </p>
      ) : null}
    </section>
  )
}

interface MatrixRowProps {
  readonly group: FactGroup
  readonly columns: readonly ResultArticle[]
  /** The selected finding's key, only when this row holds it: other rows then skip re-rendering. */
  readonly selectedKey: string | undefined
  readonly onSelect: (finding: Finding) => void
}

/** A row re-renders only when its own data or its own selection changes: a 100-article story has thousands of cells. */
class MatrixRow extends Component<MatrixRowProps> {
  override shouldComponentUpdate(next: MatrixRowProps): boolean {
    return next.group !== this.props.group || next.columns !== this.props.columns || next.selectedKey !== this.props.selectedKey
  }

  override render() {
    const { group, columns, selectedKey, onSelect } = this.props
    return (
      <tr class={`row-${group.worst}`}>
        <th scope="row" class="fact-column">
          <span class="fact-label">{group.label}</span>
          {group.context === group.label ? null : <span class="fact-context">{group.context}</span>}
        </th>
        <td class="fact-type">{group.type}</td>
        <td class={`fact-status state-${group.worst}`}>{stateText[group.worst]}</td>
        {columns.map((article) => (
          <MatrixCell key={article.id} cell={group.cells.get(article.id) ?? { state: 'absent', findings: [] }} group={group} articleName={articleLabel(article)} selectedKey={selectedKey} onSelect={onSelect} />
        ))}
      </tr>
    )
  }
}

function rowHolds(group: FactGroup, key: string | undefined): boolean {
  if (key === undefined) return false
  for (const cell of group.cells.values()) if (cell.findings.some((finding) => findingKey(finding) === key)) return true
  return false
}

function MatrixCell({ cell, group, articleName, selectedKey, onSelect }: { cell: FactCell; group: FactGroup; articleName: string; selectedKey: string | undefined; onSelect: (finding: Finding) => void }) {
  if (cell.state === 'absent') {
    return (
      <td class="cell state-absent">
        <span class="visually-hidden">absent</span>
        <span aria-hidden="true">{stateIcon.absent}</span>
      </td>
    )
  }
  // A cell that is only cited opens the finding that cites it, so its evidence role is visible.
  const target = cell.findings[0] ?? firstFinding(group)
  const selected = target !== undefined && findingKey(target) === selectedKey
  return (
    <td class={`cell state-${cell.state}`}>
      <button
        type="button"
        class={`cell-button${selected ? ' is-selected' : ''}`}
        aria-pressed={selected}
        aria-label={`${articleName}: ${cell.value ?? ''} (${stateText[cell.state]})`}
        title={target?.explanation}
        onClick={() => {
          if (target !== undefined) onSelect(target)
        }}
      >
        <span aria-hidden="true" class="icon">{stateIcon[cell.state]}</span> <span class="value">{cell.value}</span>
      </button>
    </td>
  )
}

function firstFinding(group: FactGroup): Finding | undefined {
  for (const cell of group.cells.values()) if (cell.findings[0] !== undefined) return cell.findings[0]
  return undefined
}

function comparator(key: SortKey): (a: FactGroup, b: FactGroup) => number {
  if (key === 'order') return (a, b) => a.order - b.order
  if (key === 'label') return (a, b) => a.label.localeCompare(b.label)
  if (key === 'type') return (a, b) => a.type.localeCompare(b.type)
  if (key === 'severity') return (a, b) => stateRank[a.worst] - stateRank[b.worst]
  const articleId = key.slice('article:'.length)
  return (a, b) => stateRank[a.cells.get(articleId)?.state ?? 'absent'] - stateRank[b.cells.get(articleId)?.state ?? 'absent']
}
