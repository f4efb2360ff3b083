import { expect, it } from 'vitest'

it('exports the app factory and its constants, and no listener', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['apiPath', 'createApp', 'defaultLimits', 'storiesPath'])
})
