/** Structural equality of plain JSON-like values (NaN equals NaN; `undefined` map entries count as absent). */
export declare function deepEqual(a: unknown, b: unknown): boolean;
/**
 * For each new item, the index of the old item it continues, or -1 for a new one. Named mappings
 * match by name; then equal values match (at the same index first); then what is left matches by position if of the same kind
 * (and not two mappings with different names).
 */
export declare function matchItems(olds: readonly unknown[], news: readonly unknown[]): number[];
