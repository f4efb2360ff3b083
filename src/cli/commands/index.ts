import type { Command } from '../command.js'

export interface CommandEntry {
  readonly name: string
  /** Loads the command's module on demand, so `corroborate analyze` never pays for the server or the database. */
  load(): Promise<Command>
}

/** Every command, in the order the help lists them. Add a command by adding its module here. */
export const commands: readonly CommandEntry[] = [
  { name: 'analyze', load: async () => (await import('./analyze.js')).analyzeCommand },
  { name: 'ingest', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'stories', load: async () => (await import('./stories.js')).storiesCommand },
  { name: 'story', load: async () => (await import('./story.js')).storyCommand },
  { name: 'search', load: async () => (await import('./search.js')).searchCommand },
  { name: 'serve', load: async () => (await import('./serve.js')).serveCommand },
]

export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(commands.map((entry) => entry.load()))
}
