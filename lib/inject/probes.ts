/**
 * App probe rewriting (Istio's app_probe.go): with mTLS the kubelet cannot reach the app's
 * HTTP/TCP/gRPC probes, so they are pointed at the agent's status port under
 * `/app-health/<container>/…`, and the original probes travel in the proxy's
 * `ISTIO_KUBE_APP_PROBERS` env var.
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import { containersOf, goJson, PROXY_CONTAINER, type Container, type Pod } from './pod.js';
import { parseGoBool } from './prometheus.js';

/** The env var carrying the original probes. */
export const APP_PROBERS_ENV = 'ISTIO_KUBE_APP_PROBERS';

/** Probe and lifecycle fields, with the agent URL each one moves to (uninject reads them too). */
export const PROBE_URLS: readonly {
  field: string;
  url: (c: string) => string;
  lifecycle?: true;
}[] = [
  { field: 'readinessProbe', url: (c) => `/app-health/${c}/readyz` },
  { field: 'livenessProbe', url: (c) => `/app-health/${c}/livez` },
  { field: 'startupProbe', url: (c) => `/app-health/${c}/startupz` },
  { field: 'preStop', url: (c) => `/app-lifecycle/${c}/prestopz`, lifecycle: true },
  { field: 'postStart', url: (c) => `/app-lifecycle/${c}/poststartz`, lifecycle: true },
];

/** Whether to rewrite: the pod annotation (if a Go bool) wins over values' rewriteAppHTTPProbe. */
export function shouldRewriteProbes(
  annotations: Readonly<Record<string, string>>,
  valuesSetting: boolean,
): boolean {
  const v = annotations['sidecar.istio.io/rewriteAppHTTPProbers'];
  return (v === undefined ? undefined : parseGoBool(String(v))) ?? valuesSetting;
}

/** The probe or lifecycle handler object of a container for a PROBE_URLS entry, and its holder. */
function handlerHolder(c: Container, entry: (typeof PROBE_URLS)[number]): JsonMap | undefined {
  return entry.lifecycle ? (isJsonMap(c.lifecycle) ? c.lifecycle : undefined) : c;
}

/** Go's encoding of an HTTPGetAction (field order path, port, host, scheme, httpHeaders; empty ones omitted). */
function httpGetJson(h: JsonMap, port: unknown): JsonMap {
  const out: JsonMap = {};
  if (h.path) out.path = h.path;
  out.port = port;
  if (h.host) out.host = h.host;
  if (h.scheme) out.scheme = h.scheme;
  if (Array.isArray(h.httpHeaders) && h.httpHeaders.length > 0) {
    out.httpHeaders = h.httpHeaders.map((x: JsonMap) => ({
      name: x.name ?? '',
      value: x.value ?? '',
    }));
  }
  return out;
}

/**
 * The agent's view of one probe (Istio's Prober JSON), with a named port resolved to the
 * container's port number; undefined when it is not rewritable or already rewritten.
 */
function proberJson(
  handler: JsonMap,
  ports: ReadonlyMap<string, unknown>,
  statusPort: number,
  lifecycle: boolean,
): JsonMap | undefined {
  let prober: JsonMap;
  if (!lifecycle && isJsonMap(handler.grpc)) {
    prober = { grpc: { port: handler.grpc.port ?? 0, service: handler.grpc.service ?? null } };
  } else {
    const kind = isJsonMap(handler.httpGet)
      ? 'httpGet'
      : isJsonMap(handler.tcpSocket)
        ? 'tcpSocket'
        : undefined;
    if (kind === undefined) return undefined;
    const action = handler[kind] as JsonMap;
    let port = action.port;
    if (typeof port === 'string') {
      if (!ports.has(port)) return undefined;
      port = ports.get(port);
    } else if (port === statusPort) {
      return undefined; // already points at the agent
    }
    const json = kind === 'httpGet' ? httpGetJson(action, port) : { port };
    if (kind === 'tcpSocket' && action.host) json.host = action.host;
    prober = { [kind]: json };
  }
  const timeout = handler.timeoutSeconds;
  if (!lifecycle && typeof timeout === 'number' && timeout !== 0) prober.timeoutSeconds = timeout;
  return prober;
}

