import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestCommand } from '../../src/cli/commands/ingest.js'
import { searchCommand } from '../../src/cli/commands/search.js'
import { storiesCommand } from '../../src/cli/commands/stories.js'
import { storyCommand } from '../../src/cli/commands/story.js'
import type { Command } from '../../src/cli/command.js'
import { parseCommandArgs } from '../../src/cli/parse-args.js'
import { unrelatedArticles } from '../../src/cluster/test-helpers/unrelated-articles.js'

const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-commands-'))
let server: Server
let base = ''

async function run(command: Command, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io = { stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: (chunk: string) => (stderr += chunk) }, cwd: folder, env: {} }
  const code = await command.run(parseCommandArgs(argv, command.flags), io)
  return { code, stdout, stderr }
}

const [coffee, gas, budget, football, chips, wildfire] = unrelatedArticles as [typeof unrelatedArticles[number], ...typeof unrelatedArticles[number][]]

beforeAll(async () => {
  // Two plain-text files, one of them a lightly edited copy of the coffee article.
  mkdirSync(path.join(folder, 'pages'))
  writeFileSync(path.join(folder, 'pages', 'coffee.txt'), `${coffee!.title}\n\n${coffee!.text}`)
  writeFileSync(path.join(folder, 'pages', 'coffee-copy.txt'), `${coffee!.title}\n\n${coffee!.text.replace('14 percent', 'fourteen percent')}`)
  writeFileSync(
    path.join(folder, 'archive.jsonl'),
    [gas, budget, football].map((doc) => JSON.stringify({ id: doc!.id, title: doc!.title, published: '2025-10-02', text: doc!.text })).join('\n') + '\n{broken\n',
  )
  server = createServer((request, response) => {
    if (request.url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
      const items = [chips, wildfire].map(
        (doc) => `<item><title>${doc!.id}</title><link>${base}/news/${doc!.id}</link><pubDate>Thu, 02 Oct 2025 10:00:00 GMT</pubDate><description>${doc!.text}</description></item>`,
      )
      response.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>${items.join('')}</channel></rss>`)
    } else {
      response.writeHead(404)
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  writeFileSync(path.join(folder, 'feeds.txt'), `# feeds to follow\n${base}/feed.xml\n${base}/gone\n`)
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  rmSync(folder, { recursive: true, force: true })
})

describe('ingest, stories and search commands', () => {
  it('ingests files, a JSONL corpus and a list of feed URLs, reporting each failure, and is a no-op the second time', async () => {
    const first = await run(ingestCommand, ['pages', 'archive.jsonl', 'feeds.txt', '--db', 'corpus.db'])
    expect(first.stderr).toMatch(/archive\.jsonl:4.*malformed JSON/)
    expect(first.stderr).toMatch(/gone: HTTP 404/)
    expect(first.code).toBe(3)
    expect(first.stdout).toMatch(/Stored 7 new articles/)
    expect(first.stdout).toMatch(/holds 7 articles in 6 stories/)

    const again = await run(ingestCommand, ['pages', 'archive.jsonl', 'feeds.txt', '--db', 'corpus.db'])
    expect(again.stdout).toMatch(/Stored 0 new articles and 0 revisions; 7 already stored/)
  })

  it('lists stories largest first and finds articles with their story ids', async () => {
    const stories = await run(storiesCommand, ['--db', 'corpus.db', '--json'])
    const list = JSON.parse(stories.stdout) as { id: number; size: number; title?: string }[]
    expect(list[0]).toMatchObject({ size: 2, title: coffee!.title })
    expect(list.slice(1).every((story) => story.size === 1)).toBe(true)

    const search = await run(searchCommand, ['robusta', '--db', 'corpus.db', '--json'])
    const hits = JSON.parse(search.stdout) as { storyId: number; articleId: string }[]
    expect(hits.map((hit) => hit.articleId).sort()).toEqual(['coffee', 'coffee-copy'])
    expect(new Set(hits.map((hit) => hit.storyId))).toEqual(new Set([list[0]!.id]))

    const table = await run(storiesCommand, ['--db', 'corpus.db', '--since', '2025-10-01'])
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+articles\s+published\s+title/)
    expect(await run(searchCommand, ['zeppelin', '--db', 'corpus.db'])).toMatchObject({ code: 1, stdout: 'Nothing matches "zeppelin".\n' })
  })

  it('analyses a story, keeps the analysis, and recomputes it once the story changes', async () => {
    const list = JSON.parse((await run(storiesCommand, ['--db', 'corpus.db', '--json'])).stdout) as { id: number }[]
    const storyId = String(list[0]!.id)
    const first = await run(storyCommand, [storyId, '--db', 'corpus.db', '--format', 'json'])
    expect(first.code, first.stderr).toBe(0)
    expect((JSON.parse(first.stdout) as { articles: unknown[] }).articles).toHaveLength(2)
    expect((await run(storyCommand, [storyId, '--db', 'corpus.db', '--format', 'json'])).stdout).toBe(first.stdout)

    writeFileSync(path.join(folder, 'pages', 'coffee-third.txt'), `${coffee!.title}\n\n${coffee!.text.replace('Tuesday', 'Wednesday')}`)
    await run(ingestCommand, ['pages', '--db', 'corpus.db'])
    const after = await run(storyCommand, [storyId, '--db', 'corpus.db', '--format', 'json'])
    expect((JSON.parse(after.stdout) as { articles: unknown[] }).articles).toHaveLength(3)
    expect(await run(storyCommand, ['999', '--db', 'corpus.db'])).toMatchObject({ code: 2 })
  })

  it('refuses to read a corpus that does not exist instead of creating an empty one', async () => {
    await expect(run(storiesCommand, ['--db', 'missing.db'])).rejects.toThrow(/no corpus at missing\.db/)
  })
})
