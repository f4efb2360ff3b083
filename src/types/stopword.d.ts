// stopword ships no type declarations; we only use its English list.
declare module 'stopword' {
  export const eng: readonly string[]
}
