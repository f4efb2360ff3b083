import type { FlagSpec } from './command.js'

/** Flags shared by every command that analyses articles it has read (`analyze`, `serve`). */
export const originFlag: FlagSpec = { name: 'origin', type: 'string', placeholder: 'id|file', description: 'The article you know to be the source (its id or file)' }
export const oneStoryFlag: FlagSpec = { name: 'one-story', type: 'boolean', description: 'Treat all inputs as one story instead of grouping them' }

/** The analyze() options those flags ask for; an origin is passed as typed: analyze() tries it as an id, then as a path. */
export function storyOptions(flags: Readonly<Record<string, unknown>>): { origin?: string; oneStory: boolean } {
  const origin = flags['origin']
  return { oneStory: flags['one-story'] === true, ...(typeof origin === 'string' ? { origin } : {}) }
}
