/**
 * Random template data shaped like decoded JSON (what Go's encoding/json gives a template):
 * maps with identifier-like keys, lists, strings, float64 numbers, booleans and null.
 */
import type { Random } from '../../support/random.js';

/** Map keys; identifiers so templates can reach them as `.key`, plus a few only `index` can. */
export const KEY_POOL = [
  'a',
  'b',
  'name',
  'Items',
  'x1',
  'list',
  'meta',
  'on',
  'count',
  'k_v',
  'Z',
] as const;
const ODD_KEYS = ['with space', 'dash-key', '1', ''] as const;

/** Strings that exercise escaping, unicode, numbers-as-text and emptiness. */
export const STRING_POOL = [
  '',
  'x',
  'hello',
  'Hello World',
  'a,b,c',
  '<b>&"q"',
  'tab\there',
  'line\nbreak',
  'héllo',
  '日本',
  '42',
  '1.5',
  'true',
  ' pad ',
] as const;

/**
 * float64 values around fmt's formatting thresholds (1e+06, 1e-05). All small enough that
 * sprig's int64 arithmetic on two of them stays below 2^53, where the value model's integers
 * are exact; and nothing beyond int64, whose conversion to an integer differs between amd64
 * and arm64 Go. The corpus covers the formatting of larger numbers instead.
 */
export const NUMBER_POOL = [
  0, 1, -1, 2, 3, 2.5, -0.5, 42, 1000000, 12345678, 4.5e7, 0.1, 0.0001, 0.00001, 1e-7, 7.0,
] as const;

/** A random JSON value, at most `depth` levels of nesting deep. */
export function generateValue(rnd: Random, depth: number): unknown {
  const kinds =
    depth > 0
      ? ['string', 'number', 'bool', 'null', 'list', 'map', 'map']
      : ['string', 'number', 'bool', 'null'];
  const makers: Record<string, () => unknown> = {
    string: () => rnd.pick(STRING_POOL),
    number: () => rnd.pick(NUMBER_POOL),
    bool: () => rnd.chance(0.5),
    null: () => null,
    list: () => Array.from({ length: rnd.below(5) }, () => generateValue(rnd, depth - 1)),
    map: () => generateMap(rnd, depth - 1, rnd.below(5)),
  };
  return makers[rnd.pick(kinds)]();
}

/** A random map with up to `size` keys. */
export function generateMap(rnd: Random, depth: number, size: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) {
    const key = rnd.chance(0.08) ? rnd.pick(ODD_KEYS) : rnd.pick(KEY_POOL);
    out[key] = generateValue(rnd, depth);
  }
  return out;
}

/** Root data: always a map, so field paths have something to reach. */
export function generateData(rnd: Random): Record<string, unknown> {
  return generateMap(rnd, 3, rnd.between(3, 7));
}

/** A field path from a value, with the value it reaches. */
export interface FieldPath {
  path: readonly string[];
  value: unknown;
}

/** Every field path (through maps only, identifier keys only) below a value. */
export function collectPaths(value: unknown, prefix: readonly string[] = []): FieldPath[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const out: FieldPath[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) continue;
    const path = [...prefix, key];
    out.push({ path, value: child }, ...collectPaths(child, path));
  }
  return out;
}
