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
export declare function jsonKind(v: Json | undefined): JsonKind;
/** Is it a JSON object (not null, not an array)? */
export declare function isJsonMap(v: unknown): v is JsonMap;
/** Own-property test that ignores the prototype chain (`__proto__`, `toString` …). */
export declare function hasKey(m: object, key: string): boolean;
/**
 * `m[key] = value` as an own, enumerable property, also for `__proto__`, which plain
 * assignment would take as the object's prototype (losing the key, and letting a manifest's
 * or a template's data show through as inherited fields).
 */
export declare function setOwn<T>(m: Record<string, T>, key: string, value: NoInfer<T>): void;
