import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Nothing lost, nothing twice: an ingest killed with SIGKILL at several moments and then run
 * again ends with every article stored exactly once.
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const runner = path.join(repoRoot, 'test/store/run-command.ts')
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs')
const ARTICLES = 3000

const places = ['Arden', 'Belmarsh', 'Corvale', 'Dunmere', 'Eskby', 'Farrow', 'Glenholt', 'Harwick', 'Ilsby', 'Jarrow']
const subjects = ['council', 'port authority', 'water board', 'school district', 'transit agency', 'hospital trust', 'museum', 'police service']
const actions = ['approved', 'delayed', 'cancelled', 'reviewed', 'expanded', 'funded', 'questioned', 'defended']
const objects = ['a new ferry terminal', 'the bridge repairs', 'a tram extension', 'the flood barrier', 'a library branch', 'solar panels on schools', 'the night bus routes']

function article(index: number): string {
  // Every article differs by its numbers and by its combination of places, bodies and plans.
  const pick = <T>(list: readonly T[], salt: number): T => list[(index * 7919 + salt * 104729) % list.length]!
  const sentences = Array.from({ length: 6 }, (_, sentence) =>
    `The ${pick(subjects, sentence)} of ${pick(places, sentence + 3)} ${pick(actions, sentence + 5)} ${pick(objects, sentence + 11)} at a cost of ${index * 13 + sentence} thousand pounds, officials said on day ${(index % 28) + 1}.`,
  )
  return JSON.stringify({ id: `generated-${index}`, title: `Report ${index} from ${pick(places, 1)}`, published: '2025-10-01', language: 'en', text: sentences.join(' ') })
}

const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-crash-'))
const corpus = path.join(folder, 'corpus.jsonl')
const database = path.join(folder, 'corpus.db')
writeFileSync(corpus, Array.from({ length: ARTICLES }, (_, index) => article(index)).join('\n') + '\n')

afterAll(() => rmSync(folder, { recursive: true, force: true }))

function startIngest(): ChildProcess {
  return spawn(process.execPath, ['--import', tsx, runner, 'ingest', corpus, '--db', database, '--batch', '50'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] })
}

function storedCount(): number {
  try {
    const db = new Database(database, { readonly: true, fileMustExist: true })
    try {
      return (db.prepare('SELECT count(*) FROM articles').pluck().get() as number) ?? 0
    } finally {
      db.close()
    }
  } catch {
    return 0 // not created yet, or the schema is being created
  }
}

/** Starts an ingest and kills it with SIGKILL once at least `after` articles are committed. */
async function ingestAndKill(after: number): Promise<number> {
  const child = startIngest()
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  let finished = false
  void exited.then(() => (finished = true))
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (finished) return storedCount()
    if (storedCount() >= after) break
  }
  child.kill('SIGKILL')
  await exited
  return storedCount()
}

describe('ingest killed with SIGKILL', () => {
  it('ends with every article stored exactly once after running the same command again', async () => {
    const seen: number[] = []
    for (const after of [1, 700, 1500, 2400]) seen.push(await ingestAndKill(after))
    // The kills landed mid-way, not after the end.
    expect(seen.filter((count) => count > 0 && count < ARTICLES).length).toBeGreaterThanOrEqual(3)

    const child = startIngest()
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code, output).toBe(0)

    const db = new Database(database, { readonly: true })
    try {
      const total = db.prepare('SELECT count(*) FROM articles').pluck().get()
      const distinct = db.prepare('SELECT count(DISTINCT article_id) FROM articles').pluck().get()
      const twice = db.prepare('SELECT article_id FROM articles GROUP BY identity HAVING count(*) > 1').pluck().all()
      // Rows of the index itself (counting articles_fts would count its content table, the articles).
      const indexed = db.prepare('SELECT count(*) FROM articles_fts_docsize').pluck().get()
      const sketched = db.prepare('SELECT count(*) FROM sketches').pluck().get()
      const orphans = db.prepare('SELECT count(*) FROM articles a LEFT JOIN stories s ON s.id = a.story_id WHERE s.id IS NULL').pluck().get()
      const storySizes = db.prepare('SELECT sum(size) FROM stories').pluck().get()
      expect({ total, distinct, twice, indexed, sketched, orphans, storySizes }).toEqual({
        total: ARTICLES,
        distinct: ARTICLES,
        twice: [],
        indexed: ARTICLES,
        sketched: ARTICLES,
        orphans: 0,
        storySizes: ARTICLES,
      })
    } finally {
      db.close()
    }
  }, 180_000)
})
