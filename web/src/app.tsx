import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Finding } from '../../src/model/finding.js'
import type { AnalysisResult } from '../../src/model/result.js'
import { findingKey, storyViews, type StoryView } from '../../src/report/html/view-model/story-view.js'
import { groupFindings } from '../../src/report/html/view-model/fact-groups.js'
import { FactMatrix } from './components/fact-matrix.js'
import { InputPanel } from './components/input-panel.js'
import { ProvenanceGraph } from './components/provenance-graph.js'
import { SideBySide } from './components/side-by-side.js'
import { VerdictHeader } from './components/verdict-header.js'
import { Diagnostics } from './components/diagnostics.js'
import { CorpusPanel } from './components/corpus-panel.js'
import type { PageConfig } from './page-data.js'

export interface ReadingPair {
  readonly left: string
  readonly right: string
}

export function App({ initial, config }: { initial: AnalysisResult; config: PageConfig | undefined }) {
  const [result, setResult] = useState(initial)
  const [storyIndex, setStoryIndex] = useState(0)
  // A new result resets the story page's selection and pair: its ids may name other articles.
  const [generation, setGeneration] = useState(0)
  const show = (next: AnalysisResult) => {
    setResult(next)
    setStoryIndex(0)
    setGeneration((count) => count + 1)
  }
  const views = useMemo(() => storyViews(result), [result])
  const view = views[storyIndex] ?? views[0]

  return (
    <div class="page">
      <a class="skip-link" href="#facts">Skip to the fact matrix</a>
      {config?.stories === undefined ? null : (
        <CorpusPanel
          path={config.stories}
          onResult={show}
        />
      )}
      {config === undefined ? null : (
        <InputPanel
          api={config.api}
          onResult={show}
        />
      )}
      {view === undefined ? (
        <main class="empty">
          <h1>corroborate</h1>
          <p>No articles analysed yet.{config === undefined ? '' : ' Paste text or add files above, then choose “Analyse”.'}</p>
          <Diagnostics diagnostics={result.diagnostics ?? []} />
        </main>
      ) : (
        <StoryPage key={`${generation}:${storyIndex}:${view.story.id}`} view={view} views={views} storyIndex={storyIndex} onStory={setStoryIndex} result={result} />
      )}
    </div>
  )
}

function StoryPage({ view, views, storyIndex, onStory, result }: { view: StoryView; views: readonly StoryView[]; storyIndex: number; onStory: (index: number) => void; result: AnalysisResult }) {
  const groups = useMemo(() => groupFindings(view.findings, view.articles, view.story.origin ?? undefined), [view])
  const [selected, setSelected] = useState<Finding | undefined>(undefined)
  const [pair, setPair] = useState<ReadingPair>(() => defaultPair(view))
  // Bumped on each explicit jump so the reading view scrolls even when the same finding is chosen twice.
  const [jump, setJump] = useState(0)

  const jumpTo = (finding: Finding) => {
    setSelected(finding)
    setPair((current) => pairShowing(view, current, finding))
    setJump((count) => count + 1)
  }
  const openArticle = (articleId: string) => {
    setPair(pairFor(view, articleId))
    setSelected(undefined)
    document.getElementById('reading')?.scrollIntoView({ block: 'start' })
  }

  useEffect(() => {
    if (jump === 0) return
    document.getElementById('finding-details')?.scrollIntoView({ block: 'nearest' })
    document.querySelector('#reading mark.is-evidence, #reading .claim.is-selected')?.scrollIntoView({ block: 'center' })
  }, [jump])

  return (
    <>
      <VerdictHeader view={view} views={views} storyIndex={storyIndex} onStory={onStory} />
      <main>
        <Diagnostics diagnostics={result.diagnostics ?? []} />
        <ProvenanceGraph view={view} onOpen={openArticle} />
        <FactMatrix view={view} groups={groups} selectedKey={selected === undefined ? undefined : findingKey(selected)} onSelect={jumpTo} />
        <SideBySide view={view} pair={pair} onPair={setPair} selected={selected} onPreview={setSelected} onJump={jumpTo} />
      </main>
    </>
  )
}

/** Origin on the left, the first article derived from it on the right. */
function defaultPair(view: StoryView): ReadingPair {
  const ids = view.articles.map((article) => article.id)
  const left = view.story.origin ?? ids[0] ?? ''
  const right = ids.find((id) => id !== left) ?? left
  return { left, right }
}

/** Clicking an article reads it beside its source (or beside the origin, or the origin beside its first derivative). */
function pairFor(view: StoryView, articleId: string): ReadingPair {
  const relation = view.relations.find((entry) => entry.article === articleId && entry.source !== articleId)
  if (relation !== undefined) return { left: relation.source, right: articleId }
  const fallback = defaultPair(view)
  if (articleId === fallback.left) return fallback
  return { left: fallback.left, right: articleId }
}

/** Keeps the pair if it already shows the finding and one of its evidence articles; otherwise switches to them. */
function pairShowing(view: StoryView, current: ReadingPair, finding: Finding): ReadingPair {
  const evidenceArticles = finding.evidence.map((evidence) => evidence.article)
  const shown = [current.left, current.right]
  if (shown.includes(finding.article) && (evidenceArticles.length === 0 || evidenceArticles.some((id) => shown.includes(id)))) return current
  const partner = evidenceArticles.find((id) => id !== finding.article)
  if (partner === undefined) return pairFor(view, finding.article)
  return partner === view.story.origin || finding.article !== view.story.origin ? { left: partner, right: finding.article } : { left: finding.article, right: partner }
}
