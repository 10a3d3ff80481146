/**
 * `protoToJSON msg`: a protobuf message as compact proto-JSON (Istio's protomarshal.ToJSON).
 * For `*ProxyConfig` Istio first clears the fields that equal its built-in defaults
 * (`cleanProxyConfig`), which keeps the pod's PROXY_CONFIG small (`{}` in the common case).
 *
 * Messages arrive as {@link GoStruct} views whose `toJSON()` is already proto-JSON in field
 * declaration order (lib/goview), so only the defaults need handling here.
 */
import { GoStruct } from '../../go/value.js';
import { MarshalError, writeJson, toJsonTree } from '../../go/json.js';
import { parseProtoDuration, type ProtoDuration } from '../../go/duration.js';

/** The Go type of the message Istio cleans. */
const PROXY_CONFIG_TYPE = '*v1alpha1.ProxyConfig';

/**
 * mesh.DefaultProxyConfig() in proto-JSON: fields equal to these are dropped. (Defaults
 * that are unset in Istio, such as tracing or concurrency, compare equal only when unset.)
 */
const PROXY_CONFIG_DEFAULTS: Readonly<Record<string, string | number>> = {
  configPath: './etc/istio/proxy',
  binaryPath: '/usr/local/bin/envoy',
  controlPlaneAuthPolicy: 'MUTUAL_TLS',
  serviceCluster: 'istio-proxy',
  drainDuration: '45s',
  terminationDrainDuration: '5s',
  discoveryAddress: 'istiod.istio-system.svc:15012',
  proxyAdminPort: 15000,
  statNameLength: 189,
  statusPort: 15020,
};

/**
 * Duration fields compare by value (proto.Equal), not by spelling: their defaults, read once
 * (protoToJSON runs for every pod).
 */
const DURATION_DEFAULTS: ReadonlyMap<string, ProtoDuration> = new Map(
  ['drainDuration', 'terminationDrainDuration'].map((f) => [
    f,
    parseProtoDuration(PROXY_CONFIG_DEFAULTS[f]),
  ]),
);

function isDefault(field: string, value: unknown): boolean {
  const def = PROXY_CONFIG_DEFAULTS[field];
  if (def === undefined) return false;
  const duration = DURATION_DEFAULTS.get(field);
  if (duration !== undefined && typeof value === 'string') {
    const a = parseProtoDuration(value);
    return a.seconds === duration.seconds && a.nanos === duration.nanos;
  }
  return value === def;
}

/** Istio's cleanProxyConfig on proto-JSON. */
function cleanProxyConfig(json: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(json)) {
    if (isDefault(field, value)) continue;
    const emptyMap =
      field === 'proxyMetadata' &&
      typeof value === 'object' &&
      value !== null &&
      Object.keys(value).length === 0;
    if (!emptyMap) out[field] = value;
  }
  return out;
}

/** Go's protoToJSON: `{}` for nil or on failure. */
export function protoToJSON(v: unknown): string {
  if (!(v instanceof GoStruct) || v.nil) return '{}';
  let json = v.toJSON();
  if (
    v.type === PROXY_CONFIG_TYPE &&
    typeof json === 'object' &&
    json !== null &&
    !Array.isArray(json)
  ) {
    json = cleanProxyConfig(json as Record<string, unknown>);
  }
  try {
    // Proto-JSON keeps the message's field order, so the tree is built unsorted.
    return writeJson(toJsonTree(json, false));
  } catch (e) {
    if (e instanceof MarshalError) return '{}';
    throw e;
  }
}
