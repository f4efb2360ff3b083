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
