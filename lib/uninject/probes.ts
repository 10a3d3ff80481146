/**
 * Give app probes back: injection pointed them at the agent (`/app-health/<container>/…` on
 * the status port) and kept the originals in the proxy's ISTIO_KUBE_APP_PROBERS; a probe
 * still pointing at its agent URL gets its own action back from there. Probes the user
 * changed since (or added, not rewritten) are left as they are.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { containersOf, type Container, type Pod } from '../inject/pod.js';
import { PROBE_URLS } from '../inject/probes.js';

/** The recorded probers by agent URL; empty when the value is absent or not a JSON object. */
export function parseAppProbers(value: unknown): Record<string, JsonMap> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return isJsonMap(parsed) ? (parsed as Record<string, JsonMap>) : {};
  } catch {
    return {};
  }
}

/**
 * The port as the user most likely wrote it: injection recorded a named port as its number,
 * so a number that one named port of the container has reads as that name again.
 */
function portAsWritten(c: Container, port: unknown): unknown {
  const ports = Array.isArray(c.ports) ? c.ports.filter(isJsonMap) : [];
  const named = ports.filter(
    (p) => p.containerPort === port && typeof p.name === 'string' && p.name !== '',
  );
  return named.length === 1 ? named[0]?.name : port;
}

/** A recorded action with its port as written. */
function withPort(c: Container, action: JsonMap): JsonMap {
  return action.port === undefined ? action : { ...action, port: portAsWritten(c, action.port) };
}

/** An httpGet action restored over the rewritten one (which kept host and headers). */
function restoredHttpGet(rewritten: JsonMap, recorded: JsonMap): JsonMap {
  const out: JsonMap = { ...rewritten };
  for (const key of ['path', 'port', 'scheme'] as const) {
    if (recorded[key] === undefined) delete out[key];
    else out[key] = recorded[key];
  }
  return out;
}

/** The handler as it was before the rewrite, or undefined when the record is not one kinject knows. */
function restoredHandler(c: Container, handler: JsonMap, prober: JsonMap): JsonMap | undefined {
  const rewritten = isJsonMap(handler.httpGet) ? handler.httpGet : {};
  if (isJsonMap(prober.httpGet))
    return { ...handler, httpGet: restoredHttpGet(rewritten, withPort(c, prober.httpGet)) };
  const rest = { ...handler };
  delete rest.httpGet;
  if (isJsonMap(prober.tcpSocket)) return { ...rest, tcpSocket: withPort(c, prober.tcpSocket) };
  if (!isJsonMap(prober.grpc)) return undefined;
  const { port, service } = prober.grpc;
  return {
    ...rest,
    grpc: service === null || service === undefined ? { port } : { port, service },
  };
}

/** Restore one container's rewritten probes and lifecycle hooks in place. */
function restoreContainer(c: Container, probers: Readonly<Record<string, JsonMap>>): void {
  for (const entry of PROBE_URLS) {
    const holder = entry.lifecycle ? (isJsonMap(c.lifecycle) ? c.lifecycle : undefined) : c;
    const handler = holder?.[entry.field];
    const url = entry.url(String(c.name ?? ''));
    const prober = probers[url];
    if (holder === undefined || !isJsonMap(handler) || prober === undefined) continue;
    if (!isJsonMap(handler.httpGet) || handler.httpGet.path !== url) continue; // changed since
    const restored = restoredHandler(c, handler, prober);
    if (restored !== undefined) holder[entry.field] = restored;
  }
}

/** Restore every app container's rewritten probes in place from the recorded probers. */
export function restoreAppProbes(pod: Pod, probers: Readonly<Record<string, JsonMap>>): void {
  if (Object.keys(probers).length === 0) return;
  for (const list of ['initContainers', 'containers'] as const)
    for (const c of containersOf(pod.spec, list)) restoreContainer(c, probers);
}
