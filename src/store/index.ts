export type * from './store.js'
export { openStore, type SqliteStoreOptions } from './sqlite-store.js'
export { canonicalUrl, articleIdentity, contentHash } from './identity.js'
