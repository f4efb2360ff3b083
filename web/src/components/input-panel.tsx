import { useState } from 'preact/hooks'
import type { ArticleInput } from '../../../src/model/article.js'
import type { AnalysisResult } from '../../../src/model/result.js'
import { readArticleFiles } from '../read-files.js'

/** The server page's input: paste text or add files, then POST them to the API and show the new result. */
export function InputPanel({ api, onResult }: { api: string; onResult: (result: AnalysisResult) => void }) {
  const [articles, setArticles] = useState<ArticleInput[]>([])
  const [draft, setDraft] = useState({ text: '', title: '', outlet: '', published: '' })
  const [origin, setOrigin] = useState('')
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)

  const addFiles = async (files: readonly File[]) => {
    const { articles: read, problems } = await readArticleFiles(files)
    setArticles((current) => withUniqueIds([...current, ...read]))
    setMessage(problems.length === 0 ? { kind: 'info', text: `Added ${read.length} article${read.length === 1 ? '' : 's'}.` } : { kind: 'error', text: problems.join('\n') })
  }
  const addPasted = () => {
    if (draft.text.trim() === '') {
      setMessage({ kind: 'error', text: 'Paste the text of an article first.' })
      return
    }
    const article: ArticleInput = {
      id: `pasted-${articles.length + 1}`,
      text: draft.text,
      ...(draft.title === '' ? {} : { title: draft.title }),
      ...(draft.outlet === '' ? {} : { outlet: draft.outlet }),
      ...(draft.published === '' ? {} : { published: draft.published }),
    }
    setArticles((current) => withUniqueIds([...current, article]))
    setDraft({ text: '', title: '', outlet: '', published: '' })
    setMessage({ kind: 'info', text: 'Article added.' })
  }
  const analyse = async () => {
    setBusy(true)
    setMessage({ kind: 'info', text: 'Analysing…' })
    try {
      const response = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ articles, ...(origin === '' ? {} : { origin }) }),
      })
      const body = (await response.json()) as AnalysisResult | { error: { message: string } }
      if (!response.ok || !('version' in body)) {
        setMessage({ kind: 'error', text: 'error' in body ? body.error.message : `The server answered ${response.status}.` })
        return
      }
      onResult(body)
      setMessage({ kind: 'info', text: `Analysed ${body.articles.length} article${body.articles.length === 1 ? '' : 's'}.` })
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not reach the server: ${String(error)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      class={`input-panel${dragging ? ' dragging' : ''}`}
      aria-labelledby="input-title"
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault()
        setDragging(false)
        void addFiles([...(event.dataTransfer?.files ?? [])])
      }}
    >
      <h2 id="input-title">Articles to analyse</h2>
      <div class="input-grid">
        <div class="paste">
          <label for="paste-text">Paste an article</label>
          <textarea id="paste-text" rows={6} value={draft.text} onInput={(event) => setDraft({ ...draft, text: event.currentTarget.value })} />
          <div class="paste-meta">
            <label>
              Title <input type="text" value={draft.title} onInput={(event) => setDraft({ ...draft, title: event.currentTarget.value })} />
            </label>
            <label>
              Outlet <input type="text" value={draft.outlet} onInput={(event) => setDraft({ ...draft, outlet: event.currentTarget.value })} />
            </label>
            <label>
              Date <input type="date" value={draft.published} onInput={(event) => setDraft({ ...draft, published: event.currentTarget.value })} />
            </label>
          </div>
          <button type="button" onClick={addPasted}>
            Add pasted article
          </button>
        </div>
        <div class="files">
          <label for="file-input">Or add files (text, Markdown, HTML pages, JSONL corpus); you can also drop them here</label>
          <input
            id="file-input"
            type="file"
            multiple
            accept=".txt,.md,.markdown,.html,.htm,.xhtml,.jsonl,.ndjson,.json,text/plain,text/html,text/markdown"
            onChange={(event) => {
              const input = event.currentTarget
              void addFiles([...(input.files ?? [])]).then(() => {
                input.value = ''
              })
            }}
          />
          <ul class="pending" aria-label="Articles added">
            {articles.map((article, index) => (
              <li key={article.id}>
                <span>{article.title ?? article.path ?? article.id}</span>{' '}
                <button type="button" class="link-button" aria-label={`Remove ${article.title ?? article.path ?? article.id}`} onClick={() => setArticles(articles.filter((_, other) => other !== index))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {articles.length > 1 ? (
            <label>
              Origin (optional){' '}
              <select value={origin} onChange={(event) => setOrigin(event.currentTarget.value)}>
                <option value="">find it for me</option>
                {articles.map((article) => (
                  <option key={article.id} value={article.id ?? ''}>
                    {article.title ?? article.path ?? article.id}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      </div>
      <div class="input-actions">
        <button type="button" class="primary" disabled={busy || articles.length === 0} onClick={() => void analyse()}>
          Analyse {articles.length} article{articles.length === 1 ? '' : 's'}
        </button>
        <button
          type="button"
          disabled={busy || articles.length === 0}
          onClick={() => {
            setArticles([])
            setOrigin('')
          }}
        >
          Clear
        </button>
        {message === undefined ? null : (
          <p class={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
    </section>
  )
}

/** Two files named "story.txt" in different drops must not collide on their id. */
function withUniqueIds(articles: readonly ArticleInput[]): ArticleInput[] {
  const seen = new Set<string>()
  return articles.map((article, index) => {
    let id = article.id ?? `article-${index + 1}`
    for (let suffix = 2; seen.has(id); suffix += 1) id = `${article.id ?? 'article'}-${suffix}`
    seen.add(id)
    return { ...article, id }
  })
}
