/**
 * Kubernetes strategic merge patch of plain JSON, as Istio applies its rendered injection
 * template to a pod (`StrategicMergeMapPatchUsingLookupPatchMeta` with `corev1.Pod{}`,
 * i.e. server-side semantics: parallel lists are applied, unmatched nulls dropped).
 *
 * - Maps merge key by key; a `null` in the patch deletes the key.
 * - Lists whose field has strategy `merge` (see merge-keys.ts) merge item by item by their
 *   merge key; other lists, and values of a different kind, are replaced by the patch's.
 * - Directives: `$patch: replace|delete` in maps and lists, `$retainKeys`,
 *   `$deleteFromPrimitiveList/<field>`, `$setElementOrder/<field>`.
 *
 * Unlike apimachinery, a field unknown to the table is merged as a plain field instead of
 * failing with "unable to find api field". The inputs are never modified, and never copied
 * whole: each map the patch reaches is copied before it changes, and everything else is
 * shared with the inputs (injection writes the result afresh through Go's round trip, and
 * copying the pod and the patch up front cost more than the merge itself).
 */
import { lookupFieldPatchMeta } from './merge-keys.js';
import { hasKey, isJsonMap, type JsonMap, jsonKind, setOwn } from '../go/json-map.js';
import {
  mergeError,
  mergeList,
  noMergeKeyError,
  orderMergedList,
  sliceElementKind,
} from './strategic-merge-list.js';

const DELETE_FROM_PRIMITIVE_LIST = '$deleteFromPrimitiveList/';
const SET_ELEMENT_ORDER = '$setElementOrder/';
const RETAIN_KEYS = '$retainKeys';

/**
 * Apply `patch` to `original` (both decoded JSON objects) the way
 * `strategicpatch.StrategicMergePatch(original, patch, corev1.Pod{})` does.
 * `type` names the Go type of the objects in the patch-metadata table (default `Pod`).
 * Throws KinjectError (code INJECTION) with apimachinery's message on a malformed patch.
 */
export function strategicMergePatch(original: JsonMap, patch: JsonMap, type = 'Pod'): JsonMap {
  return mergeMap(original, patch, type);
}

/** Drop `$patch` directives; `undefined` when the value itself is one (removeDirectives). */
function withoutDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutDirectives).filter((x) => x !== undefined);
  if (!isJsonMap(v)) return v;
  if (hasKey(v, '$patch')) return undefined;
  const out: JsonMap = {};
  for (const [k, x] of Object.entries(v)) {
    const kept = withoutDirectives(x);
    if (kept !== undefined) setOwn(out, k, kept);
  }
  return out;
}

/**
 * A patch value as it is taken: null-valued keys of its maps removed
 * (discardNullValuesFromPatch), then maps carrying `$patch` (removeDirectives); `undefined`
 * when the value itself is one. A value with neither is returned as it is.
 */
function patchValueTaken(v: unknown): unknown {
  if (!needsCleaning(v)) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const kept = patchValueTaken(x);
      if (kept !== undefined) out.push(kept);
    }
    return out;
  }
  const m = v as JsonMap;
  if (isDirective(m)) return undefined;
  const out: JsonMap = {};
  for (const k in m) {
    if (!hasKey(m, k) || m[k] === null) continue;
    const kept = patchValueTaken(m[k]);
    if (kept !== undefined) setOwn(out, k, kept);
  }
  return out;
}

/** A map with a `$patch` directive (a null one is a null key, which goes first). */
const isDirective = (m: JsonMap): boolean => hasKey(m, '$patch') && m.$patch !== null;

/** Whether a value holds a null map value or a `$patch` map anywhere. */
function needsCleaning(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(needsCleaning);
  if (!isJsonMap(v)) return false;
  if (isDirective(v)) return true;
  for (const k in v) if (hasKey(v, k) && (v[k] === null || needsCleaning(v[k]))) return true;
  return false;
}

/** Set `original[key]` to a patch value taken as is (nulls and directives removed). */
function takePatchValue(original: JsonMap, key: string, value: unknown): void {
  const kept = patchValueTaken(value);
  if (kept === undefined) delete original[key];
  else setOwn(original, key, kept);
}

/** A map carrying `$patch`: `replace` yields the patch itself, `delete` an empty map. */
function applyMapDirective(patch: JsonMap): JsonMap {
  const directive = patch.$patch;
  if (directive === 'replace') {
    const { $patch: _dropped, ...rest } = patch;
    return rest;
  }
  if (directive === 'delete') return {};
  throw mergeError(`unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`);
}

/** `$retainKeys`: drop original keys not listed; every patch key must be listed. */
function applyRetainKeys(original: JsonMap, patch: JsonMap): void {
  if (!hasKey(patch, RETAIN_KEYS)) return;
  const list = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!Array.isArray(list)) throw mergeError('invalid patch format of retainKeys');
  const retained = new Set<unknown>(list);
  for (const [k, v] of Object.entries(patch)) {
    const exempt =
      v === null || k.startsWith(DELETE_FROM_PRIMITIVE_LIST) || k.startsWith(SET_ELEMENT_ORDER);
    if (!exempt && !retained.has(k)) throw mergeError('invalid patch format of retainKeys');
  }
  for (const k of Object.keys(original)) if (!retained.has(k)) delete original[k];
}

