import picocolors from 'picocolors'
import type { AnalysisResult, ResultArticle } from '../model/result.js'
import type { Finding, FindingStatus } from '../model/finding.js'
import { spanInContext } from './context.js'
import { flattenWhitespace, printableResult } from './printable.js'
import { displayWidth, wrapLines } from './terminal-text.js'
import {
  fidelity,
  outlineResult,
  beyondSourcePhrase,
  percent,
  plural,
  relationPhrase,
  shortTitle,
  statusOrder,
  type ArticleOutline,
  type StatusCounts,
  type StoryOutline,
} from './outline.js'

export interface TerminalOptions {
  /** ANSI colours; when false the output holds no escape code at all. */
  readonly color: boolean
  /** Columns to wrap to; 80 when not given. */
  readonly width?: number
  /** Also list supported facts (otherwise only counted). */
  readonly verbose?: boolean
}

type Colors = ReturnType<typeof picocolors.createColors>

const defaultWidth = 80
// Below this many columns for the wrapped part, wrapping does more harm than overflowing.
const minimumBodyWidth = 24
const findingIndent = '     '
// Text wraps under what follows a label or an article id only up to this width; file-name ids
// ("03-bayside-courier-rewrite") would leave too narrow a column.
const alignLimit = 12

/** Width to align continuation lines under text that follows `label`. */
function alignedWidth(label: string): number {
  const width = visibleWidth(label)
  return width <= alignLimit ? width : findingIndent.length - 2
}

/**
 * The report a person reads in a terminal: per story the verdict first (origin and why, each
 * article's relation, the counts), then conflicts and unsupported claims grouped by article, each
 * with its claim in context, every evidence quote and the one-line explanation. Lines are built
 * like a linter's (`002  conflict     entity     "Owen Reyes" ↔ 000 "Omar Reyes"`) so they grep well.
 */
export function renderTerminal(untrusted: AnalysisResult, options: TerminalOptions): string {
  const result = printableResult(untrusted)
  const colors = picocolors.createColors(options.color)
  const writer = new LineWriter(options.width ?? defaultWidth)
  const outline = outlineResult(result)
  const articleById = new Map(result.articles.map((article) => [article.id, article]))

  if (outline.stories.length > 1) {
    writer.items(
      [
        colors.bold(plural(outline.stories.length, 'story', 'stories')),
        colors.bold(plural(outline.articleCount, 'article')),
        ...colorCounts(outline.counts, colors),
      ],
      colors.dim(' · '),
      '',
    )
    writer.blank()
  }
  if (outline.stories.length === 0) writer.line('No articles to report on.')
  for (const story of outline.stories) {
    writeStory(story, writer, colors, articleById, options.verbose === true)
  }
  const diagnostics = result.diagnostics ?? []
  if (diagnostics.length > 0) {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
    writer.wrapped(
      colors.yellow(
        `${plural(diagnostics.length, 'input problem')}: ${plural(errors, 'error')}, ` +
          `${plural(diagnostics.length - errors, 'warning')}.`,
      ),
    )
  }
  return writer.toString()
}

function writeStory(
  outline: StoryOutline,
  writer: LineWriter,
  colors: Colors,
  articleById: ReadonlyMap<string, ResultArticle>,
  verbose: boolean,
): void {
  const { story, origin } = outline
  writer.wrapped(
    colors.bold(`Story ${story.id}`) +
      colors.dim(` · ${plural(story.articles.length, 'article')} · `) +
      (origin === undefined ? colors.dim('no origin found') : `origin ${colors.cyan(origin.id)} ${articleName(origin)}`),
  )
  if (story.why !== '') writer.wrapped(colors.dim(story.why), '  ')
  writer.blank()
  for (const article of outline.articles) writeArticleRow(article, writer, colors)
  writer.blank()
  writer.items(colorCounts(outline.counts, colors), colors.dim(' · '), '  ')
  writer.blank()

  const shown: FindingStatus[] = verbose ? [...statusOrder] : statusOrder.filter((status) => status !== 'supported')
  for (const status of shown) {
    const groups = outline.findings[status]
    if (groups.length === 0) continue
    writer.line(colors.bold(colors.underline(sectionTitle[status])))
    for (const group of groups) {
      writer.rule(`${colors.cyan(group.article.id)} ${colors.bold(articleName(group.article))}`, '  ', colors)
      for (const finding of group.findings) writeFinding(finding, group.article, writer, colors, articleById)
    }
    writer.blank()
  }
  // Facts no article of the story could check: one line each article, listed in full with --verbose.
  if (outline.beyondSource.length > 0) {
    writer.line(colors.bold(colors.underline('Beyond the source\'s text')))
    for (const group of outline.beyondSource) {
      const source = outline.articles.find((row) => row.article.id === group.article.id)?.relation?.source
      writer.wrapped(`${colors.cyan(group.article.id)}  ${beyondSourcePhrase(group.findings.length, source)}${verbose ? '' : colors.dim(' (listed with --verbose)')}`, '  ', '    ')
      if (verbose) for (const finding of group.findings) writeFinding(finding, group.article, writer, colors, articleById)
    }
    writer.blank()
  }
}

