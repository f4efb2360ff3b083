import { useEffect, useState } from 'preact/hooks'
import type { AnalysisResult } from '../../../src/model/result.js'
import type { StorySummary } from '../../../src/model/story-summary.js'
import { shortDate } from '../../../src/report/html/view-model/story-view.js'

/** The stories of the server's corpus (`serve --db`), largest first; opening one analyses it on the server. */
export function CorpusPanel({ path, onResult }: { path: string; onResult: (result: AnalysisResult) => void }) {
  const [stories, setStories] = useState<readonly StorySummary[] | undefined>(undefined)
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | undefined>(undefined)
  const [openId, setOpenId] = useState<number | undefined>(undefined)

  useEffect(() => {
    void fetchJson<{ stories: StorySummary[] }>(path).then(
      (body) => setStories(body.stories),
      (error: unknown) => setMessage({ kind: 'error', text: String(error) }),
    )
  }, [path])

  const open = async (id: number) => {
    setOpenId(id)
    setMessage({ kind: 'info', text: `Analysing story ${id}…` })
    try {
      onResult(await fetchJson<AnalysisResult>(`${path}/${id}`))
      setMessage({ kind: 'info', text: `Story ${id} opened.` })
    } catch (error) {
      setMessage({ kind: 'error', text: String(error) })
    }
  }

  return (
    <section class="corpus-panel" aria-labelledby="corpus-title">
      <h2 id="corpus-title">Stories in the corpus</h2>
      {stories === undefined ? <p>Loading…</p> : null}
      {stories !== undefined && stories.length === 0 ? <p>The corpus holds no stories yet: run `corroborate ingest` first.</p> : null}
      {stories !== undefined && stories.length > 0 ? (
        <div class="matrix-scroll corpus-scroll">
          <table class="corpus">
            <thead>
              <tr>
                <th scope="col">Story</th>
                <th scope="col">Articles</th>
                <th scope="col">Published</th>
              </tr>
            </thead>
            <tbody>
              {stories.map((story) => (
                <tr key={story.id} class={story.id === openId ? 'is-open' : ''}>
                  <th scope="row">
                    <button type="button" class="link-button" onClick={() => void open(story.id)}>
                      {story.id}. {story.title ?? 'untitled'}
                    </button>
                  </th>
                  <td>{story.size}</td>
                  <td>
                    {shortDate(story.firstPublished)}
                    {story.lastPublished !== undefined && shortDate(story.lastPublished) !== shortDate(story.firstPublished) ? ` – ${shortDate(story.lastPublished)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {message === undefined ? null : (
        <p class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  )
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const body = (await response.json()) as T | { error: { message: string } }
  if (!response.ok) throw new Error(typeof body === 'object' && body !== null && 'error' in body ? body.error.message : `the server answered ${response.status}`)
  return body as T
}
