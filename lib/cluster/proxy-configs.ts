/**
 * ProxyConfig resources (networking.istio.io) as istiod applies them to a pod it injects:
 * the root namespace's selector-less one, then the pod's namespace's selector-less one, then
 * the first in its namespace whose `selector.matchLabels` the pod's labels include; the pod's
 * `proxy.istio.io/config` annotation comes last (lib/inject applies it). Where several could
 * apply, istiod takes the oldest; offline, the first in input order.
 */
import type { ProxyConfigResource } from '../control-plane/index.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';

/** The mesh ProxyConfig fields a ProxyConfig resource sets (Istio's toMeshConfigProxyConfig). */
function asMeshProxyConfig(spec: JsonMap): JsonMap {
  const out: JsonMap = {};
  if (spec.concurrency !== undefined && spec.concurrency !== null)
    out.concurrency = spec.concurrency;
  if (isJsonMap(spec.environmentVariables)) out.proxyMetadata = spec.environmentVariables;
  if (isJsonMap(spec.image)) out.image = spec.image;
  return out;
}

function selectorLabels(spec: JsonMap): JsonMap | undefined {
  return isJsonMap(spec.selector) && isJsonMap(spec.selector.matchLabels)
    ? spec.selector.matchLabels
    : undefined;
}

/** The settings to apply for a pod, lowest precedence first. */
export function proxyConfigsFor(
  resources: readonly ProxyConfigResource[],
  rootNamespace: string,
  namespace: string,
  labels: Readonly<Record<string, string>>,
): JsonMap[] {
  const inNamespace = (ns: string) => resources.filter((r) => r.namespace === ns);
  const namespaceWide = (ns: string) => inNamespace(ns).find((r) => !isJsonMap(r.spec.selector));
  const workload = inNamespace(namespace).find((r) => {
    const want = selectorLabels(r.spec);
    return (
      want !== undefined &&
      Object.keys(want).length > 0 &&
      Object.entries(want).every(([k, v]) => labels[k] === v)
    );
  });
  const chosen = [
    rootNamespace === '' ? undefined : namespaceWide(rootNamespace),
    namespace === rootNamespace ? undefined : namespaceWide(namespace),
    workload,
  ];
  return chosen.flatMap((r) => (r === undefined ? [] : [asMeshProxyConfig(r.spec)]));
}
