/**
 * Go's serializer leaves marks of its struct types on every object it writes back:
 * `creationTimestamp: null`, and empty `status`, `strategy` and `resources`; it rewrites
 * every resource quantity in canonical form (`cpu: 1000m` becomes `"1"`) and drops keys
 * set to null or left empty (`limits: null`, `tolerations: []`, `value: ""`,
 * `hostNetwork: false`). None of that means anything to Kubernetes (the same value; null
 * and a zero read as absent), and in a GitOps diff it is noise, so kinject keeps the round
 * trip's real effects (zero values that matter) but not these: no marks the user did not
 * write, and the user's own spelling of quantities, nulls and empty values.
 */
import { parseQuantity } from '../k8s/quantity.js';
import { isEmptyMap, isJsonMap, setOwn, type JsonMap } from '../go/json-map.js';

/** Keys whose empty-mapping value is only a serializer artifact. */
const EMPTY_WHEN_NOISE: ReadonlySet<string> = new Set(['status', 'strategy', 'resources']);

const isNoise = (key: string, v: unknown): boolean =>
  v === null ? key === 'creationTimestamp' : EMPTY_WHEN_NOISE.has(key) && isEmptyMap(v);

/**
 * Where the user's `false` and `0` are kept when Go dropped them: everywhere below `true`,
 * else down the keys (for a list, the positions) it names; nowhere for `undefined`.
 */
export type ZeroScope = true | { readonly [keyOrPosition: string]: ZeroScope } | undefined;

/**
 * `written` without the artifacts that `original` did not have, and with `original`'s
 * quantities, nulls and empty collections where the serializer respelled or dropped them,
 * and its `false` and `0` within `zeros`. List items are matched by `name` where both sides
 * have one, else by position.
 */
export function dropSerializerNoise(
  original: unknown,
  written: unknown,
  zeros?: ZeroScope,
): unknown {
  if (Array.isArray(written)) {
    const before = Array.isArray(original) ? original : [];
    return written.map((item, i) =>
      dropSerializerNoise(counterpart(before, item, i), item, within(zeros, i)),
    );
  }
  if (!isJsonMap(written)) return respelledQuantity(original, written) ? original : written;
  const before: JsonMap = isJsonMap(original) ? original : {};
  const out: JsonMap = {};
  for (const key in written) {
    if (!Object.hasOwn(written, key)) continue;
    const v = written[key];
    if (isNoise(key, v) && !Object.hasOwn(before, key)) continue;
    const from = Object.hasOwn(before, key) ? before[key] : undefined;
    setOwn(out, key, dropSerializerNoise(from, v, within(zeros, key)));
  }
  // Go drops a field set to null or left empty (omitempty); the user's stays: it reads the same.
  const restored = Object.keys(before).filter((key) => {
    if (Object.hasOwn(out, key)) return false;
    const v = before[key];
    return isEmpty(v) || (within(zeros, key) === true && (v === false || v === 0));
  });
  return restored.length === 0 ? out : withRestored(out, before, restored);
}

/**
 * `out` with the user's `restored` keys put back where the user had them: each right after
 * the nearest key before it in `before` that `out` has (a text written afresh keeps its order).
 */
function withRestored(out: JsonMap, before: JsonMap, restored: readonly string[]): JsonMap {
  const order = Object.keys(out);
  const userOrder = Object.keys(before);
  for (const key of restored) {
    const earlier = userOrder.slice(0, userOrder.indexOf(key)).reverse();
    const after = earlier.find((k) => order.includes(k));
    order.splice(after === undefined ? 0 : order.indexOf(after) + 1, 0, key);
  }
  const result: JsonMap = {};
  for (const key of order) setOwn(result, key, Object.hasOwn(out, key) ? out[key] : before[key]);
  return result;
}

/** The part of `scope` for the key or list position `at`. */
function within(scope: ZeroScope, at: string | number): ZeroScope {
  if (scope === true || scope === undefined) return scope;
  const key = String(at);
  return Object.hasOwn(scope, key) ? scope[key] : undefined;
}

/**
 * null, "", [] or {}: values Go's `omitempty` drops and Kubernetes reads as the field being
 * absent. (`false` and `0` read the same, but are kept only within a scope: see writeBack.)
 */
function isEmpty(v: unknown): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return isEmptyMap(v);
}

/** Is `written` exactly Go's canonical text for the quantity the user wrote as `original`? */
function respelledQuantity(original: unknown, written: unknown): boolean {
  if (typeof written !== 'string' || original === written) return false;
  if (typeof original !== 'string' && typeof original !== 'number') return false;
  const canonical = parseQuantity(original);
  return 'text' in canonical && canonical.text === written;
}

/** The item of `before` that `item` (at index `i` of the new list) came from, if any. */
function counterpart(before: readonly unknown[], item: unknown, i: number): unknown {
  const name = isJsonMap(item) ? item.name : undefined;
  if (typeof name === 'string') return before.find((b) => isJsonMap(b) && b.name === name);
  return before[i];
}
