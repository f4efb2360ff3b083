/** Why bytes could not be read as text, or the text. */
export type Decoded = { readonly text: string } | { readonly problem: 'binary' | 'invalid-utf8' }

/**
 * Bytes as text. UTF-8 by default (strictly: malformed bytes are refused, not replaced by U+FFFD);
 * UTF-16 when a byte-order mark says so; for HTML and XML, the charset the document declares
 * (`<meta charset="windows-1252">`, `<?xml … encoding="ISO-8859-1"?>`), as a browser would.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes)
  if (bytes.includes(0)) return { problem: 'binary' }
  const utf8 = decodeWith('utf-8', bytes)
  if ('text' in utf8) return utf8
  const declared = declaredCharset(bytes)
  return declared === undefined ? utf8 : decodeWith(declared, bytes)
}

function decodeWith(label: string, bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes) }
  } catch {
    return { problem: 'invalid-utf8' }
  }
}

// Declarations sit in the first kilobytes, in ASCII whatever the encoding.
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1]
  if (label === undefined || /^utf-?8$/i.test(label)) return undefined
  try {
    new TextDecoder(label)
    return label
  } catch {
    return undefined
  }
}
