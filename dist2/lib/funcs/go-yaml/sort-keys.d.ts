/**
 * The order gopkg.in/yaml.v2 writes map keys in (its `keyList.Less`) for string keys:
 * letters after non-letters, and runs of digits compared by value, so `a2` < `a10`.
 * The order is not transitive for some keys with zeros before letters (`a0b` < `a1` < `a01`
 * < `a0b`); Go then sorts Go's random map order into varying results, so no single answer
 * exists to match.
 */
/** Compare two map keys the way yaml.v2 sorts them (negative: `a` first). */
export declare function compareYamlKeys(a: string, b: string): number;
