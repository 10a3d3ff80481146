/**
 * `appendMultusNetwork existing network`: add Istio's CNI network to a pod's
 * `k8s.v1.cni.cncf.io/networks` annotation, which is either a comma-separated list of
 * `[namespace/]name` or a JSON list of `{"name": …, "namespace": …}` objects.
 */
import { unmarshalJSON } from '../../go/json.js';

/** k8s.io/utils/strings.SplitQualifiedName: `ns/name` → [ns, name]; no slash → ['', s]. */
function splitQualifiedName(s: string): [string, string] {
  const parts = s.split('/');
  return parts.length < 2 ? ['', s] : [parts[0] ?? '', parts[1] ?? ''];
}

/**
 * The annotation's JSON list as Go's `[]map[string]any` would hold it, or undefined where
 * Go's json.Unmarshal fails (not a list, or an element that is not an object or null).
 */
function parseNetworks(text: string): Record<string, unknown>[] | undefined {
  let parsed: unknown;
  try {
    parsed = unmarshalJSON(text);
  } catch {
    return undefined;
  }
  if (parsed === null) return [];
  if (!Array.isArray(parsed)) return undefined;
  const nets: Record<string, unknown>[] = [];
  for (const item of parsed) {
    if (item === null) nets.push({});
    else if (typeof item === 'object' && !Array.isArray(item))
      nets.push(item as Record<string, unknown>);
    else return undefined;
  }
  return nets;
}

/** The JSON form: insert the network before the last `]` unless it is listed already. */
function appendToJsonList(existing: string, network: string, close: number): string {
  const nets = parseNetworks(existing);
  // Go logs a warning and leaves the annotation alone when it is not valid JSON.
  if (nets === undefined) return existing;
  const [ns, name] = splitQualifiedName(network);
  const present = nets.some((net) => net.name === name && (net.namespace ?? '') === ns);
  if (present) return existing;
  const entry = ns === '' ? `, {"name": "${name}"}` : `, {"name": "${name}", "namespace": "${ns}"}`;
  return existing.slice(0, close) + entry + existing.slice(close);
}

/** Go's appendMultusNetwork. */
export function appendMultusNetwork(existingValue: string, istioCniNetwork: string): string {
  if (existingValue === '') return istioCniNetwork;
  const close = existingValue.lastIndexOf(']');
  if (close !== -1) return appendToJsonList(existingValue, istioCniNetwork, close);
  const listed = existingValue.split(',').some((net) => net.trim() === istioCniNetwork);
  return listed ? existingValue : `${existingValue}, ${istioCniNetwork}`;
}
