/**
 * The pod as the injection pipeline sees it: plain JSON-like data (what `encoding/json`
 * makes of a `corev1.Pod`), with small helpers to read and rearrange its containers.
 */
import { toJsonTree, writeJson } from '../funcs/go-json.js';
/** The name of the container Istio injects. */
export const PROXY_CONTAINER = 'istio-proxy';
/** The iptables init container (non-CNI). */
export const INIT_CONTAINER = 'istio-init';
/** The CNI validation init container. */
export const VALIDATION_CONTAINER = 'istio-validation';
/** The init container that enables core dumps. */
export const CORE_DUMP_CONTAINER = 'enable-core-dump';
/** Is it a JSON object (not an array, not null)? */
export function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A deep copy of JSON-like data. */
export function cloneJson(v) {
    return structuredClone(v);
}
/** The object at `key`, or undefined. */
export function objAt(o, key) {
    const v = o?.[key];
    return isObj(v) ? v : undefined;
}
/** A string map (labels, annotations) of an object's metadata, as Go sees it (never missing). */
export function stringMap(meta, key) {
    const m = objAt(meta, key);
    return (m ?? {});
}
/** The pod's annotations, created if absent so they can be written. */
export function ensureMap(meta, key) {
    if (!isObj(meta[key]))
        meta[key] = {};
    return meta[key];
}
/** The containers of a list (empty when absent). */
export function containersOf(spec, list) {
    const v = spec[list];
    return Array.isArray(v) ? v : [];
}
/** Replace a container list; an empty list is removed, as Go's omitempty does. */
export function setContainers(spec, list, cs) {
    if (cs.length === 0 && list === 'initContainers')
        delete spec[list];
    else
        spec[list] = cs;
}
/** The first container with that name, or undefined. */
export function findContainer(name, cs) {
    return cs.find((c) => c.name === name);
}
/** The named container in `containers`, else in `initContainers` (Istio's FindContainerFromPod). */
export function findPodContainer(name, spec) {
    return (findContainer(name, containersOf(spec, 'containers')) ??
        findContainer(name, containersOf(spec, 'initContainers')));
}
/**
 * Move the (last) container with that name to the front or back, or remove all with that
 * name. Other containers keep their order. Mirrors Istio's modifyContainers.
 */
export function modifyContainers(cs, name, how) {
    const rest = cs.filter((c) => c.name !== name);
    const matches = cs.filter((c) => c.name === name);
    const match = matches[matches.length - 1];
    if (match === undefined || how === 'remove')
        return rest;
    return how === 'first' ? [match, ...rest] : [...rest, match];
}
/** Go's json.Marshal of data already in Go's field order: key order kept, HTML-safe escapes (`&` → `\u0026`). */
export function goJson(v) {
    return writeJson(toJsonTree(v, false));
}
//# sourceMappingURL=pod.js.map