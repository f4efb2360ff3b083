import { describe, expect, it } from 'vitest'
import { fixtureResult } from './fixtures/result.js'
import { renderJson } from './json.js'
import { resultSchema, validateResult } from './validate.js'

/** The fixture as a reader of `--format json` sees it: plain mutable JSON to break on purpose. */
function fixtureJson(): any {
  return JSON.parse(renderJson(fixtureResult))
}

function errorsOf(value: unknown): readonly string[] {
  const outcome = validateResult(value)
  return outcome.valid ? [] : outcome.errors
}

describe('validateResult', () => {
  it('accepts the fixture as rendered by renderJson', () => {
    expect(validateResult(fixtureJson())).toEqual({ valid: true })
  })

  it('accepts a result without diagnostics and with an article that has only id and text', () => {
    const result = fixtureJson()
    delete result.diagnostics
    expect(result.articles[3]).toEqual({ id: '003', path: 'stories/ferry.txt', text: expect.any(String) })
    delete result.articles[3].path
    expect(validateResult(result)).toEqual({ valid: true })
  })

  it('names the field and the allowed values for a bad enum', () => {
    const result = fixtureJson()
    result.findings[4].status = 'disputed'
    result.relations[0].kind = 'rewrite'
    expect(errorsOf(result)).toEqual([
      '/relations/0/kind: must be one of "copy", "excerpt", "paraphrase", "summary", "independent"',
      '/findings/4/status: must be one of "supported", "conflict", "unsupported"',
    ])
  })

  it('rejects a missing required field', () => {
    const result = fixtureJson()
    delete result.findings[0].rule
    expect(errorsOf(result)).toEqual(['/findings/0: missing required property "rule"'])
  })

  it('rejects an extra field, so a typo in a field name fails', () => {
    const result = fixtureJson()
    result.findings[1].explaination = 'typo'
    result.articles[0].publised = '2026-03-03'
    expect(errorsOf(result)).toEqual([
      '/articles/0: unknown property "publised"',
      '/findings/1: unknown property "explaination"',
    ])
  })

  it('rejects a wrong version, shares outside [0, 1], negative or fractional offsets and support', () => {
    const result = fixtureJson()
    result.version = 2
    result.relations[1].fidelity = 1.2
    result.findings[0].claim.start = -1
    result.findings[0].evidence[0].end = 3.5
    result.findings[2].support = -1
    const errors = errorsOf(result)
    expect(errors).toContain('/version: must be 1')
    expect(errors).toContain('/relations/1/fidelity: must be <= 1')
    expect(errors).toContain('/findings/0/claim/start: must be >= 0')
    expect(errors).toContain('/findings/0/evidence/0/end: must be integer')
    expect(errors).toContain('/findings/2/support: must be >= 0')
  })

  it('rejects a span that ends beyond the text of its article', () => {
    const result = fixtureJson()
    const length = result.articles[1].text.length
    result.findings[4].claim.end = length + 10
    expect(errorsOf(result)).toEqual([
      `/findings/4/claim: end ${length + 10} is beyond the text of article "001" (${length} characters)`,
    ])
  })

  it('rejects a claim or evidence text that is not the article text at its offsets', () => {
    const result = fixtureJson()
    result.findings[4].claim.text = '16 percent'
    result.findings[4].evidence[0].start += 1
    const errors = errorsOf(result)
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^\/findings\/4\/claim\/text: "16 percent" is not the text of article "001" at \d+-\d+ \("15 percent"\)$/)
    expect(errors[1]).toMatch(/^\/findings\/4\/evidence\/0\/text: "12 percent" is not the text of article "000"/)
  })

  it('rejects a start after its end', () => {
    const result = fixtureJson()
    const { start, end } = result.findings[0].claim
    Object.assign(result.findings[0].claim, { start: end, end: start })
    expect(errorsOf(result)).toEqual([`/findings/0/claim: start ${end} is after end ${start}`])
  })

  it('rejects references to articles that do not exist and an origin outside its story', () => {
    const result = fixtureJson()
    result.relations[0].source = 'missing'
    result.findings[0].evidence[1].article = 'gone'
    result.stories[1].origin = '000'
    expect(errorsOf(result)).toEqual([
      '/stories/1/origin: "000" is not one of the story\'s articles',
      '/relations/0/source: no article has id "missing"',
      '/findings/0/evidence/1/article: no article has id "gone"',
    ])
  })

  it('rejects duplicate article ids', () => {
    const result = fixtureJson()
    result.articles.push({ ...result.articles[0] })
    expect(errorsOf(result)).toEqual(['/articles/4/id: duplicate article id "000"'])
  })

  it('rejects values that are not results at all', () => {
    expect(validateResult(null).valid).toBe(false)
    expect(errorsOf([])).toEqual(['(root): must be object'])
  })
})

describe('result schema', () => {
  const schema = resultSchema()

  it('is draft 2020-12 with an $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema['$id']).toMatch(/^[a-z]+:/)
  })

  it('describes every property and closes every object', () => {
    const problems: string[] = []
    const visit = (node: unknown, place: string): void => {
      if (typeof node !== 'object' || node === null) return
      const record = node as Record<string, unknown>
      if (record['type'] === 'object' && record['additionalProperties'] !== false) problems.push(`${place}: open object`)
      const properties = (record['properties'] ?? {}) as Record<string, Record<string, unknown>>
      for (const [name, property] of Object.entries(properties)) {
        if (typeof property['description'] !== 'string') problems.push(`${place}/${name}: no description`)
        visit(property, `${place}/${name}`)
      }
      for (const [name, definition] of Object.entries((record['$defs'] ?? {}) as Record<string, unknown>)) {
        visit(definition, `#/$defs/${name}`)
      }
      if (typeof record['items'] === 'object') visit(record['items'], `${place}/items`)
    }
    visit(schema, '#')
    expect(problems).toEqual([])
  })

  it('lists the same required finding fields as the TypeScript contract', () => {
    const finding = (schema['$defs'] as Record<string, Record<string, unknown>>)['finding']
    const keys = Object.keys(fixtureResult.findings[0] ?? {})
    expect([...(finding?.['required'] as string[])].sort()).toEqual(keys.sort())
  })
})

describe('docs/json-schema.md', () => {
  it('shows an example that is a valid result', async () => {
    const { readFile } = await import('node:fs/promises')
    const page = await readFile(new URL('../../docs/json-schema.md', import.meta.url), 'utf8')
    const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1]
    expect(example).toBeDefined()
    expect(validateResult(JSON.parse(example ?? ''))).toEqual({ valid: true })
  })
})
