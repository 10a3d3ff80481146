/**
 * Go's serializer leaves marks of its struct types on every object it writes back:
 * `creationTimestamp: null`, and empty `status`, `strategy` and `resources`. They mean
 * nothing to Kubernetes (the same reading as the key being absent), so kinject keeps the
 * round trip's real effects (quantities, zero values that matter) but does not add these
 * to what the user wrote.
 */
import { setOwn } from '../k8s/json.js';
import { isObj } from './pod.js';
/** Keys whose empty-mapping value is only a serializer artifact. */
const EMPTY_WHEN_NOISE = new Set(['status', 'strategy', 'resources']);
const isNoise = (key, v) => (key === 'creationTimestamp' && v === null) ||
    (EMPTY_WHEN_NOISE.has(key) && isObj(v) && Object.keys(v).length === 0);
/**
 * `written` without the artifacts that `original` did not have. List items are matched by
 * `name` where both sides have one, else by position.
 */
export function dropSerializerNoise(original, written) {
    if (Array.isArray(written)) {
        const before = Array.isArray(original) ? original : [];
        return written.map((item, i) => dropSerializerNoise(counterpart(before, item, i), item));
    }
    if (!isObj(written))
        return written;
    const before = isObj(original) ? original : {};
    const out = {};
    for (const [key, v] of Object.entries(written)) {
        if (isNoise(key, v) && !Object.prototype.hasOwnProperty.call(before, key))
            continue;
        setOwn(out, key, dropSerializerNoise(before[key], v));
    }
    return out;
}
/** The item of `before` that `item` (at index `i` of the new list) came from, if any. */
function counterpart(before, item, i) {
    const name = isObj(item) ? item.name : undefined;
    if (typeof name === 'string')
        return before.find((b) => isObj(b) && b.name === name);
    return before[i];
}
//# sourceMappingURL=serializer-noise.js.map