/**
 * A small seeded pseudo-random generator (mulberry32), so fuzz runs are reproducible from a
 * seed on every machine and Node version.
 */
/** A generator for a 32-bit seed. */
export function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 15), z | 1);
        z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
        return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
    };
    const below = (n) => Math.floor(next() * n);
    return {
        next,
        below,
        between: (lo, hi) => lo + below(hi - lo + 1),
        chance: (p) => next() < p,
        pick: (items) => items[below(items.length)],
    };
}
//# sourceMappingURL=prng.js.map