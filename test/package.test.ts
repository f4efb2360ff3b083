import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from './cli/run-cli.js'

// Pins the public API surface: adding or removing an export must be a deliberate change here.
describe('package', () => {
  const temporary: string[] = []
  afterAll(() => {
    for (const folder of temporary) rmSync(folder, { recursive: true, force: true })
  })

  it('exports exactly the public API from the build', async () => {
    const api = await import(path.join(repoRoot, 'dist/index.js'))
    expect(Object.keys(api).sort()).toEqual([
      'CorroborateError',
      'InputError',
      'UsageError',
      'analyze',
      'analyzeFiles',
      'createApp',
      'renderHtml',
      'renderJson',
      'renderMarkdown',
      'renderTerminal',
      'validateResult',
    ])
  })

  it('can be imported by name from another folder that installs it by path', () => {
    const consumer = mkdtempSync(path.join(tmpdir(), 'corroborate-consumer-'))
    temporary.push(consumer)
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', repoRoot], { cwd: consumer, stdio: 'pipe' })
    writeFileSync(
      path.join(consumer, 'check.mjs'),
      [
        "import { analyze } from 'corroborate'",
        "const result = await analyze([",
        "  { id: 'a', text: 'The council approved a budget of $12 million on Monday, officials said.', published: '2025-03-04' },",
        "  { id: 'b', text: 'The council approved a budget of $15 million on Monday, officials said.' },",
        "], { origin: 'a' })",
        'console.log(JSON.stringify({ version: result.version, articles: result.articles.length, origin: result.stories[0].origin }))',
      ].join('\n'),
    )
    const output = execFileSync(process.execPath, ['check.mjs'], { cwd: consumer, encoding: 'utf8' })
    expect(JSON.parse(output)).toEqual({ version: 1, articles: 2, origin: 'a' })
  })
})
