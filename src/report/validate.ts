import { createRequire } from 'node:module'
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import type { AnalysisResult } from '../model/result.js'
import type { TextSpan } from '../model/span.js'

export type ValidationOutcome = { readonly valid: true } | { readonly valid: false; readonly errors: readonly string[] }

// Loaded through require so the same relative path works from src/report and dist/report, and the
// schema file stays the one published in the package (`corroborate/schema/result.v1.json`).
const require = createRequire(import.meta.url)

/** The v1 result schema (draft 2020-12), as shipped in `schema/result.v1.json`. */
export function resultSchema(): Record<string, unknown> {
  return require('../../schema/result.v1.json') as Record<string, unknown>
}

let compiled: ValidateFunction | undefined

function schemaValidator(): ValidateFunction {
  if (compiled === undefined) {
    // ajv is loaded on first use: some 60 modules the CLI's analyze never needs (it never validates).
    // It is CommonJS: its module object holds the class as `.default`.
    const Ajv2020 = (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).default
    compiled = new Ajv2020({ allErrors: true, strict: true }).compile(resultSchema())
  }
  return compiled
}

/**
 * Checks a value against the v1 contract: first its shape (the JSON Schema), then what a schema
 * cannot say — every id a result refers to exists, and every span lies inside the text of the
 * article it names and quotes exactly that text.
 */
export function validateResult(value: unknown): ValidationOutcome {
  const validate = schemaValidator()
  if (!validate(value)) return { valid: false, errors: (validate.errors ?? []).map(formatSchemaError) }
  const errors = semanticErrors(value as AnalysisResult)
  return errors.length === 0 ? { valid: true } : { valid: false, errors }
}

function formatSchemaError(error: ErrorObject): string {
  const place = error.instancePath === '' ? '(root)' : error.instancePath
  switch (error.keyword) {
    case 'additionalProperties':
      return `${place}: unknown property "${String(error.params['additionalProperty'])}"`
    case 'required':
      return `${place}: missing required property "${String(error.params['missingProperty'])}"`
    case 'enum':
      return `${place}: must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `${place}: must be ${JSON.stringify(error.params['allowedValue'])}`
    default:
      return `${place}: ${error.message ?? error.keyword}`
  }
}

function semanticErrors(result: AnalysisResult): string[] {
  const errors: string[] = []
  const texts = new Map<string, string>()
  result.articles.forEach((article, index) => {
    if (texts.has(article.id)) errors.push(`/articles/${index}/id: duplicate article id "${article.id}"`)
    texts.set(article.id, article.text)
  })
  const checkId = (place: string, id: string): void => {
    if (!texts.has(id)) errors.push(`${place}: no article has id "${id}"`)
  }
  const checkSpan = (place: string, article: string, span: TextSpan): void => {
    const text = texts.get(article)
    if (text === undefined) return // reported by checkId
    if (span.start > span.end) errors.push(`${place}: start ${span.start} is after end ${span.end}`)
    else if (span.end > text.length) {
      errors.push(`${place}: end ${span.end} is beyond the text of article "${article}" (${text.length} characters)`)
    } else if (text.slice(span.start, span.end) !== span.text) {
      errors.push(
        `${place}/text: ${JSON.stringify(span.text)} is not the text of article "${article}" at ` +
          `${span.start}-${span.end} (${JSON.stringify(text.slice(span.start, span.end))})`,
      )
    }
  }

  const storyIds = new Set<string>()
  result.stories.forEach((story, index) => {
    if (storyIds.has(story.id)) errors.push(`/stories/${index}/id: duplicate story id "${story.id}"`)
    storyIds.add(story.id)
    story.articles.forEach((id, position) => checkId(`/stories/${index}/articles/${position}`, id))
    if (story.origin !== null && !story.articles.includes(story.origin)) {
      errors.push(`/stories/${index}/origin: "${story.origin}" is not one of the story's articles`)
    }
  })
  result.relations.forEach((relation, index) => {
    checkId(`/relations/${index}/article`, relation.article)
    checkId(`/relations/${index}/source`, relation.source)
  })
  result.findings.forEach((finding, index) => {
    checkId(`/findings/${index}/article`, finding.article)
    checkSpan(`/findings/${index}/claim`, finding.article, finding.claim)
    finding.evidence.forEach((evidence, position) => {
      const place = `/findings/${index}/evidence/${position}`
      checkId(`${place}/article`, evidence.article)
      checkSpan(place, evidence.article, evidence)
    })
  })
  return errors
}
