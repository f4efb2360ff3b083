import { describe, expect, it } from 'vitest'
import { Occupancy } from './occupancy.js'

describe('Occupancy', () => {
  it('reports overlaps with claimed ranges, whatever order they were claimed in', () => {
    const occupied = new Occupancy()
    occupied.claim({ start: 20, end: 30 })
    occupied.claim({ start: 0, end: 5 })
    occupied.claim({ start: 40, end: 41 })
    expect(occupied.overlaps({ start: 5, end: 20 })).toBe(false) // half-open: touching is not overlapping
    expect(occupied.overlaps({ start: 29, end: 35 })).toBe(true)
    expect(occupied.overlaps({ start: 3, end: 4 })).toBe(true)
    expect(occupied.overlaps({ start: 10, end: 50 })).toBe(true)
    expect(occupied.overlaps({ start: 41, end: 60 })).toBe(false)
  })
})
