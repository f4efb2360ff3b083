export type * from './model/index.js'
export * from './errors/index.js'
