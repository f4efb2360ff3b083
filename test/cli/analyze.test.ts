import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisResult } from '../../src/model/result.js'
import { validateResult } from '../../src/report/validate.js'
import { repoRoot, runCli } from './run-cli.js'

const story = 'examples/harbour-bridge'
const ansi = /\u001b\[/u

describe('corroborate analyze (end to end, through the built CLI)', () => {
  let scratch = ''
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'))
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('prints a JSON result that satisfies the published schema', () => {
    const run = runCli(['analyze', story, '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as AnalysisResult
    expect(validateResult(result)).toEqual({ valid: true })
    expect(result.articles).toHaveLength(5)
    expect(result.stories).toHaveLength(1)
    expect(result.stories[0]?.origin).toBe('01-northern-ledger')
  })

  it('leads the terminal report with the verdict, without colour codes when not a TTY', () => {
    const run = runCli(['analyze', story])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(ansi)
    expect(run.stdout).toContain('01-northern-ledger')
    expect(run.stdout.indexOf('origin')).toBeLessThan(run.stdout.indexOf('conflict'))
  })

  it('colours the terminal report when asked', () => {
    const run = runCli(['analyze', story, '--color'])
    expect(run.stdout).toMatch(ansi)
  })

  it('renders Markdown with the same findings', () => {
    const json = JSON.parse(runCli(['analyze', story, '--format', 'json']).stdout) as AnalysisResult
    const run = runCli(['analyze', story, '--format', 'md'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^# /mu)
    const conflicts = json.findings.filter((finding) => finding.status === 'conflict')
    expect(conflicts.length).toBeGreaterThan(0)
    for (const conflict of conflicts) expect(run.stdout).toContain(conflict.explanation.replace(/([|*_`\\[\]<>])/gu, ''))
  })

  it('exits 1 with --fail-on conflict when a fact was changed, 0 when none was', () => {
    expect(runCli(['analyze', story, '--fail-on', 'conflict', '--format', 'json']).status).toBe(1)
    const faithful = path.join(scratch, 'faithful')
    mkdirSync(faithful)
    copyFileSync(path.join(repoRoot, story, '01-northern-ledger.html'), path.join(faithful, 'a.html'))
    copyFileSync(path.join(repoRoot, story, '02-coastline-wire-excerpt.txt'), path.join(faithful, 'b.txt'))
    expect(runCli(['analyze', faithful, '--fail-on', 'conflict', '--format', 'json']).status).toBe(0)
  })

  it('takes the origin from the user, by file name', () => {
    const run = runCli(['analyze', story, '--origin', `${story}/03-bayside-courier-rewrite.txt`, '--format', 'json'])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as AnalysisResult
    expect(result.stories[0]?.origin).toBe('03-bayside-courier-rewrite')
    expect(result.stories[0]?.why).toMatch(/given|user|origin/iu)
  })

  it('groups a JSONL corpus into stories and analyses each on its own', () => {
    const run = runCli(['analyze', 'examples/corpus.jsonl', '--format', 'json'])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as AnalysisResult
    expect(validateResult(result)).toEqual({ valid: true })
    const groups = result.stories.map((entry) => [...entry.articles].sort().join(' '))
    expect(groups).toContain('fenwick-1 fenwick-2 fenwick-3')
    expect(groups).toContain('carrow-1 carrow-2 carrow-3')
    expect(groups).toContain('solenne-1 solenne-2 solenne-3')
    expect(groups).toContain('chess-open')
    expect(groups).toContain('museum-reopens')
  })

  describe('bad input', () => {
    it('names every bad file, analyses the others and exits 3', () => {
      const folder = path.join(scratch, 'mixed')
      mkdirSync(folder)
      copyFileSync(path.join(repoRoot, story, '01-northern-ledger.html'), path.join(folder, 'original.html'))
      copyFileSync(path.join(repoRoot, story, '02-coastline-wire-excerpt.txt'), path.join(folder, 'excerpt.txt'))
      writeFileSync(path.join(folder, 'empty.txt'), '')
      writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
      writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))
      writeFileSync(path.join(folder, 'nothing.html'), '<html><head><title>x</title></head><body><nav>Home</nav></body></html>')
      writeFileSync(path.join(folder, 'corpus.jsonl'), '{"id":"ok-1","text":"The harbour authority said the bridge will reopen in May."}\n{not json\n')
      const run = runCli(['analyze', folder, path.join(scratch, 'missing.txt'), '--format', 'json'])
      expect(run.status).toBe(3)
      for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'nothing.html', 'missing.txt']) expect(run.stderr).toContain(name)
      expect(run.stderr).toMatch(/corpus\.jsonl:2/u)
      expect(run.stderr).not.toMatch(/\n\s+at /u)
      const result = JSON.parse(run.stdout) as AnalysisResult
      expect(result.articles.map((article) => article.id).sort()).toEqual(['excerpt', 'ok-1', 'original'])
    })

    it('exits 2 with a clear message when nothing can be read', () => {
      const run = runCli(['analyze', path.join(scratch, 'does-not-exist')])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('does-not-exist')
      expect(run.stderr).not.toMatch(/\n\s+at /u)
    })

    it('prints the usage on usage errors', () => {
      for (const args of [['analyze'], ['analyze', story, '--format', 'pdf'], ['analyze', story, '--frobnicate'], ['frobnicate']]) {
        const run = runCli(args)
        expect(run.status, args.join(' ')).toBe(2)
        expect(run.stderr, args.join(' ')).toMatch(/Usage: corroborate/u)
      }
      const unknownOrigin = runCli(['analyze', story, '--origin', 'nobody'])
      expect(unknownOrigin.status).toBe(2)
      expect(unknownOrigin.stderr).toContain('nobody')
    })

    it('answers --help and --version', () => {
      expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u)
      const help = runCli(['analyze', '--help'])
      expect(help.status).toBe(0)
      expect(help.stdout).toContain('--fail-on')
    })
  })
})
