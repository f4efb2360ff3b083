import { describe, expect, it } from 'vitest'
import type { Finding } from '../model/index.js'
import { fidelity } from './fidelity.js'

const finding = (status: Finding['status'], type: Finding['type'] = 'number'): Finding => ({
  article: 'a', status, type, claim: { text: 'x', start: 0, end: 1 }, support: 0, evidence: [], explanation: '', rule: `${type}/${status}`,
})

describe('fidelity', () => {
  it('is 1 when every fact is supported, or there is nothing to check', () => {
    expect(fidelity([finding('supported'), finding('supported')])).toBe(1)
    expect(fidelity([])).toBe(1)
  })

  it('weighs a conflict more than an unsupported fact', () => {
    const withConflict = fidelity([finding('supported'), finding('supported'), finding('conflict')])
    const withUnsupported = fidelity([finding('supported'), finding('supported'), finding('unsupported')])
    expect(withConflict).toBeLessThan(withUnsupported)
    expect(withUnsupported).toBeLessThan(1)
  })

  it('stays within [0, 1]', () => {
    expect(fidelity([finding('conflict'), finding('conflict')])).toBe(0)
  })
})
