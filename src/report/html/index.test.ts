import { expect, it } from 'vitest'

it('exports the HTML renderer and its escaping helpers', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['escapeHtml', 'jsonForHtml', 'renderHtml', 'reportContentSecurityPolicy'])
})
