/**
 * Marks of Go's write-back that injection leaves on a workload and that say nothing: an
 * empty `spec.updateStrategy`, a `status` of zero counts (a StatefulSet's or DaemonSet's
 * status type has fields without `omitempty`) and `spec.selector: null` (a Deployment's,
 * ReplicaSet's, StatefulSet's or DaemonSet's selector has no `omitempty` either; null is
 * what the API reads as no selector). Istio's output carries them, so injection
 * keeps them; uninject takes them away, so that uninject(inject(x)) gives `x` back.
 * An empty `status: {}` is no such mark: kinject's injection never adds one, so it is the
 * user's (kubectl's export and kube-inject's own output both have it) and stays.
 */
import { isEmptyMap, isJsonMap, type JsonMap } from '../go/json-map.js';

/** A value Go writes for a field left unset: 0, "", false, null, or an empty list or map. */
function isZero(v: unknown): boolean {
  if (v === 0 || v === '' || v === false || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  return isJsonMap(v) && Object.values(v).every(isZero);
}

/**
 * `obj` without an empty `spec.updateStrategy`, a null `spec.selector` or a `status` whose
 * fields are all zero (the same object if it has none of them).
 */
export function dropWriteBackMarks(obj: JsonMap): JsonMap {
  const { spec, status } = obj;
  const emptyStrategy =
    isJsonMap(spec) &&
    isJsonMap(spec.updateStrategy) &&
    Object.keys(spec.updateStrategy).length === 0;
  const nullSelector = isJsonMap(spec) && Object.hasOwn(spec, 'selector') && spec.selector === null;
  const zeroStatus = isJsonMap(status) && !isEmptyMap(status) && isZero(status);
  if (!emptyStrategy && !nullSelector && !zeroStatus) return obj;
  const out: JsonMap = { ...obj };
  if (zeroStatus) delete out.status;
  if ((emptyStrategy || nullSelector) && isJsonMap(spec)) {
    const rest: JsonMap = { ...spec };
    if (emptyStrategy) delete rest.updateStrategy;
    if (nullSelector) delete rest.selector;
    out.spec = rest;
  }
  return out;
}
