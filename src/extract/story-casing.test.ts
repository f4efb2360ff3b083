import { describe, expect, it } from 'vitest'
import { recaseNames } from './recase.js'
import { casingOf } from './story-casing.js'

const cased = [
  'Members of the parliament in Holyrood heard that Guiseley and the SNP disagreed.',
  'Voters may change their minds, Theresa May said. The UK government said nothing.',
].join('\n')

describe('casingOf', () => {
  it('records how words are written inside sentences, not at their start', () => {
    const casing = casingOf([cased])
    expect(casing.get('parliament')).toBe('lower')
    expect(casing.get('guiseley')).toBe('capital')
    expect(casing.get('snp')).toBe('upper')
    expect(casing.has('members')).toBe(false)
  })

  it('leaves out words written more than one way', () => {
    expect(casingOf([cased]).has('may')).toBe(false)
  })
})

describe('recaseNames with a story casing', () => {
  it('follows the story: names it writes capitalised, common nouns it writes in lower case', () => {
    const text = 'the snp and guiseley fans spoke to the parliament about the uk\'s plans.'
    const recased = recaseNames(text, casingOf([cased]))
    expect(recased).toHaveLength(text.length)
    expect(recased).toContain('SNP')
    expect(recased).toContain('Guiseley')
    expect(recased).toContain('the parliament')
    expect(recased).toContain("UK's")
  })
})