const sectionTitle: Record<FindingStatus, string> = {
  conflict: 'Conflicts',
  unsupported: 'Unsupported claims',
  supported: 'Supported facts',
}

function writeArticleRow(outline: ArticleOutline, writer: LineWriter, colors: Colors): void {
  const { article, relation } = outline
  const about = [article.outlet, article.published, article.title === undefined ? undefined : `"${shortTitle(article.title)}"`]
    .filter((part): part is string => part !== undefined)
    .join(' · ')
  const hanging = '  ' + ' '.repeat(alignedWidth(article.id) + 2)
  writer.wrapped(`${colors.cyan(article.id)}  ${about === '' ? colors.dim(article.path ?? '(no metadata)') : about}`, '  ', hanging)
  const facts: string[] = [outline.isOrigin ? colors.bold('origin') : relationPhrase(outline)]
  if (relation !== undefined && !outline.isOrigin) {
    facts.push(relation.attributed ? colors.green('attributed') : colors.red('unattributed'))
    facts.push(`coverage ${percent(relation.coverage)}`, `fidelity ${fidelity(relation.fidelity)}`)
  }
  const { conflict, unsupported } = outline.counts
  if (conflict > 0) facts.push(colors.red(plural(conflict, 'conflict')))
  if (unsupported > 0) facts.push(colors.yellow(`${unsupported} unsupported`))
  if (outline.beyondSource > 0) facts.push(colors.dim(beyondSourcePhrase(outline.beyondSource, relation?.source)))
  writer.items(facts, colors.dim(' · '), hanging)
}

function writeFinding(
  finding: Finding,
  article: ResultArticle,
  writer: LineWriter,
  colors: Colors,
  articleById: ReadonlyMap<string, ResultArticle>,
): void {
  const statusColor = statusColors(colors)[finding.status]
  const first = finding.evidence[0]
  const head = [
    colors.cyan(finding.article),
    statusColor(finding.status.padEnd(11)),
    finding.type.padEnd(9),
    colors.bold(quoted(flatten(finding.claim.text))),
    ...(first === undefined ? [] : [`↔ ${colors.cyan(first.article)} ${quoted(flatten(first.text))}`]),
    ...(finding.evidence.length > 1 ? [colors.dim(`+${finding.evidence.length - 1}`)] : []),
  ].join('  ')
  writer.wrapped(head, '  ', '  ' + findingIndent)
  const support = finding.status === 'supported' ? ` · ${plural(finding.support, 'source')}` : ''
  writer.wrapped(`${finding.explanation}  ${colors.dim(finding.rule + support)}`, '  ' + findingIndent)
  if (finding.status === 'supported') return
  const indent = '  ' + findingIndent
  // A statement finding's claim is its whole sentence, already quoted in the head line.
  const lines: [string, string][] =
    finding.type === 'statement' ? [] : [['claim', highlighted(article.text, finding.claim, statusColor, colors)]]
  for (const evidence of finding.evidence) {
    const source = articleById.get(evidence.article)
    lines.push([
      evidence.article,
      source === undefined ? quoted(evidence.text) : highlighted(source.text, evidence, colors.bold, colors),
    ])
  }
  const labelWidth = Math.max(0, ...lines.map(([label]) => visibleWidth(label)))
  for (const [label, text] of lines) {
    const padded = label.padEnd(labelWidth)
    const painted = label === 'claim' ? colors.dim(padded) : colors.cyan(padded)
    if (labelWidth <= alignLimit) {
      writer.labelled(painted, text, indent)
    } else {
      writer.line(indent + painted.trimEnd())
      writer.wrapped(text, indent + '  ')
    }
  }
}

