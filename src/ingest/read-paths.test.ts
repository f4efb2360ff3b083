import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPaths } from './read-paths.js'

const ARTICLE = 'The new pier at Kessel opened to the public on Friday after two years of building work.'

describe('readPaths', () => {
  let root = ''

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'corroborate-read-paths-'))
    const write = async (relative: string, content: string | Uint8Array): Promise<void> => {
      await mkdir(path.dirname(path.join(root, relative)), { recursive: true })
      await writeFile(path.join(root, relative), content)
    }
    await write('story/b.txt', ARTICLE)
    await write('story/a.md', `# Pier\n\n${ARTICLE}`)
    await write('story/nested/c.html', `<html><body><p>${ARTICLE}</p></body></html>`)
    await write('story/.hidden.txt', ARTICLE)
    await write('story/.cache/d.txt', ARTICLE)
    await write('story/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0x00]))
    await write('story/notes.docx', 'not read')
    await write('story/empty.txt', '')
    await write('story/README.md', '# About this folder')
    await write('story/EXPECTED.md', '# What the analysis should find')
    await write('other/b.txt', ARTICLE)
    await write('images/photo.png', new Uint8Array([0x89, 0x50, 0x00]))
    await write('saved-page', `<!doctype html><html><body><p>${ARTICLE}</p></body></html>`)
    await write('corpus.jsonl', `${JSON.stringify({ id: 'x', text: ARTICLE })}\nnot json\n`)
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('reads every supported file of a folder, recursively, sorted; hidden files, READMEs and other extensions skipped', async () => {
    const { inputs, diagnostics } = await readPaths(['story'], { cwd: root })
    expect(inputs.map((input) => input.path)).toEqual([path.join('story', 'a.md'), path.join('story', 'b.txt'), path.join('story', 'nested', 'c.html')])
    expect(inputs.map((input) => input.id)).toEqual(['a', 'b', 'c'])
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'empty', source: path.join('story', 'empty.txt') })])
  })

  it('reads a capitalised documentation file only when it is named', async () => {
    const { inputs } = await readPaths(['story/README.md'], { cwd: root })
    expect(inputs.map((input) => input.id)).toEqual(['README'])
  })

  it('sniffs a named file whose extension says nothing', async () => {
    const { inputs } = await readPaths(['saved-page'], { cwd: root })
    expect(inputs).toEqual([expect.objectContaining({ id: 'saved-page', path: 'saved-page', html: expect.stringContaining(ARTICLE) })])
  })

  it('reports a missing path and a folder with no articles, and still reads the rest', async () => {
    const { inputs, diagnostics } = await readPaths(['nowhere.txt', 'images', 'corpus.jsonl'], { cwd: root })
    expect(inputs.map((input) => input.id)).toEqual(['x'])
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'nowhere.txt: no such file or folder',
      'images: the folder holds no supported files (.txt .md .html .jsonl .json .xml .rss .atom)',
      expect.stringMatching(/^corpus\.jsonl:2: malformed JSON/),
    ])
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['not-found', 'no-articles', 'malformed-json'])
  })

  it('makes ids unique across files, with a warning', async () => {
    const { inputs, diagnostics } = await readPaths(['story/b.txt', 'other/b.txt'], { cwd: root })
    expect(inputs.map((input) => input.id)).toEqual(['b', 'b-2'])
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-id', severity: 'warning', source: path.join('other', 'b.txt') })])
  })

  it('refuses a huge file from its size alone, without reading it', async () => {
    // A sparse 3 GB file: reading it would fail with a different error (Node cannot buffer > 2 GB).
    const huge = path.join(root, 'huge.txt')
    await writeFile(huge, '')
    await truncate(huge, 3 * 1024 * 1024 * 1024)
    const { inputs, diagnostics } = await readPaths(['huge.txt'], { cwd: root })
    expect(inputs).toEqual([])
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'too-large', message: 'huge.txt: the file is 3 GB, over the 20 MB limit' })])
    await rm(huge)
  })

  it('applies a smaller limit when asked', async () => {
    const { diagnostics } = await readPaths(['story/b.txt'], { cwd: root, maxBytes: 10 })
    expect(diagnostics[0]?.code).toBe('too-large')
  })
})
