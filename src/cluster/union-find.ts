/** Disjoint sets over 0..n-1 with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly size: Int32Array

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, index) => index)
    this.size = new Int32Array(count).fill(1)
  }

  find(element: number): number {
    let node = element
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node]!]!
      this.parent[node] = grandparent
      node = grandparent
    }
    return node
  }

  union(a: number, b: number): void {
    let rootA = this.find(a)
    let rootB = this.find(b)
    if (rootA === rootB) return
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA]
    this.parent[rootB] = rootA
    this.size[rootA]! += this.size[rootB]!
  }

  /** The sets as lists of elements, each list in ascending order, lists ordered by their first element. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>()
    for (let element = 0; element < this.parent.length; element++) {
      const root = this.find(element)
      const group = byRoot.get(root)
      if (group === undefined) byRoot.set(root, [element])
      else group.push(element)
    }
    return [...byRoot.values()]
  }
}
