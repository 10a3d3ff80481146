/**
 * Undo a previous injection before rendering (Istio's stripPod and reinsertOverrides), so
 * that templates see the user's pod, and running kinject on its own output changes nothing.
 */
import { isJsonMap } from '../go/json-map.js';
import { messageOf } from '../errors.js';
import { injectionError } from './istio-errors.js';
import {
  cloneJson,
  containersOf,
  findContainer,
  findPodContainer,
  modifyContainers,
  PROXY_CONTAINER,
  setContainers,
  stringMap,
  type Container,
  type ContainerList,
  type Pod,
} from './pod.js';
import { type JsonMap } from '../go/json-map.js';
import { clearPrometheusAnnotations, prometheusPort } from './prometheus.js';
import { parseInjectionStatus, STATUS_ANNOTATION } from './status.js';

/** The annotation holding the user's own versions of injected containers. */
export const OVERRIDES_ANNOTATION = 'proxy.istio.io/overrides';

/**
 * The pod without what a previous injection added: its containers and init containers,
 * the prometheus annotations it pointed at the agent, and the status annotation.
 * Returns the same pod when it carries no (readable) status.
 */
export function stripPreviousInjection(pod: Pod, statusPort: number): Pod {
  const status = parseInjectionStatus(stringMap(pod.metadata, 'annotations')[STATUS_ANNOTATION]);
  if (status === undefined) return pod;
  const out = cloneJson(pod);
  const lists: [ContainerList, string[]][] = [
    ['containers', status.containers],
    ['initContainers', status.initContainers],
  ];
  for (const [list, names] of lists) {
    if (containersOf(out.spec, list).length === 0) continue;
    const kept = names.reduce(
      (cs, name) => modifyContainers(cs, name, 'remove'),
      containersOf(out.spec, list),
    );
    setContainers(out.spec, list, kept);
  }
  const annotations = stringMap(out.metadata, 'annotations');
  if (prometheusPort(annotations) === String(statusPort)) clearPrometheusAnnotations(annotations);
  delete annotations[STATUS_ANNOTATION];
  return out;
}

/** The user's container overrides recorded by an earlier injection. */
export interface ContainerOverrides {
  containers: Container[];
  initContainers: Container[];
}

/** Read the overrides annotation (absent: none; not JSON: Istio's error). */
export function readOverrides(pod: Pod): ContainerOverrides {
  const raw = stringMap(pod.metadata, 'annotations')[OVERRIDES_ANNOTATION];
  if (raw === undefined) return { containers: [], initContainers: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(raw));
  } catch (e) {
    throw injectionError('INJECTION', [OVERRIDES_ANNOTATION, messageOf(e)], {
      path: ['annotations', OVERRIDES_ANNOTATION],
    });
  }
  const list = (k: string): Container[] =>
    isJsonMap(parsed) && Array.isArray(parsed[k]) ? (parsed[k] as Container[]) : [];
  return { containers: list('containers'), initContainers: list('initContainers') };
}

/**
 * Put the recorded overrides back into a stripped pod where they are missing, so templates
 * that read `.Spec.Containers` see the same pod on re-injection (Istio's reinsertOverrides).
 * `injected` is the pod before stripping: see {@link userProxyWasAppContainer}.
 */
export function reinsertOverrides(pod: Pod, injected: Pod = pod): Pod {
  const overrides = readOverrides(pod);
  if (overrides.containers.length === 0 && overrides.initContainers.length === 0) return pod;
  const out = cloneJson(pod);
  const lists: ContainerList[] = ['containers', 'initContainers'];
  for (const recordedIn of lists) {
    for (const c of overrides[recordedIn]) {
      if (findContainer(String(c.name ?? ''), containersOf(out.spec, recordedIn))) continue;
      const at = appContainerIndex(c, containersOf(out.spec, 'containers'), injected);
      // A native proxy's override is recorded under initContainers even when written among the containers.
      const list = at === undefined ? recordedIn : 'containers';
      const cs = containersOf(out.spec, list);
      const index = at ?? cs.length;
      setContainers(out.spec, list, [...cs.slice(0, index), cloneJson(c), ...cs.slice(index)]);
    }
  }
  return out;
}

/**
 * Where among the app containers the user had written their `istio-proxy` (an index), or
 * undefined if not there (or nothing tells). The templates saw it there in
 * `.Spec.Containers`, and its ports went into the proxy's ISTIO_META_POD_PORTS in pod
 * order; that list, kept by the earlier injection, tells where: the override's ports
 * appear in it right after the ports of the app containers before it. (Istio appends the
 * override, or for a native sidecar moves it to the init containers, so its second run
 * reorders or drops those ports.)
 */
function appContainerIndex(
  override: Container,
  apps: readonly Container[],
  injected: Pod,
): number | undefined {
  const ports = Array.isArray(override.ports) ? override.ports.map(canonicalJson) : [];
  if (override.name !== PROXY_CONTAINER || ports.length === 0) return undefined;
  const recorded = podPortsOf(findPodContainer(PROXY_CONTAINER, injected.spec));
  let offset = 0;
  for (let at = 0; at <= apps.length; at++) {
    const run = recorded.slice(offset, offset + ports.length);
    if (run.length === ports.length && run.every((p, i) => p === ports[i])) return at;
    const app = apps[at];
    offset += app && Array.isArray(app.ports) ? app.ports.length : 0;
  }
  return undefined;
}

/** The ports an injected proxy's ISTIO_META_POD_PORTS lists, each as canonical JSON. */
function podPortsOf(proxy: Container | undefined): string[] {
  const env = Array.isArray(proxy?.env) ? proxy.env : [];
  const entry = env.find((e) => isJsonMap(e) && e.name === 'ISTIO_META_POD_PORTS') as
    JsonMap | undefined;
  try {
    const text = entry?.value;
    const ports: unknown = typeof text === 'string' ? JSON.parse(text) : [];
    return Array.isArray(ports) ? ports.map(canonicalJson) : [];
  } catch {
    return [];
  }
}

/** JSON with keys sorted at every depth, so that equal values compare equal as text. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (!isJsonMap(v)) return JSON.stringify(v);
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
}
