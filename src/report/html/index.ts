export { renderHtml, reportContentSecurityPolicy, jsonForHtml, escapeHtml, type RenderHtmlOptions } from './render-html.js'