/**
 * Every patch item of `patchList` must appear in `order` in the same relative order
 * (validatePatchWithSetOrderList); `$patch` items are skipped.
 */
function checkOrderList(patchList: unknown[], order: unknown[], mergeKey: string): void {
  const items =
    mergeKey === '' ? patchList : patchList.filter((x) => !(isJsonMap(x) && x.$patch === 'delete'));
  const same = (a: unknown, b: unknown): boolean => {
    if (mergeKey === '') return a === b;
    if (!isJsonMap(a) || !hasKey(a, mergeKey)) throw noMergeKeyError(a, mergeKey);
    if (!isJsonMap(b) || !hasKey(b, mergeKey)) throw noMergeKeyError(b, mergeKey);
    return a[mergeKey] === b[mergeKey];
  };
  let p = 0;
  for (let o = 0; p < items.length && o < order.length; o++) {
    while (p < items.length && isJsonMap(items[p]) && hasKey(items[p] as JsonMap, '$patch')) p++;
    if (p < items.length && same(items[p], order[o])) p++;
  }
  if (p < items.length)
    throw mergeError(`The order in patch list doesn't match $setElementOrder list`);
}

/** Process every `$setElementOrder/<field>` of the patch together with its field. */
function applySetElementOrders(original: JsonMap, patch: JsonMap, type: string | undefined): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const order = patch[key];
    delete patch[key];
    if (!Array.isArray(order)) throw mergeError('invalid patch format of setElementOrder list');
    const field = key.slice(SET_ELEMENT_ORDER.length);
    const meta = lookupFieldPatchMeta(type, field);
    const mergeKey = meta.mergeKey ?? '';
    const had = hasKey(original, field);
    const given = hasKey(patch, field);
    const originalList = asList(had ? original[field] : []);
    const patchList = asList(given ? patch[field] : []);
    checkOrderList(patchList, order, mergeKey);
    if (!had && !given) continue;
    let merged: unknown[];
    if (!given) merged = originalList;
    else if (!had) merged = asList(withoutDirectives(patchList) ?? []);
    else
      merged = mergeField(
        originalList,
        patchList,
        meta.type,
        meta.strategy === 'merge',
        mergeKey,
        false,
      );
    const kind = sliceElementKind(originalList, patchList);
    original[field] = orderMergedList(merged, order, originalList, mergeKey, kind);
    delete patch[field];
  }
}

/** A value that must be a list. */
function asList(v: unknown): unknown[] {
  if (!Array.isArray(v))
    throw mergeError(`expected a []interface {}, but received a ${jsonKind(v ?? null)}`);
  return v;
}

/** Merge a list field: item by item if its strategy says so (or it is a deletion list), else replace. */
function mergeField(
  original: unknown[],
  patch: unknown[],
  elemType: string | undefined,
  merges: boolean,
  mergeKey: string,
  isDeleteList: boolean,
): unknown[] {
  if (!merges && !isDeleteList) return patch;
  return mergeList(original, patch, mergeKey, isDeleteList, (o, p) => mergeMap(o, p, elemType));
}

/** `patch` merged into `original`: a new map (neither input changes). */
function mergeMap(source: JsonMap, patchIn: JsonMap, type: string | undefined): JsonMap {
  if (hasKey(patchIn, '$patch')) return applyMapDirective(patchIn);
  // Shallow copies: the directives below take keys out of the patch and edit the result.
  const original: JsonMap = { ...source };
  const patch: JsonMap = { ...patchIn };
  applyRetainKeys(original, patch);
  applySetElementOrders(original, patch, type);
  for (const [patchKey, value] of Object.entries(patch)) {
    const isDeleteList = patchKey.startsWith(DELETE_FROM_PRIMITIVE_LIST);
    const key = isDeleteList ? patchKey.slice(DELETE_FROM_PRIMITIVE_LIST.length) : patchKey;
    if (value === null) {
      delete original[key];
      continue;
    }
    const kind = jsonKind(value);
    if (!hasKey(original, key) || jsonKind(original[key]) !== kind) {
      if (!isDeleteList) takePatchValue(original, key, value);
      continue;
    }
    const meta = lookupFieldPatchMeta(type, key);
    if (kind === 'map') {
      setOwn(original, key, mergeMap(original[key] as JsonMap, value as JsonMap, meta.type));
    } else if (kind === 'slice') {
      const merges = meta.strategy === 'merge';
      setOwn(
        original,
        key,
        mergeField(
          original[key] as unknown[],
          value as unknown[],
          meta.type,
          merges,
          meta.mergeKey ?? '',
          isDeleteList,
        ),
      );
    } else {
      setOwn(original, key, value);
    }
  }
  return original;
}
