/** Disjoint sets over 0..size-1 (path halving + union by size). */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, index) => index);
    this.size = new Int32Array(size).fill(1);
  }

  find(item: number): number {
    let current = item;
    while (this.parent[current] !== current) {
      const grandparent = this.parent[this.parent[current] as number] as number;
      this.parent[current] = grandparent;
      current = grandparent;
    }
    return current;
  }

  union(left: number, right: number): void {
    let leftRoot = this.find(left);
    let rightRoot = this.find(right);
    if (leftRoot === rightRoot) return;
    if ((this.size[leftRoot] as number) < (this.size[rightRoot] as number)) [leftRoot, rightRoot] = [rightRoot, leftRoot];
    this.parent[rightRoot] = leftRoot;
    this.size[leftRoot] = (this.size[leftRoot] as number) + (this.size[rightRoot] as number);
  }

  /** Groups of more than one item, each sorted ascending, ordered by their smallest item. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let item = 0; item < this.parent.length; item += 1) {
      const root = this.find(item);
      const group = byRoot.get(root);
      if (group) group.push(item);
      else byRoot.set(root, [item]);
    }
    return [...byRoot.values()].filter((group) => group.length > 1).sort((left, right) => (left[0] as number) - (right[0] as number));
  }
}
