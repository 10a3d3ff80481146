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
  modifyContainers,
  setContainers,
  stringMap,
  type Container,
  type ContainerList,
  type Pod,
} from './pod.js';
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
    throw injectionError('INJECTION', [OVERRIDES_ANNOTATION, messageOf(e)]);
  }
  const list = (k: string): Container[] =>
    isJsonMap(parsed) && Array.isArray(parsed[k]) ? (parsed[k] as Container[]) : [];
  return { containers: list('containers'), initContainers: list('initContainers') };
}

/**
 * Put the recorded overrides back into a stripped pod where they are missing, so templates
 * that read `.Spec.Containers` see the same pod on re-injection (Istio's reinsertOverrides).
 */
export function reinsertOverrides(pod: Pod): Pod {
  const overrides = readOverrides(pod);
  if (overrides.containers.length === 0 && overrides.initContainers.length === 0) return pod;
  const out = cloneJson(pod);
  for (const list of ['containers', 'initContainers'] as const) {
    const cs = containersOf(out.spec, list);
    const missing = overrides[list].filter(
      (c) => findContainer(String(c.name ?? ''), cs) === undefined,
    );
    if (missing.length > 0) setContainers(out.spec, list, [...cs, ...cloneJson(missing)]);
  }
  return out;
}
