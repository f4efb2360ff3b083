import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../model/result.js'
import { fixtureResult, spanOf } from './fixtures/result.js'
import { escapeMarkdown } from './markdown-escape.js'
import { renderMarkdown } from './markdown.js'

/** The cells of the table row that starts with `first`, trimmed. */
function tableRow(markdown: string, first: string): string[] | undefined {
  const line = markdown.split('\n').find((candidate) => candidate.startsWith(`| ${first} `))
  return line
    ?.slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(fixtureResult)

  it('has a heading per story and the overall counts first', () => {
    expect(markdown.startsWith('# corroborate report\n\n2 stories · 4 articles · 3 conflicts · 3 unsupported · 5 supported\n')).toBe(true)
    expect(markdown).toContain('\n## Story story-1\n')
    expect(markdown).toContain('\n## Story story-2\n')
    expect(markdown).toContain('**Origin:** 000 (Alder Creek Gazette). Earliest, most complete, and named as the source by 002.')
    expect(markdown).toContain('**Origin:** none found. Only one article')
    expect(markdown).toContain('**Findings:** 3 conflicts · 2 unsupported · 5 supported')
  })

  it('puts every article of a story in a relations table', () => {
    expect(tableRow(markdown, '001')).toEqual([
      '001', 'Valley Courier', '2026-03-04', 'Town passes budget', 'paraphrase of 000', '**no**', '67%', '0.50', '1', '1',
    ])
    expect(tableRow(markdown, '002')).toEqual(['002', 'Riverside Post', '', '', 'summary of 000', 'yes', '33%', '0.25', '2', '1'])
    expect(tableRow(markdown, '000')?.[4]).toBe('**origin**')
  })

  it('lists conflicts with the claim and each piece of evidence blockquoted in context', () => {
    const conflicts = markdown.slice(markdown.indexOf('### Conflicts'), markdown.indexOf('### Unsupported claims'))
    expect(conflicts).toContain('- **conflict · entity** “Owen Reyes” ↔ 000 “Omar Reyes” — The councillor who warned')
    expect(conflicts).toContain('  > Councillor **Owen Reyes** warned that three library branches would close.')
    expect(conflicts).toContain('  Evidence in 000 (Alder Creek Gazette):')
    expect(conflicts).toContain('  > Councillor **Omar Reyes**, who voted against it, warned that the library would lose two branches.')
    expect(conflicts.match(/^- \*\*conflict/gm)).toHaveLength(3)
  })

  it('lists unsupported claims and supported facts', () => {
    const unsupported = markdown.slice(markdown.indexOf('### Unsupported claims'), markdown.indexOf('### Supported facts'))
    expect(unsupported.match(/^- \*\*unsupported/gm)).toHaveLength(2)
    expect(unsupported).toContain('“Residents packed the chamber until midnight.”')
    expect(markdown).toContain('- **money** “\\$48.2 million” — 2 sources (001, 002)')
  })

  it('lists input problems', () => {
    expect(markdown).toContain('\n## Input problems\n')
    expect(tableRow(markdown, 'error')).toEqual(['error', 'stories/extra.jsonl', '3', 'bad-json', 'malformed JSON line skipped'])
    expect(tableRow(markdown, 'warning')?.[2]).toBe('')
  })

  it('renders to the HTML a reader expects', async () => {
    const html = await marked.parse(markdown)
    expect(html).toContain('<h2>Story story-1</h2>')
    expect(html).toContain('<blockquote>\n<p>Councillor <strong>Owen Reyes</strong> warned')
    expect(html).toContain('$48.2 million')
    expect(html.match(/<table>/g)).toHaveLength(3)
  })
})

describe('renderMarkdown with hostile article text', () => {
  const text =
    'Officials | said <script>alert("x")</script> the *budget* was_final_ [click](javascript:alert(1)) & more.\n' +
    '- 1. # Not a heading\n' +
    '`code` ~~gone~~ $x$ ![img](http://example.test/a.png)'
  const other = 'Officials said the budget was final.'
  const result: AnalysisResult = {
    version: 1,
    articles: [
      { id: 'a|b', outlet: 'Pipe | Times <b>', title: '*Bold* <img src=x onerror=alert(1)>', text },
      { id: 'c', outlet: 'Plain', text: other },
    ],
    stories: [{ id: 's<1>', articles: ['a|b', 'c'], origin: 'c', why: 'Earliest <i>really</i>.' }],
    relations: [{ article: 'a|b', source: 'c', kind: 'paraphrase', attributed: false, coverage: 0.5, fidelity: 0 }],
    findings: [
      {
        article: 'a|b',
        status: 'conflict',
        type: 'quote',
        claim: spanOf(text, '<script>alert("x")</script>'),
        support: 0,
        evidence: [{ article: 'c', ...spanOf(other, 'budget') }],
        explanation: 'Quote <em>altered</em> | badly',
        rule: 'quote/altered',
      },
      {
        article: 'a|b',
        status: 'unsupported',
        type: 'statement',
        claim: spanOf(text, '- 1. # Not a heading'),
        support: 0,
        evidence: [],
        explanation: 'No counterpart.',
        rule: 'statement/unsupported',
      },
      {
        article: 'a|b',
        status: 'unsupported',
        type: 'entity',
        claim: spanOf(text, '*budget*'),
        support: 0,
        evidence: [],
        explanation: 'No counterpart.',
        rule: 'entity/unsupported',
      },
    ],
  }
  const markdown = renderMarkdown(result)

  it('lets no HTML from the text through', async () => {
    const html = await marked.parse(markdown)
    for (const tag of ['<script', '<img', '<b>', '<i>', '<em>altered', 'href="javascript']) expect(html).not.toContain(tag)
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toMatch(/<a /)
    expect(html).not.toMatch(/<del>|<code>code/)
  })

  it('keeps the relations table at its ten columns', async () => {
    const html = await marked.parse(markdown)
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => (match[1]?.match(/<t[dh][ >]/g) ?? []).length)
    expect(rows).toEqual([10, 10, 10])
    expect(html).toContain('Pipe | Times &lt;b&gt;')
  })

  it('shows emphasis markers and block markers as the literal characters', async () => {
    const html = await marked.parse(markdown)
    // The only <em>/<strong> are the report's own: claim highlights and labels.
    expect(html).not.toMatch(/<em>budget<\/em>/)
    expect(html).toContain('*budget*')
    expect(html).toContain('“- 1. # Not a heading”')
    expect(html).not.toMatch(/<h1>Not a heading/)
  })

  it('drops terminal escape sequences', () => {
    const withEscape: AnalysisResult = {
      ...result,
      articles: result.articles.map((article) => ({ ...article, outlet: `\u001b[2J${article.outlet ?? ''}` })),
    }
    expect(renderMarkdown(withEscape)).not.toContain('\u001b')
  })

  it('escapes each special character on its own', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
    expect(escapeMarkdown('<x> & y')).toBe('&lt;x&gt; &amp; y')
    expect(escapeMarkdown('*a* _b_ `c` [d] ~e~ $f$')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\~e\\~ \\$f\\$')
    expect(escapeMarkdown('- item')).toBe('\\- item')
    expect(escapeMarkdown('12. item')).toBe('12\\. item')
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two')
  })
})
