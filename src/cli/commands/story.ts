import { analyze } from '../../analyze.js'
import { UsageError } from '../../errors/usage-error.js'
import type { ArticleInput } from '../../model/article.js'
import { renderReport, reportFormats, type ReportFormat } from '../../report/index.js'
import { DEFAULT_DATABASE_FILE } from '../../store/default-path.js'
import type { StoredArticle } from '../../store/store.js'
import { useColor } from '../color.js'
import type { Command } from '../command.js'
import { exitCodes } from '../exit-codes.js'
import { openExistingStore } from './stories.js'

export const storyCommand: Command = {
  name: 'story',
  summary: 'Analyse one story of the corpus: origin, relations, changed and invented facts',
  usage: 'story <id> [options]',
  flags: [
    { name: 'format', short: 'f', type: 'string', values: reportFormats, default: 'terminal', description: 'Report format' },
    { name: 'db', type: 'string', default: DEFAULT_DATABASE_FILE, placeholder: 'file', description: 'The corpus database' },
    { name: 'color', type: 'boolean', description: 'Force colours in the terminal report' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Show this help' },
  ],
  async run(args, io) {
    const [given, ...extra] = args.positionals
    if (given === undefined || extra.length > 0) throw new UsageError('story needs exactly one story id (see `corroborate stories`)')
    const id = Number(given)
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(`a story id is a positive whole number, got "${given}"`)
    const store = await openExistingStore(args.flags['db'] as string, io.cwd)
    try {
      const detail = await store.getStory(id)
      if (detail === undefined) {
        io.stderr.write(`corroborate story: no story ${id} (see \`corroborate stories\`)\n`)
        return exitCodes.usage
      }
      // The saved analysis is only returned while the story is unchanged; otherwise recompute and save.
      let result = detail.analysis
      if (result === undefined) {
        io.expectArticles?.(detail.articles.length)
        result = await analyze(detail.articles.map(asInput), { oneStory: true })
        await store.saveAnalysis(id, detail.story.version, result)
      }
      io.stdout.write(renderReport(args.flags['format'] as ReportFormat, result, { color: useColor(io, args.flags['color'] === true) }))
      return exitCodes.ok
    } finally {
      await store.close()
    }
  },
}

function asInput(article: StoredArticle): ArticleInput {
  const { storeId: _storeId, storyId: _storyId, revision: _revision, contentHash: _contentHash, ingestedAt: _ingestedAt, credits: _credits, ...input } = article
  return input
}
