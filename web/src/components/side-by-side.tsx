import { useEffect, useMemo } from 'preact/hooks'
import type { Evidence, Finding } from '../../../src/model/finding.js'
import type { ResultArticle } from '../../../src/model/result.js'
import { alignSentences, type SentenceShade } from '../../../src/report/html/view-model/align-sentences.js'
import { surroundingWords } from '../../../src/report/html/view-model/fact-groups.js'
import { splitSentences, type PageSentence } from '../../../src/report/html/view-model/sentences.js'
import { articleLabel, findingKey, type StoryView } from '../../../src/report/html/view-model/story-view.js'
import type { ReadingPair } from '../app.js'

interface Props {
  readonly view: StoryView
  readonly pair: ReadingPair
  readonly onPair: (pair: ReadingPair) => void
  readonly selected: Finding | undefined
  /** Focus: show the explanation without moving anything. */
  readonly onPreview: (finding: Finding) => void
  /** Click: bring the finding and its evidence side by side and scroll to them. */
  readonly onJump: (finding: Finding) => void
}

const shadeText: Readonly<Record<SentenceShade, string>> = { copied: 'copied', paraphrased: 'reworded', new: 'only here' }

export function SideBySide({ view, pair, onPair, selected, onPreview, onJump }: Props) {
  const byId = new Map(view.articles.map((article) => [article.id, article]))
  const left = byId.get(pair.left)
  const right = byId.get(pair.right)
  const sentences = useMemo(() => new Map(view.articles.map((article) => [article.id, splitSentences(article.text, article.language ?? 'en')])), [view])
  const aligned = useMemo(() => {
    if (left === undefined || right === undefined || left.id === right.id) return undefined
    return alignSentences({ id: left.id, sentences: sentences.get(left.id) ?? [] }, { id: right.id, sentences: sentences.get(right.id) ?? [] }, view.findings)
  }, [left, right, sentences, view])

  // Focusing a fact brings its evidence into view when it is on screen beside it (nearest: no jump if already visible).
  useEffect(() => {
    if (selected !== undefined) document.querySelector('#reading mark.is-evidence')?.scrollIntoView({ block: 'nearest' })
  }, [selected])

  const picker = (side: 'left' | 'right', value: string) => (
    <label>
      {side === 'left' ? 'Left' : 'Right'}{' '}
      <select value={value} onChange={(event) => onPair({ ...pair, [side]: event.currentTarget.value })}>
        {view.articles.map((article) => (
          <option key={article.id} value={article.id}>
            {articleLabel(article)}
            {article.id === view.story.origin ? ' (origin)' : ''}
          </option>
        ))}
      </select>
    </label>
  )

  const column = (article: ResultArticle | undefined, sentence: PageSentence | undefined, shade: SentenceShade | undefined, side: 'left' | 'right') => {
    if (article === undefined || sentence === undefined) return <div class={`sentence empty-side ${side}`} aria-hidden="true" />
    return (
      <div class={`sentence ${side} shade-${shade ?? 'new'}`}>
        <span class="side-note">
          {articleLabel(article)} · {shadeText[shade ?? 'new']}
        </span>
        <SentenceText article={article} sentence={sentence} findings={view.findings} selected={selected} onPreview={onPreview} onJump={onJump} />
      </div>
    )
  }

  return (
    <section id="reading" class="reading" aria-labelledby="reading-title">
      <h2 id="reading-title">Side by side</h2>
      <div class="controls" role="group" aria-label="Articles to compare">
        {picker('left', pair.left)}
        <button type="button" onClick={() => onPair({ left: pair.right, right: pair.left })}>
          Swap
        </button>
        {picker('right', pair.right)}
      </div>
      <p class="legend" aria-label="Legend">
        <span class="swatch shade-copied">copied</span> <span class="swatch shade-paraphrased">reworded</span> <span class="swatch shade-new">only in this article</span>{' '}
        <span class="swatch claim status-conflict">conflict</span> <span class="swatch claim status-unsupported">unsupported</span>{' '}
        <span class="swatch claim status-supported">supported</span> <span class="swatch is-evidence">evidence</span>
      </p>
      <FindingDetails view={view} finding={selected} pair={pair} onPair={onPair} onJump={onJump} />
      {aligned === undefined ? (
        <div class="aligned single">
          {(sentences.get(left?.id ?? '') ?? []).map((sentence) => (
            <div class="row" key={sentence.index}>
              {column(left, sentence, undefined, 'left')}
            </div>
          ))}
        </div>
      ) : (
        <div class="aligned">
          <div class="row heading-row" aria-hidden="true">
            <div class="column-title">{left === undefined ? '' : articleLabel(left)}</div>
            <div class="column-title">{right === undefined ? '' : articleLabel(right)}</div>
          </div>
          {aligned.rows.map((row, index) => (
            <div class="row" key={index}>
              {column(left, row.left, row.left === undefined ? undefined : aligned.leftShades[row.left.index], 'left')}
              {column(right, row.right, row.right === undefined ? undefined : aligned.rightShades[row.right.index], 'right')}
            </div>
          ))}
        </div>
      )}
    </section>
  )
}

