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
  /**
   * Open-addressing table of bucket heads, key and head side by side (`[key, head, key, head, …]`):
   * at 100,000 documents it outgrows the CPU caches, and one probe then costs one cache miss, not two.
   * Heads and links are stored as entry + 1 so that 0 means empty: a new table is the zeroed memory
   * the allocator returns, with no fill pass over it (filling the doubling tables with -1 was a
   * sixth of the stage's time at 100,000 documents).
   */
  private table: Int32Array
  private tableMask: number
  private tableUsed = 0
  private next: Int32Array
  private documents = 0
  private seen: Uint32Array = new Uint32Array(0)
  private queryStamp = 0
  /** Kept (and public) so the loads of the touching loop in `lookup` are not optimised away. */
  touched = 0
  private readonly keys: Int32Array
  /** Table position of each band's key found by the last lookup, reused by the insert that follows. */
  private readonly slots: Int32Array

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? defaultLshOptions.bands
    this.rows = options.rows ?? defaultLshOptions.rows
    if (this.bands * this.rows > SIGNATURE_SIZE) throw new RangeError(`LSH needs bands × rows <= ${SIGNATURE_SIZE}`)
    this.table = emptyTable(1 << 16)
    this.tableMask = (1 << 16) - 1
    this.next = new Int32Array(1024 * this.bands)
    this.keys = new Int32Array(this.bands)
    this.slots = new Int32Array(this.bands)
  }

  get size(): number {
    return this.documents
  }

  /** One key per band: the band's rows combined with distinct odd multipliers and avalanched once. */
  private computeKeys(signature: Uint32Array): Int32Array {
    const keys = this.keys
    const rows = this.rows
    for (let band = 0; band < this.bands; band++) {
      const start = band * rows
      let hash = Math.imul(band + 1, 0x27d4eb2f)
      for (let row = 0; row < rows; row++) hash = (hash + Math.imul(signature[start + row]!, ROW_MULTIPLIERS[row]!)) | 0
      keys[band] = mix32(hash) | 0
    }
    return keys
  }

  /** The slot holding `key`, or the empty slot where it belongs, probing from `slot`. */
  private probe(key: number, slot: number): number {
    const table = this.table
    while (table[2 * slot + 1] !== 0 && table[2 * slot] !== key) slot = (slot + 1) & this.tableMask
    return slot
  }

  /**
   * Makes room for one more document's keys, so slots found by a lookup stay valid for its insert.
   * The table grows at 80 % full, not 50 %: nearly every band key is new (3.1 million distinct of
   * 3.2 million at 100,000 documents), so the table's size is what costs, in cache misses and in
   * fresh pages, far more than the few extra slots a probe scans in the same or the next cache line.
   */
  private reserve(): void {
    const capacity = this.tableMask + 1
    if ((this.tableUsed + this.bands) * 5 <= capacity * 4) return
    const old = this.table
    this.table = emptyTable(capacity * 2)
    this.tableMask = capacity * 2 - 1
    for (let slot = 0; slot < capacity; slot++) {
      const head = old[2 * slot + 1]!
      if (head === 0) continue
      const key = old[2 * slot]!
      const target = this.probe(key, key & this.tableMask)
      this.table[2 * target] = key
      this.table[2 * target + 1] = head
    }
  }

  /** Adds a document; returns its index (0, 1, 2, … in insertion order). */
  add(signature: Uint32Array): number {
    this.reserve()
    const keys = this.computeKeys(signature)
    for (let band = 0; band < this.bands; band++) this.slots[band] = keys[band]! & this.tableMask
    return this.insert(keys)
  }

  /** Indices of documents sharing at least one band with the signature, each once. */
  query(signature: Uint32Array): number[] {
    return this.lookup(this.computeKeys(signature))
  }

  /** `query` then `add`, hashing the bands and probing the table once: the streaming case. */
  queryAndAdd(signature: Uint32Array): number[] {
    this.reserve()
    const keys = this.computeKeys(signature)
    const candidates = this.lookup(keys)
    this.insert(keys)
    return candidates
  }

  private insert(keys: Int32Array): number {
    const document = this.documents++
    if (this.documents * this.bands > this.next.length) {
      const grown = new Int32Array(this.next.length * 2)
      grown.set(this.next)
      this.next = grown
    }
    const table = this.table
    for (let band = 0; band < this.bands; band++) {
      const key = keys[band]!
      // Probing again from the remembered slot: an earlier band of this document may have taken it.
      const slot = this.probe(key, this.slots[band]!)
      const entry = document * this.bands + band + 1
      if (table[2 * slot + 1] === 0) {
        table[2 * slot] = key
        this.tableUsed++
      }
      this.next[entry - 1] = table[2 * slot + 1]!
      table[2 * slot + 1] = entry
    }
    return document
  }

  private lookup(keys: Int32Array): number[] {
    if (this.seen.length < this.documents) {
      this.seen = new Uint32Array(Math.max(1024, this.documents * 2))
      this.queryStamp = 0
    }
    this.queryStamp++
    const stamp = this.queryStamp
    const candidates: number[] = []
    const table = this.table
    // Touch every band's home slot first, in a loop whose loads depend on nothing loaded: the
    // CPU then waits for the bands' cache misses together, not one after the other as the
    // probing loop below would (each probe branches on what it loaded).
    let touched = 0
    for (let band = 0; band < this.bands; band++) touched |= table[2 * (keys[band]! & this.tableMask) + 1]!
    this.touched = touched
    for (let band = 0; band < this.bands; band++) {
      const key = keys[band]!
      const slot = this.probe(key, key & this.tableMask)
      this.slots[band] = slot
      for (let entry = table[2 * slot + 1]!; entry !== 0; entry = this.next[entry - 1]!) {
        const document = ((entry - 1) / this.bands) | 0
        if (this.seen[document] === stamp) continue
        this.seen[document] = stamp
        candidates.push(document)
      }
    }
    return candidates
  }
}

/** A table of empty slots: a head of 0 marks a slot empty whatever its key. */
function emptyTable(slots: number): Int32Array {
  return new Int32Array(2 * slots)
}
