export { analyseArticle } from './analyse-article.js'
export { extractFacts } from './extract-facts.js'
export { compareValues, describeValue, factKinds } from './kinds.js'
export type { ExtractContext, FactKind, FoundFact } from './fact-kind.js'
