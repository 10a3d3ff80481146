/**
 * List handling of the strategic merge patch (see strategic-merge.ts): merging lists item by
 * item, the `$patch` directives inside lists, and the ordering rule of
 * k8s.io/apimachinery/pkg/util/strategicpatch.
 *
 * The ordering rule, as apimachinery applies it: items named by the patch come in patch
 * order; items only the original has keep their original order; the two runs are then
 * interleaved, an original-only item going first only while it precedes, in the original,
 * the next patch item (so items the original did not have come before the remaining
 * original-only items).
 */
import { KinjectError } from '../errors.js';
import { hasKey, isJsonMap, type JsonKind, type JsonMap, jsonKind } from '../go/json-map.js';

/** Merges one patch item into the matching original item (mergeMap with the element type). */
export type MergeItem = (original: JsonMap, patch: JsonMap) => JsonMap;

/** An error of the merge, with apimachinery's wording. */
export function mergeError(message: string): KinjectError {
  return new KinjectError('INJECTION', message);
}

/** apimachinery's "does not contain declared merge key" error. */
export function noMergeKeyError(item: unknown, mergeKey: string): KinjectError {
  return mergeError(
    `map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`,
  );
}

/** The kind shared by all elements of the lists (Go's sliceElementType). */
export function sliceElementKind(...lists: ReadonlyArray<readonly unknown[]>): JsonKind {
  let kind: JsonKind | undefined;
  for (const item of lists.flat()) {
    const k = jsonKind(item);
    if (k === 'slice') throw mergeError('lists of lists are not supported');
    if (kind !== undefined && k !== kind) throw mergeError('list element types are not identical');
    kind = k;
  }
  if (kind === undefined) throw mergeError('no elements in any of the given slices');
  return kind;
}

/** What identifies an item for ordering: its merge key value, or the item itself for scalars. */
function identity(item: unknown, mergeKey: string): unknown {
  return mergeKey !== '' && isJsonMap(item) ? item[mergeKey] : item;
}

/** Index of the item with the same identity in `list`, or -1 (Go compares with `==`). */
function indexOfItem(list: readonly unknown[], item: unknown, mergeKey: string): number {
  const id = identity(item, mergeKey);
  return list.findIndex((x) => identity(x, mergeKey) === id);
}

/** The first map item whose merge key equals `value` (the key must be present). */
function findByKey(list: readonly unknown[], mergeKey: string, value: unknown): number {
  return list.findIndex((x) => isJsonMap(x) && hasKey(x, mergeKey) && x[mergeKey] === value);
}

/** Every item of the lists must carry the merge key. */
function requireMergeKey(mergeKey: string, ...lists: ReadonlyArray<readonly unknown[]>): void {
  for (const item of lists.flat()) {
    if (!isJsonMap(item) || !hasKey(item, mergeKey)) throw noMergeKeyError(item, mergeKey);
  }
}

/** Stable sort of `items` by their position in `order` (items not in it go last). */
function sortByOrder(
  items: unknown[],
  order: readonly unknown[],
  mergeKey: string,
  kind: JsonKind,
): unknown[] {
  if (kind === 'map') requireMergeKey(mergeKey, items, order);
  const rank = (x: unknown): number => {
    const i = indexOfItem(order, x, mergeKey);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  return items
    .map((x) => ({ x, r: rank(x) }))
    .sort((a, b) => (a.r === b.r ? 0 : a.r < b.r ? -1 : 1))
    .map((e) => e.x);
}

/**
 * Interleave original-only items (`serverOnly`) into the patch items: an original-only item
 * goes first only if both are in the original list and it comes earlier there.
 */
function interleave(
  serverOnly: unknown[],
  patchItems: unknown[],
  serverOrder: readonly unknown[],
  mergeKey: string,
): unknown[] {
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < patchItems.length) {
    if (j >= patchItems.length) {
      out.push(serverOnly[i++]);
    } else if (i >= serverOnly.length) {
      out.push(patchItems[j++]);
    } else {
      const li = indexOfItem(serverOrder, serverOnly[i], mergeKey);
      const ri = indexOfItem(serverOrder, patchItems[j], mergeKey);
      out.push(li >= 0 && ri >= 0 && li < ri ? serverOnly[i++] : patchItems[j++]);
    }
  }
  return out;
}

