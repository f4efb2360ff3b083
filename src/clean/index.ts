export { prepareArticle } from './prepare-article.js'
export { normaliseText } from './normalise-text.js'
export { detectLanguage } from './detect-language.js'
