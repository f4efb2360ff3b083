import { existsSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../../errors/usage-error.js'
import { DEFAULT_DATABASE_FILE } from '../../store/default-path.js'
import { openStore } from '../../store/sqlite-store.js'
import type { Store, StorySummary } from '../../store/store.js'
import type { Command } from '../command.js'
import { exitCodes } from '../exit-codes.js'

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'List the stories of the corpus, largest first',
  usage: 'stories [--since DATE] [options]',
  flags: [
    { name: 'since', type: 'string', placeholder: 'YYYY-MM-DD', description: 'Only stories with an article published (or ingested) on or after this date' },
    { name: 'limit', type: 'number', default: 50, placeholder: 'n', description: 'Show at most this many stories (0: all)' },
    { name: 'json', type: 'boolean', description: 'Print the list as JSON' },
    { name: 'db', type: 'string', default: DEFAULT_DATABASE_FILE, placeholder: 'file', description: 'The corpus database' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
  ],
  async run(args, io) {
    const since = args.flags['since'] as string | undefined
    if (since !== undefined && Number.isNaN(Date.parse(since))) throw new UsageError(`--since expects a date such as 2025-10-01, got "${since}"`)
    const limit = args.flags['limit'] as number
    const store = await openExistingStore(args.flags['db'] as string, io.cwd)
    try {
      const stories = await store.listStories({ ...(since !== undefined && { since }), ...(limit > 0 && { limit }) })
      if (args.flags['json'] === true) io.stdout.write(JSON.stringify(stories, null, 2) + '\n')
      else if (stories.length === 0) io.stdout.write(since === undefined ? 'No stories yet: run `corroborate ingest` first.\n' : `No story since ${since}.\n`)
      else io.stdout.write(storyTable(stories))
    } finally {
      await store.close()
    }
    return exitCodes.ok
  },
}

export function storyTable(stories: readonly StorySummary[]): string {
  const rows = stories.map((story) => [String(story.id), String(story.size), dates(story), story.title ?? '(untitled)'])
  const header = ['id', 'articles', 'published', 'title']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  // Numbers right-aligned, dates left-aligned; the title takes the rest of the line.
  const line = (cells: readonly string[]) =>
    [cells[0]!.padStart(widths[0]!), cells[1]!.padStart(widths[1]!), cells[2]!.padEnd(widths[2]!), cells[3]!].join('  ')
  return [line(header), ...rows.map(line)].join('\n') + '\n'
}

function dates(story: StorySummary): string {
  const first = story.firstPublished?.slice(0, 10)
  const last = story.lastPublished?.slice(0, 10)
  if (first === undefined) return '-'
  return first === last || last === undefined ? first : `${first}..${last}`
}

/** Opens the corpus named by --db, refusing to create an empty one by a typo. */
export async function openExistingStore(file: string, cwd: string): Promise<Store> {
  const absolute = path.resolve(cwd, file)
  if (!existsSync(absolute)) throw new UsageError(`no corpus at ${file}: run \`corroborate ingest <paths> --db ${file}\` first`)
  return openStore(absolute)
}
