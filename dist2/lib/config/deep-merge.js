/**
 * The deep merge used for layering configuration: mappings merge key by key; sequences and
 * scalars in the override replace the base; an override `null` sets the key to null.
 * (Helm's value layering and the conformance corpus's settings overrides both work this way.)
 */
import { isMapping } from './parse-data.js';
/** `override` layered over `base`; neither input is modified. */
export function deepMerge(base, override) {
    if (!isMapping(base) || !isMapping(override))
        return clone(override);
    const out = clone(base);
    for (const [key, value] of Object.entries(override)) {
        setKey(out, key, Object.hasOwn(out, key) ? deepMerge(out[key], value) : clone(value));
    }
    return out;
}
/** A deep copy of plain JSON-like data, so merged results never alias their inputs. */
export function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (isMapping(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
    }
    return value;
}
/** `obj[key] = value`, also for keys such as `__proto__` that plain assignment would misread. */
export function setKey(obj, key, value) {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
//# sourceMappingURL=deep-merge.js.map