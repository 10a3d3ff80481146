/** Comparing plain values, and pairing up the items of an old and a new sequence. */

/** Structural equality of plain JSON-like values (NaN equals NaN; `undefined` map entries count as absent). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isJsonMap(a) && isJsonMap(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The `name` of a list item that is a mapping with a string name (containers, env, volumes, ports…). */
function nameOf(v: unknown): string | undefined {
  return isJsonMap(v) && typeof v.name === 'string' ? v.name : undefined;
}

/** Whether two values are the same kind of node (mapping, sequence, scalar), so one can be patched into the other. */
function sameKind(a: unknown, b: unknown): boolean {
  const kind = (v: unknown) => (Array.isArray(v) ? 'seq' : isJsonMap(v) ? 'map' : 'scalar');
  return kind(a) === kind(b);
}

/**
 * A short text of a plain value's top levels (`depth` of them: keys sorted, `undefined` entries
 * left out, deeper collections by their size), the same for values that are {@link deepEqual}.
 * Values with the same text are then compared in full: the text only narrows the search.
 */
function fingerprint(v: unknown, depth = 3): string {
  if (Array.isArray(v))
    return depth === 0 ? `[${v.length}]` : `[${v.map((x) => fingerprint(x, depth - 1)).join(',')}]`;
  if (isJsonMap(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined);
    if (depth === 0) return `{${keys.length}}`;
    return `{${keys
      .sort()
      .map((k) => `${JSON.stringify(k)}:${fingerprint(v[k], depth - 1)}`)
      .join(',')}}`;
  }
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : String(v);
  return String(v);
}

/** Old items' indices by a key, ascending, each list read from `at` on (the ones before are taken). */
type Buckets = Map<string, { at: number; indices: number[] }>;

/** The indices of `items` by `key` (items whose key is undefined are left out). */
function bucketsOf(
  items: readonly unknown[],
  key: (v: unknown, i: number) => string | undefined,
): Buckets {
  const buckets: Buckets = new Map();
  items.forEach((v, i) => {
    const k = key(v, i);
    if (k === undefined) return;
    const bucket = buckets.get(k);
    if (bucket) bucket.indices.push(i);
    else buckets.set(k, { at: 0, indices: [i] });
  });
  return buckets;
}

/** The lowest index under `key` not yet `used` (and passing `test`, if given). */
function firstUnused(
  buckets: Buckets,
  key: string,
  used: Uint8Array,
  test?: (j: number) => boolean,
): number | undefined {
  const bucket = buckets.get(key);
  if (!bucket) return undefined;
  while (bucket.at < bucket.indices.length && used[bucket.indices[bucket.at] ?? 0]) bucket.at++;
  for (let k = bucket.at; k < bucket.indices.length; k++) {
    const j = bucket.indices[k] ?? 0;
    if (!used[j] && (test === undefined || test(j))) return j;
  }
  return undefined;
}

/**
 * For each new item, the index of the old item it continues, or -1 for a new one. Named mappings
 * match by name; then equal values match (at the same index first); then what is left matches by position if of the same kind
 * (and not two mappings with different names). Old items are found by name and by value through
 * indexes, so a long sequence (a List of thousands of items) is not searched once per item.
 */
export function matchItems(olds: readonly unknown[], news: readonly unknown[]): number[] {
  const used = new Uint8Array(olds.length);
  const result = news.map(() => -1);
  const take = (i: number, j: number | undefined) => {
    if (j === undefined) return;
    used[j] = 1;
    result[i] = j;
  };
  const byName = bucketsOf(olds, nameOf);
  news.forEach((v, i) => {
    const name = nameOf(v);
    if (name === undefined) return;
    const here = i < olds.length && !used[i] && nameOf(olds[i]) === name;
    take(i, here ? i : firstUnused(byName, name, used));
  });
  // Equal values stay where they are if they can, before they are looked for elsewhere.
  news.forEach((v, i) => {
    if (result[i] < 0 && i < olds.length && !used[i] && deepEqual(olds[i], v)) take(i, i);
  });
  // Only the old items still free are indexed: usually none are, and nothing is built.
  if (result.includes(-1) && used.includes(0)) {
    const byValue = bucketsOf(olds, (v, j) => (used[j] ? undefined : fingerprint(v)));
    news.forEach((v, i) => {
      if (result[i] < 0)
        take(
          i,
          firstUnused(byValue, fingerprint(v), used, (j) => deepEqual(olds[j], v)),
        );
    });
  }
  news.forEach((v, i) => {
    if (result[i] >= 0 || i >= olds.length || used[i]) return;
    const [a, b] = [nameOf(olds[i]), nameOf(v)];
    if (sameKind(olds[i], v) && (a === undefined || b === undefined || a === b)) take(i, i);
  });
  return result;
}
import { isJsonMap } from '../go/json-map.js';
