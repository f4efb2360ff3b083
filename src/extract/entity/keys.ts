/** Lower case, accents and punctuation dropped, single spaces: "Nguyễn Thế Phương" → "nguyen the phuong". */
export function entityKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/gu, 'd')
    .replace(/['’]/gu, '')
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A person's key also drops initials: "Vladimir V. Putin" and "Vladimir Putin" are one person, so are "JK Rowling" and "J.K. Rowling". */
export function personKey(name: string): string {
  const initials = /^\p{Lu}{2}\s+\S/u.test(name) ? name.replace(/^\p{Lu}{2}\s+/u, '') : name
  return entityKey(initials).split(' ').filter((part) => part.length > 1).join(' ')
}

/** A designator's key joins letters and number with one hyphen: "Su 35", "SU-35" → "su-35". */
export function designatorKey(name: string): string {
  return entityKey(name).replace(/^([\p{L}]+) (?=\p{N})/u, '$1-')
}
