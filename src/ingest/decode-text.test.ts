import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text.js'

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0))

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'café' })
  })

  it('reads UTF-16 with a byte-order mark instead of calling it binary', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x63, 0x00, 0xe9, 0x00]))).toEqual({ text: 'cé' })
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x63, 0x00, 0xe9]))).toEqual({ text: 'cé' })
  })

  it('calls NUL bytes binary and refuses malformed UTF-8', () => {
    expect(decodeText(new Uint8Array([0x47, 0x49, 0x46, 0x00]))).toEqual({ problem: 'binary' })
    expect(decodeText(latin1('caf\u00e9 au lait'))).toEqual({ problem: 'invalid-utf8' })
  })

  it('uses the charset an HTML page or XML feed declares', () => {
    expect(decodeText(latin1('<html><head><meta charset="windows-1252"></head><body>caf\u00e9</body></html>'))).toEqual({
      text: '<html><head><meta charset="windows-1252"></head><body>café</body></html>',
    })
    expect(decodeText(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf\u00e9</rss>'))).toEqual({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><rss>café</rss>' })
  })
})
