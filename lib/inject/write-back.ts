/**
 * Writing an injected object back the way `istioctl kube-inject` does: through its Go type
 * (zero values, omitempty, quantities; a List item by item), less the serializer's empty
 * marks the user did not write. The one place that round-trips a whole object.
 */
import { hasKey, isJsonMap, type JsonMap } from '../go/json-map.js';
import { roundTripObject } from '../goview/index.js';
import { kindOf, listItems, WORKLOAD_KINDS } from '../k8s/workloads.js';
import { dropSerializerNoise, type ZeroScope } from './serializer-noise.js';

/** `edited` as kube-inject writes it, where `original` is what the user wrote. */
export function writeBack(original: JsonMap, edited: JsonMap): JsonMap {
  return dropSerializerNoise(original, roundTripObject(edited), podScope(original)) as JsonMap;
}

/**
 * Where Go's dropped `false` and `0` come back: the pod, whose fields are the user's with
 * Istio's additions, and where charts write `hostNetwork: false` or `hostPort: 0` throughout
 * (Kubernetes reads them as absent, so dropping them is a needless rewrite). Around the pod
 * the object stays as kube-inject writes it: Istio's own golden output has a DeploymentConfig
 * lose its `paused: false`.
 */
function podScope(obj: unknown): ZeroScope {
  if (!isJsonMap(obj)) return undefined;
  const items = listItems(obj);
  if (items !== undefined)
    return { items: Object.fromEntries(items.map((item, i) => [i, podScope(item)])) };
  const kind = kindOf(obj);
  if (!hasKey(WORKLOAD_KINDS, kind)) return undefined;
  const { metadataPath, specPath } = WORKLOAD_KINDS[kind];
  return withPath(withPath(undefined, metadataPath), specPath);
}

/** `scope` with everything below `path` added. */
function withPath(scope: ZeroScope, path: readonly string[]): ZeroScope {
  const [head, ...rest] = path;
  if (head === undefined || scope === true) return true;
  const map = scope ?? {};
  return { ...map, [head]: withPath(Object.hasOwn(map, head) ? map[head] : undefined, rest) };
}
