/**
 * Random template data shaped like decoded JSON (what Go's encoding/json gives a template):
 * maps with identifier-like keys, lists, strings, float64 numbers, booleans and null.
 */
import type { Random } from './prng.js';
/** Map keys; identifiers so templates can reach them as `.key`, plus a few only `index` can. */
export declare const KEY_POOL: readonly ["a", "b", "name", "Items", "x1", "list", "meta", "on", "count", "k_v", "Z"];
/** Strings that exercise escaping, unicode, numbers-as-text and emptiness. */
export declare const STRING_POOL: readonly ["", "x", "hello", "Hello World", "a,b,c", "<b>&\"q\"", "tab\there", "line\nbreak", "héllo", "日本", "42", "1.5", "true", " pad "];
/**
 * float64 values around fmt's formatting thresholds (1e+06, 1e-05). All small enough that
 * sprig's int64 arithmetic on two of them stays below 2^53, where the value model's integers
 * are exact; and nothing beyond int64, whose conversion to an integer differs between amd64
 * and arm64 Go. The corpus covers the formatting of larger numbers instead.
 */
export declare const NUMBER_POOL: readonly [0, 1, -1, 2, 3, 2.5, -0.5, 42, 1000000, 12345678, 45000000, 0.1, 0.0001, 0.00001, 1e-7, 7];
/** A random JSON value, at most `depth` levels of nesting deep. */
export declare function generateValue(rnd: Random, depth: number): unknown;
/** A random map with up to `size` keys. */
export declare function generateMap(rnd: Random, depth: number, size: number): Record<string, unknown>;
/** Root data: always a map, so field paths have something to reach. */
export declare function generateData(rnd: Random): Record<string, unknown>;
/** A field path from a value, with the value it reaches. */
export interface FieldPath {
    path: readonly string[];
    value: unknown;
}
/** Every field path (through maps only, identifier keys only) below a value. */
export declare function collectPaths(value: unknown, prefix?: readonly string[]): FieldPath[];
