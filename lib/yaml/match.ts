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
 * For each new item, the index of the old item it continues, or -1 for a new one. Named mappings
 * match by name; then equal values match (at the same index first); then what is left matches by position if of the same kind
 * (and not two mappings with different names).
 */
export function matchItems(olds: readonly unknown[], news: readonly unknown[]): number[] {
  const used = new Set<number>();
  const result = news.map(() => -1);
  const claim = (i: number, test: (j: number) => boolean, prefer = i) => {
    const j =
      prefer < olds.length && !used.has(prefer) && test(prefer)
        ? prefer
        : olds.findIndex((_, k) => !used.has(k) && test(k));
    if (j >= 0) {
      used.add(j);
      result[i] = j;
    }
  };
  news.forEach((v, i) => {
    const name = nameOf(v);
    if (name !== undefined) claim(i, (j) => nameOf(olds[j]) === name);
  });
  // Equal values stay where they are if they can, before they are looked for elsewhere.
  news.forEach(
    (v, i) =>
      result[i] < 0 &&
      i < olds.length &&
      !used.has(i) &&
      deepEqual(olds[i], v) &&
      claim(i, (j) => j === i),
  );
  news.forEach((v, i) => result[i] < 0 && claim(i, (j) => deepEqual(olds[j], v)));
  news.forEach((v, i) => {
    if (result[i] >= 0 || i >= olds.length || used.has(i)) return;
    const [a, b] = [nameOf(olds[i]), nameOf(v)];
    if (sameKind(olds[i], v) && (a === undefined || b === undefined || a === b)) {
      used.add(i);
      result[i] = i;
    }
  });
  return result;
}
import { isJsonMap } from '../go/json-map.js';
