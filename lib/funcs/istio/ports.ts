/**
 * Port-list helpers of Istio's templates: `excludeInboundPort`, `includeInboundPorts`,
 * `applicationPorts`. Containers are Go `[]corev1.Container` views ({@link GoStruct}s with
 * `Name` and `Ports`; each port has `ContainerPort` and `Protocol`).
 */
import { scalarString } from '../../go/json-map.js';
import { formatValue } from '../../template/fmt.js';
import { GoInt, GoStruct } from '../../go/value.js';

/** The name of the injected proxy container, which `applicationPorts` skips. */
const PROXY_CONTAINER_NAME = 'istio-proxy';

/** Protocols whose ports are not intercepted. */
const SKIPPED_PROTOCOLS: ReadonlySet<string> = new Set(['UDP', 'SCTP']);

/** A field of a struct view (undefined for anything else). */
export function fieldOf(v: unknown, name: string): unknown {
  return v instanceof GoStruct ? v.field(name) : undefined;
}

/** A slice argument as an array (a nil slice is empty). */
export function sliceOf(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * `excludeInboundPort port list`: add the port to the comma-separated list unless it is
 * already there or is empty or 0. Blank entries are dropped when the list is rebuilt.
 */
export function excludeInboundPort(port: unknown, excludedInboundPorts: string): string {
  const portStr = formatValue(port).trim();
  if (portStr === '' || portStr === '0') return excludedInboundPorts;
  const ports = excludedInboundPorts.split(',');
  // Go compares before trimming, so " 80" does not count as 80 already being there.
  if (ports.includes(portStr)) return excludedInboundPorts;
  const kept = ports.map((p) => p.trim()).filter((p) => p !== '');
  return [...kept, portStr].join(',');
}

/** The TCP-ish container ports of one container, as decimal strings. */
function portsOf(container: unknown): string[] {
  return sliceOf(fieldOf(container, 'Ports'))
    .filter((p) => !SKIPPED_PROTOCOLS.has(scalarString(fieldOf(p, 'Protocol'))))
    .map((p) => {
      const n = fieldOf(p, 'ContainerPort');
      return String(n instanceof GoInt ? n.value : 0);
    });
}

/** `includeInboundPorts containers`: every container's ports, comma-separated. */
export function includeInboundPorts(containers: unknown): string {
  return sliceOf(containers).flatMap(portsOf).join(',');
}

/** `applicationPorts containers`: like includeInboundPorts, without the proxy's own ports. */
export function applicationPorts(containers: unknown): string {
  return sliceOf(containers)
    .filter((c) => fieldOf(c, 'Name') !== PROXY_CONTAINER_NAME)
    .flatMap(portsOf)
    .join(',');
}
