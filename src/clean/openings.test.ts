import { describe, expect, it } from 'vitest'
import { mayOpenWith } from './openings.js'

describe('mayOpenWith', () => {
  const words = ['related', 'read', 'à', 'e-mail', 'copy link']

  it('keeps lines that open with a word, in any case', () => {
    for (const text of ['Related posts', 'READ MORE: x', 'À lire aussi', 'E-MAIL', 'Copy Link', 'read']) expect(mayOpenWith(text, words), text).toBe(true)
  })

  it('rejects lines that cannot open with one', () => {
    for (const text of ['The council voted.', 'Rel', 'A lire aussi', '', 'copy', 'e mail']) expect(mayOpenWith(text, words), text).toBe(false)
  })

  it('keeps a line whose opening a character beyond ASCII leaves open, since /iu may fold it', () => {
    // U+017F LATIN SMALL LETTER LONG S folds to "s" under /iu.
    expect(/^share/iu.test('ſhare')).toBe(true)
    expect(mayOpenWith('ſhare this', ['share'])).toBe(true)
    expect(mayOpenWith('Rxaſon', ['read'])).toBe(false)
  })
})
