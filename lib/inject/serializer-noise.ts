/**
 * Go's serializer leaves marks of its struct types on every object it writes back:
 * `creationTimestamp: null`, and empty `status`, `strategy` and `resources`. They mean
 * nothing to Kubernetes (the same reading as the key being absent), so kinject keeps the
 * round trip's real effects (quantities, zero values that matter) but does not add these
 * to what the user wrote.
 */

/** Keys whose empty-mapping value is only a serializer artifact. */
const EMPTY_WHEN_NOISE: ReadonlySet<string> = new Set(['status', 'strategy', 'resources']);

const isNoise = (key: string, v: unknown): boolean =>
  (key === 'creationTimestamp' && v === null) ||
  (EMPTY_WHEN_NOISE.has(key) && isJsonMap(v) && Object.keys(v).length === 0);

/**
 * `written` without the artifacts that `original` did not have. List items are matched by
 * `name` where both sides have one, else by position.
 */
export function dropSerializerNoise(original: unknown, written: unknown): unknown {
  if (Array.isArray(written)) {
    const before = Array.isArray(original) ? original : [];
    return written.map((item, i) => dropSerializerNoise(counterpart(before, item, i), item));
  }
  if (!isJsonMap(written)) return written;
  const before: JsonMap = isJsonMap(original) ? original : {};
  const out: JsonMap = {};
  for (const [key, v] of Object.entries(written)) {
    if (isNoise(key, v) && !Object.prototype.hasOwnProperty.call(before, key)) continue;
    out[key] = dropSerializerNoise(before[key], v);
  }
  return out;
}

/** The item of `before` that `item` (at index `i` of the new list) came from, if any. */
function counterpart(before: readonly unknown[], item: unknown, i: number): unknown {
  const name = isJsonMap(item) ? item.name : undefined;
  if (typeof name === 'string') return before.find((b) => isJsonMap(b) && b.name === name);
  return before[i];
}
import { isJsonMap, type JsonMap } from '../go/json-map.js';
