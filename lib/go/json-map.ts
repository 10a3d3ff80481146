/**
 * Plain JSON values as decoded from Kubernetes manifests (Go's `interface{}` after
 * `encoding/json`): the one JSON-object type, the one object guard, the one path reader,
 * and the type tests the Kubernetes algorithms need (Go's `reflect.TypeOf` on decoded JSON).
 */
import { primitiveKind } from './value.js';

/**
 * A JSON object: what Go's `encoding/json` decodes into `map[string]interface{}`. Its values
 * are read as `unknown` and checked where they are used (every reader in kinject does).
 */
export type JsonMap = Record<string, unknown>;

/** The Go type of a decoded JSON value, as `encoding/json` produces it into `interface{}`. */
export type JsonKind = 'nil' | 'bool' | 'float64' | 'string' | 'slice' | 'map';

/** Which of the six JSON kinds a value is. */
export function jsonKind(v: unknown): JsonKind {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  return primitiveKind(v) ?? 'map';
}

/** Is it a JSON object (not null, not an array)? */
export function isJsonMap(v: unknown): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Is it a JSON object without own keys? (`Object.keys(v).length === 0` without the array.) */
export function isEmptyMap(v: unknown): v is JsonMap {
  if (!isJsonMap(v)) return false;
  for (const k in v) if (Object.hasOwn(v, k)) return false;
  return true;
}

/** Is it a JSON array? (Array.isArray, but narrowing to `unknown[]` rather than `any[]`.) */
export function isJsonArray(v: unknown): v is unknown[] {
  return Array.isArray(v);
}

/** Own-property test that ignores the prototype chain (`__proto__`, `toString` …). */
export function hasKey(m: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, key);
}

/**
 * `m[key] = value` as an own, enumerable property, also for `__proto__`, which plain
 * assignment would take as the object's prototype (losing the key, and letting a manifest's
 * or a template's data show through as inherited fields).
 */
export function setOwn<T>(m: Record<string, T>, key: string, value: NoInfer<T>): void {
  if (key === '__proto__')
    Object.defineProperty(m, key, { value, enumerable: true, writable: true, configurable: true });
  else m[key] = value;
}

/** The value at a path of keys (own properties only), or undefined where the path breaks off. */
export function getPath(v: unknown, path: readonly string[]): unknown {
  let cur = v;
  for (const key of path) {
    if (!isJsonMap(cur) || !hasKey(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/**
 * A scalar as text, the way a Go string field reads it: '' where it is absent or null;
 * numbers and booleans as JavaScript writes them; '' for a map or a list.
 */
export function scalarString(x: unknown): string {
  if (typeof x === 'string') return x;
  return typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' ? String(x) : '';
}

/** The scalar at a path as text ({@link scalarString}). */
export function stringAt(v: unknown, path: readonly string[]): string {
  return scalarString(getPath(v, path));
}
