// A small seeded random number generator (sfc32, seeded through splitmix32), so a synthetic graph is a
// pure function of its seed: Math.random cannot be seeded, and the same seed must give the same graph
// on every machine and Node version.

export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  /** stream separates independent sequences of one seed (actors, relations, text). */
  constructor(seed: number, stream = 0) {
    let s = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    // The first outputs of sfc32 still echo the seed; discard them.
    for (let i = 0; i < 12; i++) this.uint32()
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]
  }
}

/** Draws keys in proportion to their weights: a cumulative table and a binary search. */
export class Weighted<K> {
  private readonly keys: K[]
  private readonly cumulative: number[]

  constructor(table: ReadonlyArray<readonly [K, number]>) {
    this.keys = table.map(([k]) => k)
    let sum = 0
    this.cumulative = table.map(([, w]) => (sum += w))
  }

  draw(rng: Rng): K {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1]
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.cumulative[mid] > x) hi = mid
      else lo = mid + 1
    }
    return this.keys[lo]
  }
}
