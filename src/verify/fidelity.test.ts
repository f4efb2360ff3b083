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

  it('stays within (0, 1] and falls with every flag', () => {
    const two = fidelity([finding('conflict'), finding('conflict')])
    expect(two).toBeGreaterThan(0)
    expect(two).toBeLessThan(fidelity([finding('conflict'), finding('supported')]))
  })

  it('lets many supported facts dilute one flag, but less than in proportion', () => {
    const short = fidelity([finding('unsupported'), ...Array.from({ length: 3 }, () => finding('supported'))])
    const long = fidelity([finding('unsupported'), ...Array.from({ length: 99 }, () => finding('supported'))])
    expect(long).toBeGreaterThan(short)
    expect(long).toBeLessThan(0.99)
  })
})
