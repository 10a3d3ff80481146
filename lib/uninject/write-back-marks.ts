/**
 * Marks of Go's write-back that injection leaves on a workload and that say nothing: an
 * empty `spec.updateStrategy` and a `status` of zero counts (a StatefulSet's or DaemonSet's
 * status type has fields without `omitempty`). Istio's output carries them, so injection
 * keeps them; uninject takes them away, so that uninject(inject(x)) gives `x` back.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';

/** A value Go writes for a field left unset: 0, "", false, null, or an empty list or map. */
function isZero(v: unknown): boolean {
  if (v === 0 || v === '' || v === false || v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  return isJsonMap(v) && Object.values(v).every(isZero);
}

/** `obj` without an empty `spec.updateStrategy` or an all-zero `status` (the same object if it has neither). */
export function dropWriteBackMarks(obj: JsonMap): JsonMap {
  const { spec, status } = obj;
  const emptyStrategy =
    isJsonMap(spec) &&
    isJsonMap(spec.updateStrategy) &&
    Object.keys(spec.updateStrategy).length === 0;
  const zeroStatus = status !== undefined && isJsonMap(status) && isZero(status);
  if (!emptyStrategy && !zeroStatus) return obj;
  const out: JsonMap = { ...obj };
  if (zeroStatus) delete out.status;
  if (emptyStrategy && isJsonMap(spec)) {
    const rest: JsonMap = { ...spec };
    delete rest.updateStrategy;
    out.spec = rest;
  }
  return out;
}
