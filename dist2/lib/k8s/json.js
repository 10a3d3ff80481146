/**
 * Plain JSON values as decoded from Kubernetes manifests, and the small type tests the
 * Kubernetes algorithms need (Go's `reflect.TypeOf` on decoded JSON).
 */
/** Which of the six JSON kinds a value is. */
export function jsonKind(v) {
    if (v === null || v === undefined)
        return 'nil';
    if (Array.isArray(v))
        return 'slice';
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
export function isJsonMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Own-property test that ignores the prototype chain (`__proto__`, `toString` …). */
export function hasKey(m, key) {
    return Object.prototype.hasOwnProperty.call(m, key);
}
/**
 * `m[key] = value` as an own, enumerable property, also for `__proto__`, which plain
 * assignment would take as the object's prototype (losing the key, and letting a manifest's
 * or a template's data show through as inherited fields).
 */
export function setOwn(m, key, value) {
    if (key === '__proto__')
        Object.defineProperty(m, key, { value, enumerable: true, writable: true, configurable: true });
    else
        m[key] = value;
}
//# sourceMappingURL=json.js.map