/**
 * Put a merged list in its final order: items present in `patchOrder` (by identity) sorted
 * as there, the others as in `serverOrder`, then interleaved (normalizeElementOrder).
 */
export function orderMergedList(
  merged: readonly unknown[],
  patchOrder: readonly unknown[],
  serverOrder: readonly unknown[],
  mergeKey: string,
  kind: JsonKind,
): unknown[] {
  if (kind === 'map') requireMergeKey(mergeKey, merged);
  const inPatch = (x: unknown): boolean =>
    kind === 'map'
      ? findByKey(patchOrder, mergeKey, (x as JsonMap)[mergeKey]) >= 0
      : patchOrder.includes(x);
  const patchItems = sortByOrder(merged.filter(inPatch), patchOrder, mergeKey, kind);
  const serverOnly = sortByOrder(
    merged.filter((x) => !inPatch(x)),
    serverOrder,
    mergeKey,
    kind,
  );
  return interleave(serverOnly, patchItems, serverOrder, mergeKey);
}

/**
 * Apply `$patch` items of a patch list (mergeSliceWithSpecialElements): `delete` removes
 * the original items with that key, `replace` makes the patch's other items the whole list.
 * Returns the original to merge into and the patch items left to merge.
 */
function applyListDirectives(
  original: unknown[],
  patch: unknown[],
  mergeKey: string,
): [unknown[], unknown[]] {
  const plain: unknown[] = [];
  let replace = false;
  let kept = original;
  for (const item of patch as JsonMap[]) {
    if (!hasKey(item, '$patch')) {
      plain.push(item);
      continue;
    }
    const directive = item.$patch;
    if (directive === 'delete') {
      if (!hasKey(item, mergeKey)) throw noMergeKeyError(item, mergeKey);
      kept = kept.filter(
        (x) => !(isJsonMap(x) && hasKey(x, mergeKey) && x[mergeKey] === item[mergeKey]),
      );
    } else if (directive === 'replace') {
      replace = true; // keep scanning: the other directives are still dropped
    } else if (directive === 'merge') {
      throw mergeError('merging lists cannot yet be specified in the patch');
    } else {
      throw mergeError(`unknown patch type: ${String(directive)} in map: ${JSON.stringify(item)}`);
    }
  }
  return replace ? [plain, []] : [kept, plain];
}

/** Merge patch items into the original by merge key; unmatched ones are appended. */
function mergeItemsByKey(
  original: unknown[],
  patch: unknown[],
  mergeKey: string,
  mergeItem: MergeItem,
): unknown[] {
  const merged = [...original];
  for (const item of patch as JsonMap[]) {
    if (!hasKey(item, mergeKey)) throw noMergeKeyError(item, mergeKey);
    // Looking in `merged`, not `original`: a key repeated in the patch merges into its first copy.
    const at = findByKey(merged, mergeKey, item[mergeKey]);
    if (at >= 0) merged[at] = mergeItem(merged[at] as JsonMap, item);
    else merged.push(item);
  }
  return merged;
}

/** Keep the first copy of each scalar. */
function dedupe(list: readonly unknown[]): unknown[] {
  return [...new Set(list)];
}

/**
 * Merge two lists of a field whose strategy is `merge` (mergeSlice). Scalar lists become
 * the union (or, for a `$deleteFromPrimitiveList` list, the original minus the patch);
 * object lists merge by `mergeKey`.
 */
export function mergeList(
  original: unknown[],
  patch: unknown[],
  mergeKey: string,
  isDeleteList: boolean,
  mergeItem: MergeItem,
): unknown[] {
  if (original.length === 0 && patch.length === 0) return original;
  const kind = sliceElementKind(original, patch);
  if (kind !== 'map') {
    if (isDeleteList) return original.filter((x) => !patch.includes(x));
    return orderMergedList(dedupe([...original, ...patch]), patch, original, '', kind);
  }
  // apimachinery names the element's Go kind here, which for Pod fields is always a struct.
  if (mergeKey === '') throw mergeError('cannot merge lists without merge key for struct');
  const [base, items] = applyListDirectives(original, patch, mergeKey);
  const merged = mergeItemsByKey(base, items, mergeKey, mergeItem);
  return orderMergedList(merged, items, base, mergeKey, kind);
}
