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
