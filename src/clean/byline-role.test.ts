import { describe, expect, it } from 'vitest'
import { isRoleName } from './04-byline.js'

// The single expression isRoleName stands for (costly to compile: \p{L} with /iu).
const ROLE = /^(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|writer|editor|contributor|columnist|journalist|analyst|bureau chief|staff|desk|team)s?$/iu

const WORDS = [
  'Senior', 'City', 'Hall', 'staff', 'STAFF', 'Staffs', '\u017ftaff', 'des\u212a', 'reporters', 'bureau chief', 'Bureau  Chief', 'chief',
  'writer', 'Sportswriter', 'x\u0345y', '\u0345', '-', 'Jean-Luc', '3', 'the', '\u00e9diteur', 'Editor', 'team', 'teams', 'correspondent',
  'contributors', 'Columnist', 'journalist', 'analyst', 'desk', 'desks', 'Mara', 'Quill', '\u00c9cole', 'A.B.',
]
const SEPARATORS = [' ', '  ', '\t', '', '\u00a0', ', ', '\n']

describe('isRoleName', () => {
  it('answers as the single role expression on names, roles and their near misses', () => {
    let state = 5
    const next = (limit: number) => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
      return (state >>> 8) % limit
    }
    let roles = 0
    for (let run = 0; run < 20_000; run++) {
      let text = WORDS[next(WORDS.length)]!
      for (let words = next(5); words > 0; words--) text += SEPARATORS[next(SEPARATORS.length)]! + WORDS[next(WORDS.length)]!
      const expected = ROLE.test(text)
      if (expected) roles++
      expect(isRoleName(text), JSON.stringify(text)).toBe(expected)
    }
    expect(roles).toBeGreaterThan(1_000)
  })
})
