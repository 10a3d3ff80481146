/**
 * Plain JSON values as decoded from Kubernetes manifests, and the small type tests the
 * Kubernetes algorithms need (Go's `reflect.TypeOf` on decoded JSON).
 */

/** A decoded JSON value. */
export type Json = null | boolean | number | string | Json[] | JsonMap;

/** A decoded JSON object. */
export interface JsonMap {
  [key: string]: Json;
}

/** The Go type of a decoded JSON value, as `encoding/json` produces it into `interface{}`. */
export type JsonKind = 'nil' | 'bool' | 'float64' | 'string' | 'slice' | 'map';

/** Which of the six JSON kinds a value is. */
export function jsonKind(v: Json | undefined): JsonKind {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'string':
      return 'string';
    default:
      return 'map';
  }
}

/** Is it a JSON object (not null, not an array)? */
export function isJsonMap(v: unknown): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
