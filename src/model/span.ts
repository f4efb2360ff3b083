/** A half-open character range [start, end) in UTF-16 code units, as JavaScript strings count. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the text it covers, as reported in findings. */
export interface TextSpan extends Span {
  readonly text: string
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end }
}

/** One string for a span of one article: a map key for claims and evidence. */
export function spanKey(article: string, span: Span): string {
  return `${article}\u0000${span.start}\u0000${span.end}`
}
