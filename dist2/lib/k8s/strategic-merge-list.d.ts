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
import { type Json, type JsonKind, type JsonMap } from './json.js';
/** Merges one patch item into the matching original item (mergeMap with the element type). */
export type MergeItem = (original: JsonMap, patch: JsonMap) => JsonMap;
/** An error of the merge, with apimachinery's wording. */
export declare function mergeError(message: string): KinjectError;
/** apimachinery's "does not contain declared merge key" error. */
export declare function noMergeKeyError(item: Json, mergeKey: string): KinjectError;
/** The kind shared by all elements of the lists (Go's sliceElementType). */
export declare function sliceElementKind(...lists: ReadonlyArray<readonly Json[]>): JsonKind;
/**
 * Put a merged list in its final order: items present in `patchOrder` (by identity) sorted
 * as there, the others as in `serverOrder`, then interleaved (normalizeElementOrder).
 */
export declare function orderMergedList(merged: readonly Json[], patchOrder: readonly Json[], serverOrder: readonly Json[], mergeKey: string, kind: JsonKind): Json[];
/**
 * Merge two lists of a field whose strategy is `merge` (mergeSlice). Scalar lists become
 * the union (or, for a `$deleteFromPrimitiveList` list, the original minus the patch);
 * object lists merge by `mergeKey`.
 */
export declare function mergeList(original: Json[], patch: Json[], mergeKey: string, isDeleteList: boolean, mergeItem: MergeItem): Json[];
