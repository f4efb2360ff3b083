import { UsageError } from '../../errors/usage-error.js'
import { DEFAULT_DATABASE_FILE } from '../../store/default-path.js'
import type { Command } from '../command.js'
import { exitCodes } from '../exit-codes.js'
import { openExistingStore } from './stories.js'

export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search of the corpus, with the story of each article',
  usage: 'search <words...> [options]',
  flags: [
    { name: 'limit', type: 'number', default: 20, placeholder: 'n', description: 'Show at most this many articles' },
    { name: 'json', type: 'boolean', description: 'Print the hits as JSON' },
    { name: 'db', type: 'string', default: DEFAULT_DATABASE_FILE, placeholder: 'file', description: 'The corpus database' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
  ],
  async run(args, io) {
    const query = args.positionals.join(' ').trim()
    if (query === '') throw new UsageError('search needs the words to look for')
    const store = await openExistingStore(args.flags['db'] as string, io.cwd)
    try {
      const hits = await store.search(query, { limit: Math.max(1, args.flags['limit'] as number) })
      if (args.flags['json'] === true) io.stdout.write(JSON.stringify(hits, null, 2) + '\n')
      else if (hits.length === 0) io.stdout.write(`Nothing matches "${query}".\n`)
      else {
        for (const hit of hits) {
          io.stdout.write(`story ${hit.storyId}  ${hit.articleId}${hit.title === undefined ? '' : `  ${hit.title}`}\n    ${hit.snippet}\n`)
        }
      }
      return hits.length === 0 ? exitCodes.findings : exitCodes.ok
    } finally {
      await store.close()
    }
  },
}
