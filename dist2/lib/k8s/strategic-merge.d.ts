import { type JsonMap } from './json.js';
/**
 * Apply `patch` to `original` (both decoded JSON objects) the way
 * `strategicpatch.StrategicMergePatch(original, patch, corev1.Pod{})` does.
 * `type` names the Go type of the objects in the patch-metadata table (default `Pod`).
 * Throws KinjectError (code INJECTION) with apimachinery's message on a malformed patch.
 */
export declare function strategicMergePatch(original: JsonMap, patch: JsonMap, type?: string): JsonMap;
