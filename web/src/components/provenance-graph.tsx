import dagre from '@dagrejs/dagre'
import { useMemo } from 'preact/hooks'
import type { Relation, ResultArticle } from '../../../src/model/result.js'
import { articleLabel, shortDate, type StoryView } from '../../../src/report/html/view-model/story-view.js'

interface PlacedNode {
  readonly article: ResultArticle
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

interface PlacedEdge {
  readonly relation: Relation
  readonly points: readonly { x: number; y: number }[]
  readonly labelX: number
  readonly labelY: number
}

const nodeHeight = 46
const charWidth = 7.2

/** Layered layout by dagre: sources to the left, derivatives to the right. */
function layout(view: StoryView): { nodes: PlacedNode[]; edges: PlacedEdge[]; width: number; height: number } {
  const graph = new dagre.graphlib.Graph()
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 150, marginx: 12, marginy: 12 })
  graph.setDefaultEdgeLabel(() => ({}))
  for (const article of view.articles) {
    const longest = Math.max(truncate(articleLabel(article)).length, shortDate(article.published).length + (article.id === view.story.origin ? 9 : 0))
    graph.setNode(article.id, { width: Math.max(110, longest * charWidth + 28), height: nodeHeight })
  }
  const drawn = view.relations.filter((relation) => relation.kind !== 'independent' && relation.source !== relation.article && graph.hasNode(relation.source))
  for (const relation of drawn) {
    graph.setEdge(relation.source, relation.article, { width: edgeLabel(relation).length * 6.4, height: 16, labelpos: 'c' })
  }
  dagre.layout(graph)
  const nodes = view.articles.map((article) => {
    const placed = graph.node(article.id)
    return { article, x: placed.x ?? 0, y: placed.y ?? 0, width: placed.width, height: placed.height }
  })
  const edges = drawn.map((relation) => {
    const placed = graph.edge(relation.source, relation.article)
    const points = placed.points ?? []
    return { relation, points, labelX: placed.x ?? points[0]?.x ?? 0, labelY: placed.y ?? points[0]?.y ?? 0 }
  })
  const size = graph.graph()
  return { nodes, edges, width: size.width ?? 400, height: size.height ?? 120 }
}

function edgeLabel(relation: Relation): string {
  return `${relation.kind} · ${relation.attributed ? 'attributed' : 'unattributed'}`
}

function truncate(text: string, length = 28): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

export function ProvenanceGraph({ view, onOpen }: { view: StoryView; onOpen: (articleId: string) => void }) {
  const placed = useMemo(() => layout(view), [view])
  const byId = new Map(view.articles.map((article) => [article.id, article]))
  return (
    <section id="provenance" class="provenance" aria-labelledby="provenance-title">
      <h2 id="provenance-title">Provenance</h2>
      <p class="hint">Each arrow goes from a source to an article derived from it. Choose an article to read it beside its source.</p>
      <div class="graph-scroll">
        <svg class="graph" viewBox={`0 0 ${placed.width} ${placed.height}`} width={placed.width} height={placed.height} role="group" aria-label="Provenance graph">
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head" />
            </marker>
          </defs>
          {placed.edges.map(({ relation, points, labelX, labelY }) => (
            <g key={`${relation.source}->${relation.article}`} class={`edge kind-${relation.kind} ${relation.attributed ? 'attributed' : 'unattributed'}`}>
              <path d={points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${point.x} ${point.y}`).join(' ')} marker-end="url(#arrow)" />
              <text x={labelX} y={labelY - 5} text-anchor="middle" class="edge-label">
                {edgeLabel(relation)}
              </text>
            </g>
          ))}
          {placed.nodes.map(({ article, x, y, width, height }) => {
            const isOrigin = article.id === view.story.origin
            return (
              <a
                key={article.id}
                href="#reading"
                class={`node${isOrigin ? ' origin' : ''}`}
                aria-label={`${articleLabel(article)}${isOrigin ? ' (origin)' : ''}: read side by side`}
                onClick={(event) => {
                  event.preventDefault()
                  onOpen(article.id)
                }}
              >
                <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx="8" />
                <text x={x} y={y - 4} text-anchor="middle" class="node-title">
                  {truncate(articleLabel(article))}
                </text>
                <text x={x} y={y + 13} text-anchor="middle" class="node-date">
                  {isOrigin ? `origin${article.published === undefined ? '' : ` · ${shortDate(article.published)}`}` : shortDate(article.published)}
                </text>
              </a>
            )
          })}
        </svg>
      </div>
      <table class="relations">
        <caption>Relations</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Relation</th>
            <th scope="col">Source</th>
            <th scope="col">Attributed</th>
            <th scope="col">Coverage</th>
            <th scope="col">Fidelity</th>
          </tr>
        </thead>
        <tbody>
          {view.relations.map((relation) => {
            const article = byId.get(relation.article)
            const source = byId.get(relation.source)
            return (
              <tr key={relation.article}>
                <th scope="row">
                  <button type="button" class="link-button" onClick={() => onOpen(relation.article)}>
                    {article === undefined ? relation.article : articleLabel(article)}
                  </button>
                </th>
                <td>{relation.kind}</td>
                <td>{source === undefined ? relation.source : articleLabel(source)}</td>
                <td>{relation.attributed ? 'yes' : 'no'}</td>
                <td>{percent(relation.coverage)}</td>
                <td>{percent(relation.fidelity)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

function percent(value: number): string {
  return `${Math.round(value * 100)} %`
}
