import { createRequire } from 'node:module'

type Linkedom = typeof import('linkedom')

const require = createRequire(import.meta.url)
let linkedom: Linkedom | undefined

/**
 * linkedom's `parseHTML`, loaded on first use: it is the costliest module of the pipeline to load
 * (a few hundred milliseconds on a busy machine), and a run over text or Markdown never needs a DOM.
 */
export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  linkedom ??= require('linkedom') as Linkedom
  return linkedom.parseHTML(html)
}
