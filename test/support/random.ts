/**
 * A small seeded pseudo-random generator (mulberry32), so the fuzz, property and soak tests
 * are reproducible from a seed on every machine and Node version.
 */

/** Random choices drawn from one seeded stream (plain functions: they may be passed on alone). */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  below: (n: number) => number;
  /** An integer in [lo, hi] inclusive. */
  between: (lo: number, hi: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
}

/** A generator for a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    next,
    below,
    between: (lo, hi) => lo + below(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (items) => items[below(items.length)],
  };
}