function statusColors(colors: Colors): Record<FindingStatus, (text: string) => string> {
  return { conflict: colors.red, unsupported: colors.yellow, supported: colors.green }
}

function highlighted(
  text: string,
  span: { readonly start: number; readonly end: number },
  color: (text: string) => string,
  colors: Colors,
): string {
  const { before, match, after } = spanInContext(text, span)
  return `${before}${colors.underline(color(match))}${after}`
}

function colorCounts(counts: StatusCounts, colors: Colors): string[] {
  const paint = (count: number, text: string, color: (text: string) => string): string =>
    count === 0 ? colors.dim(text) : color(text)
  return [
    paint(counts.conflict, plural(counts.conflict, 'conflict'), colors.red),
    paint(counts.unsupported, `${counts.unsupported} unsupported`, colors.yellow),
    paint(counts.supported, `${counts.supported} supported`, colors.green),
  ]
}

function articleName(article: ResultArticle): string {
  return article.outlet ?? article.title ?? article.path ?? ''
}

function quoted(text: string): string {
  return `"${text}"`
}

function flatten(text: string): string {
  return flattenWhitespace(text).trim()
}

/** Columns a string takes. */
function visibleWidth(text: string): number {
  return displayWidth(text)
}

function wrap(text: string, width: number): string[] {
  // Wrapping costs more than measuring; most lines fit, and a report can have thousands.
  if (visibleWidth(text) <= width) return [text.trim()]
  return wrapLines(text, width)
}

/** Collects output lines, wrapping each to the width with a hanging indent. */
class LineWriter {
  private readonly lines: string[] = []

  constructor(private readonly width: number) {}

  line(text: string): void {
    this.lines.push(text)
  }

  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('')
  }

  /** `text` wrapped; the first line starts with `indent`, the following ones with `hanging`. */
  wrapped(text: string, indent = '', hanging = indent): void {
    const bodyWidth = Math.max(minimumBodyWidth, this.width - Math.max(visibleWidth(indent), visibleWidth(hanging)))
    wrap(text, bodyWidth).forEach((line, index) => this.lines.push((index === 0 ? indent : hanging) + line))
  }

  /** `label  text`, the text wrapped so that its lines start under its first character. */
  labelled(label: string, text: string, indent: string): void {
    const hanging = indent + ' '.repeat(visibleWidth(label) + 2)
    const bodyWidth = Math.max(minimumBodyWidth, this.width - visibleWidth(hanging))
    wrap(text, bodyWidth).forEach((line, index) => this.lines.push((index === 0 ? `${indent}${label}  ` : hanging) + line))
  }

  /** Short items joined by `separator`, packed into lines without breaking an item ("1 conflict"). */
  items(items: readonly string[], separator: string, indent: string): void {
    const available = Math.max(minimumBodyWidth, this.width - visibleWidth(indent))
    let current = ''
    for (const item of items) {
      const candidate = current === '' ? item : current + separator + item
      if (current !== '' && visibleWidth(candidate) > available) {
        this.lines.push(indent + current)
        current = item
      } else {
        current = candidate
      }
    }
    if (current !== '') this.lines.push(indent + current)
  }

  /** `text` followed by a dim rule to the full width: a heading that stands out without colour. */
  rule(text: string, indent: string, colors: Colors): void {
    const used = visibleWidth(indent) + visibleWidth(text) + 1
    this.lines.push(`${indent}${text} ${colors.dim('─'.repeat(Math.max(2, this.width - used)))}`)
  }

  toString(): string {
    while (this.lines.at(-1) === '') this.lines.pop()
    return this.lines.join('\n') + '\n'
  }
}
