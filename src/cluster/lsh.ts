import { mix32, SIGNATURE_SIZE } from './minhash.js'

/**
 * LSH banding over MinHash signatures: documents whose signatures agree on every row of at least
 * one band become candidates. Candidate probability is 1 - (1 - J^rows)^bands; with 32 bands of
 * 3 rows a pair with Jaccard 0.5 is found 98.6 % of the time, 0.45 → 95 %, 0.2 → 23 %, so rewrites
 * with 5-20 % of words edited are found (bands of 8+ rows, tuned for 0.8, miss nearly all of them).
 * More bands find a little more and cost a memory access each per document. Candidates are then
 * verified on the whole signature.
 *
 * The buckets live in typed arrays (an open-addressing table of bucket heads and one "next" link
 * per document and band) because a Map of arrays costs ~100 bytes an entry: 4 million entries for
 * 100,000 documents would not fit the memory budget.
 */
export interface LshOptions {
  readonly bands?: number
  readonly rows?: number
}

export const defaultLshOptions = { bands: 32, rows: 3 } as const

const ROW_MULTIPLIERS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, row) => (Math.imul(row + 1, 0x9e3779b1) | 1) >>> 0)

export class LshIndex {
  readonly bands: number
  readonly rows: number
  private tableKeys: Uint32Array
  private tableHeads: Int32Array
  private tableMask: number
  private tableUsed = 0
  private next: Int32Array
  private documents = 0
  private seen: Uint32Array = new Uint32Array(0)
  private queryStamp = 0

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? defaultLshOptions.bands
    this.rows = options.rows ?? defaultLshOptions.rows
    if (this.bands * this.rows > SIGNATURE_SIZE) throw new RangeError(`LSH needs bands × rows <= ${SIGNATURE_SIZE}`)
    this.tableKeys = new Uint32Array(1 << 16)
    this.tableHeads = new Int32Array(1 << 16).fill(-1)
    this.tableMask = (1 << 16) - 1
    this.next = new Int32Array(1024 * this.bands)
    this.keys = new Uint32Array(this.bands)
  }

  get size(): number {
    return this.documents
  }

  private readonly keys: Uint32Array

  /** One key per band: the band's rows combined with distinct odd multipliers and avalanched once. */
  private computeKeys(signature: Uint32Array): Uint32Array {
    const keys = this.keys
    const rows = this.rows
    for (let band = 0; band < this.bands; band++) {
      const start = band * rows
      let hash = Math.imul(band + 1, 0x27d4eb2f)
      for (let row = 0; row < rows; row++) hash = (hash + Math.imul(signature[start + row]!, ROW_MULTIPLIERS[row]!)) | 0
      keys[band] = mix32(hash)
    }
    return keys
  }

  private slot(key: number): number {
    let slot = key & this.tableMask
    while (this.tableHeads[slot] !== -1 && this.tableKeys[slot] !== key) slot = (slot + 1) & this.tableMask
    return slot
  }

  private growTable(): void {
    const oldKeys = this.tableKeys
    const oldHeads = this.tableHeads
    const capacity = oldKeys.length * 2
    this.tableKeys = new Uint32Array(capacity)
    this.tableHeads = new Int32Array(capacity).fill(-1)
    this.tableMask = capacity - 1
    for (let slot = 0; slot < oldKeys.length; slot++) {
      if (oldHeads[slot] === -1) continue
      const target = this.slot(oldKeys[slot]!)
      this.tableKeys[target] = oldKeys[slot]!
      this.tableHeads[target] = oldHeads[slot]!
    }
  }

  /** Adds a document; returns its index (0, 1, 2, … in insertion order). */
  add(signature: Uint32Array): number {
    return this.insert(this.computeKeys(signature))
  }

  /** Indices of documents sharing at least one band with the signature, each once. */
  query(signature: Uint32Array): number[] {
    return this.lookup(this.computeKeys(signature))
  }

  /** `query` then `add`, hashing the bands once: the streaming case. */
  queryAndAdd(signature: Uint32Array): number[] {
    const keys = this.computeKeys(signature)
    const candidates = this.lookup(keys)
    this.insert(keys)
    return candidates
  }

  private insert(keys: Uint32Array): number {
    const document = this.documents++
    if (this.documents * this.bands > this.next.length) {
      const grown = new Int32Array(this.next.length * 2)
      grown.set(this.next)
      this.next = grown
    }
    for (let band = 0; band < this.bands; band++) {
      if ((this.tableUsed + 1) * 2 > this.tableKeys.length) this.growTable()
      const key = keys[band]!
      const slot = this.slot(key)
      const entry = document * this.bands + band
      if (this.tableHeads[slot] === -1) {
        this.tableKeys[slot] = key
        this.tableUsed++
      }
      this.next[entry] = this.tableHeads[slot]!
      this.tableHeads[slot] = entry
    }
    return document
  }

  private lookup(keys: Uint32Array): number[] {
    if (this.seen.length < this.documents) {
      this.seen = new Uint32Array(Math.max(1024, this.documents * 2))
      this.queryStamp = 0
    }
    this.queryStamp++
    const stamp = this.queryStamp
    const candidates: number[] = []
    for (let band = 0; band < this.bands; band++) {
      const key = keys[band]!
      let slot = key & this.tableMask
      while (this.tableHeads[slot] !== -1 && this.tableKeys[slot] !== key) slot = (slot + 1) & this.tableMask
      for (let entry = this.tableHeads[slot]!; entry !== -1; entry = this.next[entry]!) {
        const document = (entry / this.bands) | 0
        if (this.seen[document] === stamp) continue
        this.seen[document] = stamp
        candidates.push(document)
      }
    }
    return candidates
  }
}
