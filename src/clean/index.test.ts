import { expect, it } from 'vitest'

it('pins the public surface of clean', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['detectLanguage', 'normaliseText', 'prepareArticle'])
})
