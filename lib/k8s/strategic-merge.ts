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
 * failing with "unable to find api field"; the inputs are never modified.
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
  return mergeMap(structuredClone(original), structuredClone(patch), type);
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

/** Remove null-valued keys of every map inside `v` (discardNullValuesFromPatch). */
function withoutNullKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNullKeys);
  if (!isJsonMap(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, x]) => x !== null)
      .map(([k, x]) => [k, withoutNullKeys(x)]),
  );
}

/** Set `original[key]` to a patch value taken as is (nulls and directives removed). */
function takePatchValue(original: JsonMap, key: string, value: unknown): void {
  const kept = withoutDirectives(withoutNullKeys(value));
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

/** Merge `patch` into `original` in place (both already private copies); returns the result. */
function mergeMap(original: JsonMap, patch: JsonMap, type: string | undefined): JsonMap {
  if (hasKey(patch, '$patch')) return applyMapDirective(patch);
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