interface Piece {
  readonly start: number
  readonly end: number
  readonly claim: Finding | undefined
  readonly evidence: boolean
}

/** A sentence cut at every claim and evidence boundary, so each piece is one plain, claim or evidence run. */
function SentenceText({ article, sentence, findings, selected, onPreview, onJump }: { article: ResultArticle; sentence: PageSentence; findings: readonly Finding[]; selected: Finding | undefined } & Pick<Props, 'onPreview' | 'onJump'>) {
  const claims = findings.filter((finding) => finding.article === article.id && finding.claim.start < sentence.end && finding.claim.end > sentence.start)
  const evidence = selected?.evidence.filter((entry) => entry.article === article.id && entry.start < sentence.end && entry.end > sentence.start) ?? []
  const cuts = new Set([sentence.start, sentence.end])
  for (const finding of claims) cuts.add(clamp(finding.claim.start, sentence)).add(clamp(finding.claim.end, sentence))
  for (const entry of evidence) cuts.add(clamp(entry.start, sentence)).add(clamp(entry.end, sentence))
  const points = [...cuts].sort((a, b) => a - b)
  const pieces: Piece[] = []
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0
    const end = points[index + 1] ?? start
    // The narrowest claim wins: a number inside an unsupported sentence stays clickable on its own.
    const claim = claims.filter((finding) => finding.claim.start <= start && finding.claim.end >= end).sort((a, b) => a.claim.end - a.claim.start - (b.claim.end - b.claim.start))[0]
    pieces.push({ start, end, claim, evidence: evidence.some((entry) => entry.start <= start && entry.end >= end) })
  }

  const runs: { claim: Finding | undefined; pieces: Piece[] }[] = []
  for (const piece of pieces) {
    const last = runs[runs.length - 1]
    if (last !== undefined && last.claim === piece.claim) last.pieces.push(piece)
    else runs.push({ claim: piece.claim, pieces: [piece] })
  }
  const selectedKey = selected === undefined ? undefined : findingKey(selected)
  const textOf = (piece: Piece) =>
    piece.evidence ? (
      <mark class="is-evidence" key={piece.start}>
        {article.text.slice(piece.start, piece.end)}
      </mark>
    ) : (
      article.text.slice(piece.start, piece.end)
    )

  return (
    <p class="sentence-text">
      {runs.map((run) => {
        if (run.claim === undefined) return run.pieces.map(textOf)
        const finding = run.claim
        const isSelected = findingKey(finding) === selectedKey
        return (
          <button
            type="button"
            key={`claim-${run.pieces[0]?.start ?? 0}`}
            class={`claim status-${finding.status}${isSelected ? ' is-selected' : ''}`}
            title={finding.explanation}
            aria-label={`${finding.status} ${finding.type}: ${finding.claim.text}. ${finding.explanation}`}
            onFocus={() => onPreview(finding)}
            onClick={() => onJump(finding)}
          >
            {run.pieces.map(textOf)}
          </button>
        )
      })}
    </p>
  )
}

function clamp(offset: number, sentence: PageSentence): number {
  return Math.min(sentence.end, Math.max(sentence.start, offset))
}

function FindingDetails({ view, finding, pair, onPair, onJump }: { view: StoryView; finding: Finding | undefined; pair: ReadingPair; onPair: (pair: ReadingPair) => void; onJump: (finding: Finding) => void }) {
  const byId = new Map(view.articles.map((article) => [article.id, article]))
  if (finding === undefined) {
    return (
      <aside id="finding-details" class="finding-details empty" aria-live="polite">
        Choose a highlighted fact, or a cell of the fact matrix, to see why it was flagged and where its evidence is.
      </aside>
    )
  }
  const article = byId.get(finding.article)
  const shown = (entry: Evidence) => entry.article === pair.left || entry.article === pair.right
  return (
    <aside id="finding-details" class={`finding-details status-${finding.status}`} aria-live="polite">
      <p class="finding-heading">
        <span class={`badge status-${finding.status}`}>{finding.status}</span> <span class="finding-type">{finding.type}</span> in <strong>{article === undefined ? finding.article : articleLabel(article)}</strong>
      </p>
      <p class="finding-claim">“{finding.claim.text}”</p>
      <p class="finding-explanation">{finding.explanation}</p>
      <p class="finding-meta">
        Rule <code>{finding.rule}</code> · supported by {finding.support} independent article{finding.support === 1 ? '' : 's'}
      </p>
      {finding.evidence.length === 0 ? (
        <p class="no-evidence">No other article states this.</p>
      ) : (
        <ul class="evidence-list" aria-label="Evidence">
          {finding.evidence.map((entry) => {
            const source = byId.get(entry.article)
            return (
              <li key={`${entry.article}:${entry.start}`} class="evidence-item">
                <strong>{source === undefined ? entry.article : articleLabel(source)}</strong>: <q class="evidence-text">{entry.text}</q>
                <span class="evidence-context"> in “{source === undefined ? entry.text : surroundingWords(source.text, entry.start, entry.end)}”</span>{' '}
                {shown(entry) ? null : (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => {
                      onPair({ left: entry.article, right: finding.article })
                      onJump(finding)
                    }}
                  >
                    Show side by side
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </aside>
  )
}
