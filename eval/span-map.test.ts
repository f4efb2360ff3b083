import { describe, expect, it } from 'vitest'
import { mapToInput } from './span-map.js'

describe('mapToInput', () => {
  it('keeps offsets when the cleaner changed nothing', () => {
    expect(mapToInput('a 41 b', 'a 41 b', { text: '41', start: 2, end: 4 })).toEqual({ start: 2, end: 4 })
  })
  it('finds the nearest occurrence of the claim when the cleaned text drifted', () => {
    const input = 'Title\n\n\n12 ships.  Later, 12 more ships.'
    const cleaned = 'Title\n\n12 ships. Later, 12 more ships.'
    const second = cleaned.lastIndexOf('12')
    expect(mapToInput(cleaned, input, { text: '12', start: second, end: second + 2 })).toEqual({ start: input.lastIndexOf('12'), end: input.lastIndexOf('12') + 2 })
  })
  it('matches across changed spacing and case, and gives up when the claim is absent', () => {
    const input = 'the  Harbour Bridge'
    expect(mapToInput('the Harbour Bridge', input, { text: 'harbour bridge', start: 4, end: 18 })).toEqual({ start: 5, end: 19 })
    expect(mapToInput('x', 'y', { text: 'zzz', start: 0, end: 1 })).toBeUndefined()
  })
})
