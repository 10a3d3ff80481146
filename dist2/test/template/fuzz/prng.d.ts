/**
 * A small seeded pseudo-random generator (mulberry32), so fuzz runs are reproducible from a
 * seed on every machine and Node version.
 */
/** Random choices drawn from one seeded stream. */
export interface Random {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [0, n). */
    below(n: number): number;
    /** An integer in [lo, hi] inclusive. */
    between(lo: number, hi: number): number;
    /** True with probability p. */
    chance(p: number): boolean;
    /** One element of a non-empty list. */
    pick<T>(items: readonly T[]): T;
}
/** A generator for a 32-bit seed. */
export declare function createRandom(seed: number): Random;