/** Named container ports → numbers. */
function portMap(c: Container): Map<string, unknown> {
  const ports = Array.isArray(c.ports) ? (c.ports as JsonMap[]) : [];
  return new Map(
    ports
      .filter((p) => typeof p.name === 'string' && p.name !== '')
      .map((p) => [String(p.name), p.containerPort ?? 0]),
  );
}

/** All app containers (init first), without the proxy. */
function appContainers(pod: Pod): Container[] {
  return [
    ...containersOf(pod.spec, 'initContainers'),
    ...containersOf(pod.spec, 'containers'),
  ].filter((c) => c.name !== PROXY_CONTAINER);
}

/** Istio's DumpAppProbers: the ISTIO_KUBE_APP_PROBERS value, or '' when there is nothing to take over. */
export function dumpAppProbers(pod: Pod, statusPort: number): string {
  const out = new Map<string, JsonMap>();
  for (const c of appContainers(pod)) {
    let ports: Map<string, unknown> | undefined; // only for a container with a probe or hook
    for (const entry of PROBE_URLS) {
      const handler = handlerHolder(c, entry)?.[entry.field];
      if (!isJsonMap(handler)) continue;
      ports ??= portMap(c);
      const prober = proberJson(handler, ports, statusPort, entry.lifecycle === true);
      if (prober !== undefined) out.set(entry.url(String(c.name ?? '')), prober);
    }
  }
  if (out.size === 0) return '';
  const sorted: JsonMap = {}; // Go marshals maps with sorted keys (URLs: none is an index)
  for (const k of [...out.keys()].sort()) sorted[k] = out.get(k);
  return goJson(sorted);
}

/** Point one probe or hook at the agent; undefined if it has no HTTP/TCP (or, for probes, gRPC) action. */
function rewriteHandler(
  handler: JsonMap,
  url: string,
  port: number,
  lifecycle: boolean,
): JsonMap | undefined {
  if (isJsonMap(handler.httpGet)) {
    const scheme = handler.httpGet.scheme === 'HTTPS' ? { scheme: 'HTTP' } : {};
    return { ...handler, httpGet: { ...handler.httpGet, path: url, port, ...scheme } };
  }
  const other = ['tcpSocket', ...(lifecycle ? [] : ['grpc'])].find((k) => isJsonMap(handler[k]));
  if (other === undefined) return undefined;
  const rest = { ...handler };
  delete rest[other];
  return { ...rest, httpGet: { path: url, port } };
}

/** Rewrite every app container's probes and HTTP/TCP lifecycle hooks in place (Istio's patchRewriteProbe). */
export function rewriteAppProbes(pod: Pod, statusPort: number): void {
  for (const c of appContainers(pod)) {
    for (const entry of PROBE_URLS) {
      const holder = handlerHolder(c, entry);
      const handler = holder?.[entry.field];
      const rewritten = isJsonMap(handler)
        ? rewriteHandler(
            handler,
            entry.url(String(c.name ?? '')),
            statusPort,
            entry.lifecycle === true,
          )
        : undefined;
      if (holder !== undefined && rewritten !== undefined) holder[entry.field] = rewritten;
    }
  }
}

/** Add the probers env var to the proxy, merging with an earlier injection's value (old entries win, as in Istio). */
export function mergeAppProbersEnv(
  env: JsonMap[],
  probers: string,
  previouslyInjected: boolean,
): JsonMap[] {
  const at = previouslyInjected ? env.findIndex((e) => e.name === APP_PROBERS_ENV) : -1;
  if (at < 0) return [...env, { name: APP_PROBERS_ENV, value: probers }];
  let merged: JsonMap;
  try {
    merged = {
      ...(JSON.parse(probers) as JsonMap),
      ...(JSON.parse(scalarString(env[at]?.value)) as JsonMap),
    };
  } catch {
    return env; // Istio logs and keeps the env as it is
  }
  const keys = Object.keys(merged).sort();
  const copy = [...env];
  copy[at] = {
    name: APP_PROBERS_ENV,
    value: goJson(Object.fromEntries(keys.map((k) => [k, merged[k]]))),
  };
  return copy;
}
