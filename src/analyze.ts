import path from 'node:path'
import { prepareArticle } from './clean/index.js'
import { clusterArticles } from './cluster/index.js'
import { CorroborateError } from './errors/corroborate-error.js'
import { InputError } from './errors/input-error.js'
import { UsageError } from './errors/usage-error.js'
import { analyseArticle, storyReading } from './extract/index.js'
import { withUniqueIds } from './ingest/unique-ids.js'
import type { AnalysedArticle } from './model/analysis.js'
import type { Article, ArticleInput } from './model/article.js'
import type { Finding } from './model/finding.js'
import type { AnalysisResult, Diagnostic, Relation, ResultArticle, Story } from './model/result.js'
import { analyzeStory } from './verify/index.js'

export interface AnalyzeOptions {
  /** Id (or file path) of the article the caller knows to be the source. */
  readonly origin?: string
  /** Treat every input as part of one story instead of grouping them into stories first. */
  readonly oneStory?: boolean
  /** Throw on the first input that cannot be read instead of reporting it in `diagnostics`. */
  readonly strict?: boolean
  /** Problems met before analysis (e.g. while reading files), passed through to the result. */
  readonly diagnostics?: readonly Diagnostic[]
  /** Called after each article is prepared, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * The library entry: articles in, the v1 result out (the object `--format json` prints).
 * Inputs that cannot be read become diagnostics and the rest is analysed; when none can be read,
 * or `strict` is set, an `InputError` is thrown. An unknown `origin` throws a `UsageError`.
 */
export async function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  // Library callers may leave ids out or repeat them: number the first, rename the second (with a warning).
  const numbered = inputs.map((input, index) => (input.id === undefined ? { ...input, id: `article-${index + 1}` } : input))
  const identified = withUniqueIds(numbered)
  const diagnostics: Diagnostic[] = [...(options.diagnostics ?? []), ...identified.diagnostics]
  // Read and clean every input first; facts are extracted story by story, once each, because a
  // lower-cased article is read with the casing of its story's other articles.
  const prepared: Article[] = []
  let skipped = 0
  for (const [index, input] of identified.inputs.entries()) {
    const id = input.id ?? `article-${index + 1}`
    try {
      prepared.push(prepareArticle(input, id))
    } catch (error) {
      if (!(error instanceof CorroborateError) || options.strict === true) throw error
      skipped += 1
      diagnostics.push({
        severity: 'error',
        code: error.code,
        message: error.message,
        source: error.source ?? input.path ?? id,
        ...(error.line === undefined ? {} : { line: error.line }),
      })
    }
    // Cleaning a large page takes a while: let a server answer others in between.
    await Promise.resolve()
  }
  if (prepared.length === 0) {
    const first = diagnostics[0]
    throw new InputError('no-articles', first === undefined ? 'no articles to analyse' : `no article could be read; first problem: ${first.message}`, {
      ...(first === undefined ? {} : { source: first.source }),
    })
  }

  const originId = options.origin === undefined ? undefined : resolveOrigin(options.origin, prepared)
  const groups = options.oneStory === true || prepared.length === 1
    ? [prepared.map((article) => article.id)]
    : clusterArticles(prepared.map((article) => clusterDocument(article)))

  const byId = new Map(prepared.map((article) => [article.id, article]))
  const stories: Story[] = []
  const relations: Relation[] = []
  const findings: Finding[] = []
  let done = skipped
  for (const [index, group] of groups.entries()) {
    const articles = group.map((id) => byId.get(id)).filter((article): article is Article => article !== undefined)
    const reading = storyReading(articles)
    const members: AnalysedArticle[] = []
    for (const article of articles) {
      members.push(analyseArticle(article, reading(article)))
      options.onProgress?.(++done, inputs.length)
      // Yield between articles so a progress bar can redraw and a server stays responsive.
      await Promise.resolve()
    }
    const storyOrigin = originId !== undefined && group.includes(originId) ? { origin: originId } : {}
    const storyResult = analyzeStory(members, { storyId: `story-${index + 1}`, ...storyOrigin })
    stories.push(storyResult.story)
    relations.push(...storyResult.relations)
    findings.push(...storyResult.findings)
  }

  return {
    version: 1,
    articles: prepared.map((article) => resultArticle(article)),
    stories,
    relations,
    findings,
    ...(diagnostics.length === 0 ? {} : { diagnostics }),
  }
}

function resolveOrigin(origin: string, articles: readonly Article[]): string {
  const match =
    articles.find((article) => article.id === origin) ??
    articles.find((article) => article.path !== undefined && path.resolve(article.path) === path.resolve(origin)) ??
    articles.find((article) => article.path !== undefined && path.basename(article.path) === path.basename(origin))
  if (match === undefined) {
    throw new UsageError(`origin "${origin}" names none of the articles (ids: ${articles.map((article) => article.id).join(', ')})`)
  }
  return match.id
}

function clusterDocument(article: Article): { id: string; text: string; title?: string; published?: string } {
  return {
    id: article.id,
    text: article.text,
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.published === undefined ? {} : { published: article.published }),
  }
}

function resultArticle(article: Article): ResultArticle {
  const { id, path: articlePath, url, title, outlet, published, language, text } = article
  return {
    id,
    ...(articlePath === undefined ? {} : { path: articlePath }),
    ...(url === undefined ? {} : { url }),
    ...(title === undefined ? {} : { title }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(published === undefined ? {} : { published }),
    ...(language === undefined ? {} : { language }),
    text,
  }
}
