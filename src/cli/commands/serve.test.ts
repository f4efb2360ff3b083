import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const bin = fileURLToPath(new URL('../../../bin/corroborate.js', import.meta.url))
const built = existsSync(new URL('../../../dist/cli/commands/serve.js', import.meta.url)) && existsSync(new URL('../../../dist/web/app.js', import.meta.url))
if (!built) console.warn('skipping serve CLI tests: run "npm run build" first (the CLI runs from dist/)')

const children: ChildProcess[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill()
})

/** Starts `corroborate serve` as a user would and waits for the line with its address. */
function startServe(args: readonly string[]): Promise<{ url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const url = /http:\/\/\S+\//.exec(stdout)?.[0]
      if (url !== undefined) resolve({ url, stderr: () => stderr })
    })
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
  })
}

describe.skipIf(!built)('corroborate serve', () => {
  it('serves the named files on loopback, and nothing else from disk', async () => {
    const { url } = await startServe(['examples/harbour-bridge', '--port', '0'])
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await (await fetch(url)).text()
    expect(page.includes('The Northern Ledger')).toBe(true)
    expect(page.includes('id="corroborate-config"')).toBe(true)
    for (const path of ['package.json', 'examples/harbour-bridge/EXPECTED.md', '..%2Fpackage.json']) {
      expect((await fetch(`${url}${path}`)).status).toBe(404)
    }
    const response = await fetch(`${url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: 'The council approved 12 new routes on Monday.' }] }) })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { articles: unknown[] }).articles).toHaveLength(1)
  })

  it('warns when asked to listen beyond loopback', async () => {
    const { stderr } = await startServe(['--port', '0', '--host', '0.0.0.0'])
    expect(stderr()).toContain('warning: listening on 0.0.0.0, not on loopback')
  })

  it('refuses a port that is not one', () => {
    const run = spawnSync(process.execPath, [bin, 'serve', '--port', '70000'], { cwd: repoRoot, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--port must be a whole number from 0 to 65535')
  })
})
