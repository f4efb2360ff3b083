import { useMemo, useState } from 'preact/hooks'
import type { Finding } from '../../../src/model/finding.js'
import { stateRank, type CellState, type FactCell, type FactGroup } from '../../../src/report/html/view-model/fact-groups.js'
import { articleLabel, findingKey, type StoryView } from '../../../src/report/html/view-model/story-view.js'

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
  const columns = articleFilter === '' ? view.articles : view.articles.filter((article) => article.id === articleFilter)

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
          {rows.length} of {groups.length} facts
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
            {rows.map((group) => (
              <tr key={group.id} class={`row-${group.worst}`}>
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
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
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
