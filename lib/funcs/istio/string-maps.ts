/**
 * Istio's template functions over `map[string]string` (labels, annotations):
 * `isset`, `toJSON`, `omit`, `strdict`, `mergeMaps`, `toJsonMap`.
 */
import { withGoType, type Typed } from '../../go/value.js';
import { marshalJSON } from '../../go/json.js';

/** A Go `map[string]string` (null is a nil map). */
export type StringMap = Readonly<Record<string, string>> | null;

/** A new `map[string]string` value for templates. */
export function newStringMap(
  entries: Iterable<readonly [string, string]> = [],
): Typed<Record<string, string>> {
  return withGoType(Object.fromEntries(entries), 'map[string]string');
}

function entriesOf(m: StringMap): [string, string][] {
  return m === null ? [] : Object.entries(m);
}

/** `isset m key`: whether the key is present (an empty value counts). */
export function isset(m: StringMap, key: string): boolean {
  return m !== null && Object.prototype.hasOwnProperty.call(m, key);
}

/** `toJSON m`: the map as JSON; `{}` for a nil map. */
export function stringMapToJSON(m: StringMap): string {
  return m === null ? '{}' : marshalJSON(m);
}

/** `omit dict keys…`: a copy without the given keys. */
export function omit(dict: StringMap, ...keys: string[]): Typed<Record<string, string>> {
  const drop = new Set(keys);
  return newStringMap(entriesOf(dict).filter(([k]) => !drop.has(k)));
}

/** `strdict k1 v1 k2 v2 …`: a map[string]string; a key without a value maps to "". */
export function strdict(...v: string[]): Typed<Record<string, string>> {
  const pairs: [string, string][] = [];
  for (let i = 0; i < v.length; i += 2) pairs.push([v[i] ?? '', v[i + 1] ?? '']);
  return newStringMap(pairs);
}

/**
 * Go's mergeMaps: later maps win; with no maps at all the result is a nil map (`null`).
 */
function merge(maps: readonly StringMap[]): Typed<Record<string, string>> | null {
  if (maps.length === 0) return null;
  return newStringMap(maps.flatMap(entriesOf));
}

/**
 * `mergeMaps m1 m2 …` for templates. With no arguments Go returns a nil map, which prints
 * and tests like an empty one; an empty map stands in for it.
 */
export function mergeMaps(...maps: StringMap[]): Typed<Record<string, string>> {
  return merge(maps) ?? newStringMap();
}

/** `toJsonMap m1 m2 …`: the merged maps as JSON (`null` when given none). */
export function toJsonMap(...maps: StringMap[]): string {
  return marshalJSON(merge(maps));
}
