import { articleLabel, shortDate, type StoryView } from '../../../src/report/html/view-model/story-view.js'

export function VerdictHeader({ view, views, storyIndex, onStory }: { view: StoryView; views: readonly StoryView[]; storyIndex: number; onStory: (index: number) => void }) {
  const { origin, counts } = view
  const title = origin?.title ?? view.articles[0]?.title ?? 'Story'
  return (
    <header class="verdict">
      <p class="brand">corroborate report</p>
      <h1>{title}</h1>
      {views.length > 1 ? (
        <label class="story-picker">
          Story{' '}
          <select value={String(storyIndex)} onChange={(event) => onStory(Number(event.currentTarget.value))}>
            {views.map((entry, index) => (
              <option key={entry.story.id} value={String(index)}>
                {index + 1}. {entry.origin?.title ?? entry.articles[0]?.title ?? entry.story.id} ({entry.articles.length})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <dl class="verdict-figures">
        <div class="figure origin-figure">
          <dt>Likely origin</dt>
          <dd>{origin === undefined ? 'not determined' : `${articleLabel(origin)}${origin.published === undefined ? '' : `, ${shortDate(origin.published)}`}`}</dd>
        </div>
        <div class="figure">
          <dt>Articles</dt>
          <dd>{view.articles.length}</dd>
        </div>
        <div class={`figure ${counts.conflict > 0 ? 'has-conflict' : ''}`}>
          <dt>Conflicts</dt>
          <dd>{counts.conflict}</dd>
        </div>
        <div class={`figure ${counts.unsupported > 0 ? 'has-unsupported' : ''}`}>
          <dt>Unsupported</dt>
          <dd>{counts.unsupported}</dd>
        </div>
        <div class="figure">
          <dt>Supported</dt>
          <dd>{counts.supported}</dd>
        </div>
      </dl>
      {view.story.why === '' ? null : <p class="why">{view.story.why}</p>}
      <nav class="sections" aria-label="Sections">
        <a href="#provenance">Provenance</a>
        <a href="#facts">Facts</a>
        <a href="#reading">Side by side</a>
      </nav>
    </header>
  )
}
