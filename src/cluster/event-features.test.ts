import { describe, expect, it } from 'vitest'
import { kindOf, knownKind } from './event-features.js'

describe('knownKind', () => {
  it('classifies Latin-1 and general punctuation as the Unicode-class patterns do, and leaves other units to them', () => {
    const wrong: number[] = []
    for (let unit = 0; unit < 0x10000; unit++) {
      const known = knownKind(unit)
      if (unit < 0x100 || (unit >= 0x2000 && unit <= 0x206f)) {
        if (known !== kindOf(String.fromCharCode(unit))) wrong.push(unit)
      } else if (known !== 0) wrong.push(unit)
    }
    expect(wrong).toEqual([])
  })
})
