/** A bounded min-heap of (story, sim): keeps the `limit` best, ties to the lower id rank. */
export class MinHeap {
  private readonly docs: Int32Array;
  private readonly sims: Float64Array;
  private length = 0;
  constructor(
    private readonly limit: number,
    private readonly idRank: Int32Array,
  ) {
    this.docs = new Int32Array(limit);
    this.sims = new Float64Array(limit);
  }
  clear(): void {
    this.length = 0;
  }
  /** A sim below this cannot enter: the worst kept sim once full, else -Infinity. */
  floor(): number {
    return this.length < this.limit ? -Infinity : this.sims[0]!;
  }
  /** Whether entry a is worse than entry b (lower sim, or equal sim and later id). */
  private worse(a: number, b: number): boolean {
    const d = this.sims[a]! - this.sims[b]!;
    return d < 0 || (d === 0 && this.idRank[this.docs[a]!]! > this.idRank[this.docs[b]!]!);
  }
  offer(doc: number, sim: number): void {
    if (this.length < this.limit) {
      this.docs[this.length] = doc;
      this.sims[this.length] = sim;
      this.up(this.length++);
      return;
    }
    const top = this.sims[0]!;
    if (sim < top || (sim === top && this.idRank[doc]! > this.idRank[this.docs[0]!]!)) return;
    this.docs[0] = doc;
    this.sims[0] = sim;
    this.down(0);
  }
  /** Writes the entries best first at `at`, empties the heap, returns how many. */
  drainInto(docs: Int32Array, sims: Float32Array, at: number): number {
    const total = this.length;
    for (let i = total - 1; i >= 0; i--) {
      docs[at + i] = this.docs[0]!;
      sims[at + i] = this.sims[0]!;
      this.swap(0, --this.length);
      this.down(0);
    }
    return total;
  }
  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }
  private down(i: number): void {
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < this.length && this.worse(l, m)) m = l;
      if (r < this.length && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b]!, this.docs[a]!];
    [this.sims[a], this.sims[b]] = [this.sims[b]!, this.sims[a]!];
  }
}
