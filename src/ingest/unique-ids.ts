import type { ArticleInput } from '../model/article.js'
import type { Diagnostic } from '../model/result.js'
import { warning } from './parsed-inputs.js'

/**
 * Renames repeated ids ("a", "a" → "a", "a-2") so that every span and finding names one article,
 * with a warning per rename. `lineOf` gives the JSONL line of an input when there is one.
 */
export function withUniqueIds(
  inputs: readonly ArticleInput[],
  lineOf: (index: number) => number | undefined = () => undefined,
): { inputs: ArticleInput[]; diagnostics: Diagnostic[] } {
  const used = new Set<string>()
  const diagnostics: Diagnostic[] = []
  const renamed = inputs.map((input, index) => {
    if (input.id === undefined) return input
    if (!used.has(input.id)) {
      used.add(input.id)
      return input
    }
    let suffix = 2
    while (used.has(`${input.id}-${suffix}`)) suffix += 1
    const id = `${input.id}-${suffix}`
    used.add(id)
    diagnostics.push(warning('duplicate-id', input.path ?? input.id, `duplicate id "${input.id}", renamed to "${id}"`, lineOf(index)))
    return { ...input, id }
  })
  return { inputs: renamed, diagnostics }
}
