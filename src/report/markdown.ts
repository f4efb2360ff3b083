import { markdownTable } from 'markdown-table'
import type { AnalysisResult, ResultArticle } from '../model/result.js'
import type { Finding, FindingStatus } from '../model/finding.js'
import { spanInContext } from './context.js'
import { escapeMarkdown, inlineCode } from './markdown-escape.js'
import { printableResult } from './printable.js'
import {
  countsPhrase,
  fidelity,
  outlineResult,
  beyondSourcePhrase,
  percent,
  plural,
  relationPhrase,
  shortTitle,
  statusOrder,
  type ArticleOutline,
  type StoryOutline,
} from './outline.js'

const sectionTitle: Record<FindingStatus, string> = {
  conflict: 'Conflicts',
  unsupported: 'Unsupported claims',
  supported: 'Supported facts',
}

/**
 * The terminal report's content as a Markdown document: a heading per story with its origin,
 * a relations table and the counts, then conflicts and unsupported claims per article with the
 * claim and every piece of evidence blockquoted in context; supported facts as a short list.
 * Every piece of article text goes through `escapeMarkdown`.
 */
export function renderMarkdown(untrusted: AnalysisResult): string {
  const result = printableResult(untrusted)
  const outline = outlineResult(result)
  const articleById = new Map(result.articles.map((article) => [article.id, article]))
  const blocks: string[] = ['# corroborate report']
  blocks.push(
    `${plural(outline.stories.length, 'story', 'stories')} · ${plural(outline.articleCount, 'article')} · ` +
      countsPhrase(outline.counts),
  )
  for (const story of outline.stories) blocks.push(...storyBlocks(story, articleById))
  blocks.push(...diagnosticBlocks(result))
  return blocks.join('\n\n') + '\n'
}

function storyBlocks(outline: StoryOutline, articleById: ReadonlyMap<string, ResultArticle>): string[] {
  const { story, origin } = outline
  const blocks = [`## Story ${escapeMarkdown(story.id)}`]
  const originLine =
    origin === undefined ? '**Origin:** none found.' : `**Origin:** ${articleLabel(origin)}.`
  blocks.push(story.why === '' ? originLine : `${originLine} ${escapeMarkdown(story.why)}`)
  blocks.push(`**Findings:** ${countsPhrase(outline.counts)}`)
  blocks.push(relationsTable(outline.articles))
  for (const status of statusOrder) {
    const groups = outline.findings[status]
    if (groups.length === 0) continue
    blocks.push(`### ${sectionTitle[status]}`)
    for (const group of groups) {
      blocks.push(`#### ${articleLabel(group.article)}`)
      if (status === 'supported') blocks.push(group.findings.map(supportedItem).join('\n'))
      else blocks.push(...group.findings.map((finding) => findingBlock(finding, group.article, articleById)))
    }
  }
  if (outline.beyondSource.length > 0) {
    blocks.push("### Beyond the source's text")
    for (const group of outline.beyondSource) {
      const source = outline.articles.find((row) => row.article.id === group.article.id)?.relation?.source
      blocks.push(`#### ${articleLabel(group.article)}`, escapeMarkdown(`${beyondSourcePhrase(group.findings.length, source)}: `) + group.findings.map((finding) => quote(finding.claim.text)).join(', '))
    }
  }
  return blocks
}

function relationsTable(articles: readonly ArticleOutline[]): string {
  const header = ['Article', 'Outlet', 'Published', 'Title', 'Relation', 'Attributed', 'Coverage', 'Fidelity', 'Conflicts', 'Unsupported']
  const rows = articles.map((row) => {
    const { article, relation } = row
    const derived = relation !== undefined && !row.isOrigin
    return [
      escapeMarkdown(article.id),
      escapeMarkdown(article.outlet ?? ''),
      escapeMarkdown(article.published ?? ''),
      escapeMarkdown(article.title === undefined ? '' : shortTitle(article.title)),
      row.isOrigin ? '**origin**' : escapeMarkdown(relationPhrase(row)),
      derived ? (relation.attributed ? 'yes' : '**no**') : '',
      derived ? percent(relation.coverage) : '',
      derived ? fidelity(relation.fidelity) : '',
      String(row.counts.conflict),
      String(row.counts.unsupported),
    ]
  })
  return markdownTable([header, ...rows], { align: ['l', 'l', 'l', 'l', 'l', 'l', 'r', 'r', 'r', 'r'] })
}

function findingBlock(finding: Finding, article: ResultArticle, articleById: ReadonlyMap<string, ResultArticle>): string {
  const lines = [
    `- **${finding.status} · ${finding.type}** ${quote(finding.claim.text)}` +
      finding.evidence.map((evidence) => ` ↔ ${escapeMarkdown(evidence.article)} ${quote(evidence.text)}`).join('') +
      ` — ${escapeMarkdown(finding.explanation)} ${inlineCode(finding.rule)}`,
  ]
  // A statement's claim is its whole sentence: it is already quoted above.
  if (finding.type !== 'statement') {
    lines.push('', `  Claim in ${escapeMarkdown(article.id)}:`, '', `  > ${inContext(article.text, finding.claim)}`)
  }
  for (const evidence of finding.evidence) {
    const source = articleById.get(evidence.article)
    const text = source === undefined ? escapeMarkdown(evidence.text) : inContext(source.text, evidence)
    lines.push('', `  Evidence in ${source === undefined ? escapeMarkdown(evidence.article) : articleLabel(source)}:`, '', `  > ${text}`)
  }
  return lines.join('\n')
}

function supportedItem(finding: Finding): string {
  const sources = finding.evidence.map((evidence) => escapeMarkdown(evidence.article)).join(', ')
  return (
    `- **${finding.type}** ${quote(finding.claim.text)} — ${plural(finding.support, 'source')}` +
    (sources === '' ? '' : ` (${sources})`) +
    ` — ${escapeMarkdown(finding.explanation)} ${inlineCode(finding.rule)}`
  )
}

function diagnosticBlocks(result: AnalysisResult): string[] {
  const diagnostics = result.diagnostics ?? []
  if (diagnostics.length === 0) return []
  const rows = diagnostics.map((diagnostic) => [
    diagnostic.severity,
    escapeMarkdown(diagnostic.source),
    diagnostic.line === undefined ? '' : String(diagnostic.line),
    escapeMarkdown(diagnostic.code),
    escapeMarkdown(diagnostic.message),
  ])
  return ['## Input problems', markdownTable([['Severity', 'Source', 'Line', 'Code', 'Message'], ...rows])]
}

function inContext(text: string, span: { readonly start: number; readonly end: number }): string {
  const { before, match, after } = spanInContext(text, span)
  return `${escapeMarkdown(before)}**${escapeMarkdown(match)}**${escapeMarkdown(after)}`
}

function articleLabel(article: ResultArticle): string {
  const name = article.outlet ?? article.title ?? article.path
  return name === undefined ? escapeMarkdown(article.id) : `${escapeMarkdown(article.id)} (${escapeMarkdown(name)})`
}

function quote(text: string): string {
  return `“${escapeMarkdown(text)}”`
}
