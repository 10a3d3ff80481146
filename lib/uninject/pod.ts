/**
 * Uninjecting one pod: take away exactly what injection added, found through the
 * `sidecar.istio.io/status` annotation (Istio's own record of the containers, init
 * containers, volumes and image pull secrets it added), and give back what it rewrote:
 * app probes (from ISTIO_KUBE_APP_PROBERS), Prometheus annotations (from
 * ISTIO_PROMETHEUS_ANNOTATIONS) and the user's own versions of injected containers
 * (from `proxy.istio.io/overrides`).
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import {
  cloneJson,
  containersOf,
  findContainer,
  PROXY_CONTAINER,
  setContainers,
  VALIDATION_CONTAINER,
  stringMap,
  type Container,
  type ContainerList,
  type Pod,
} from '../inject/pod.js';
import { parseInjectionStatus, STATUS_ANNOTATION } from '../inject/status.js';
import { OVERRIDES_ANNOTATION, readOverrides } from '../inject/strip.js';
import {
  INJECTED_ANNOTATIONS,
  INJECTED_LABELS,
  removeCniAnnotations,
  removeInjectedKeys,
  removeTemplateExtras,
} from './metadata.js';
import { parseAppProbers, restoreAppProbes } from './probes.js';
import { removeRecomputedMetadata, type MetadataOracle } from './recompute.js';
import { restorePrometheus } from './prometheus.js';
import { APP_PROBERS_ENV } from '../inject/probes.js';

/** The proxy env var holding the user's Prometheus settings. */
const PROMETHEUS_ENV = 'ISTIO_PROMETHEUS_ANNOTATIONS';

/** What uninjecting a pod needs beyond the pod. */
export interface UninjectTarget {
  pod: Pod;
  /** The workload's name (Istio's DeploymentMeta.Name), for the default canonical name. */
  workloadName: string;
  /** The injecting configuration's templates, to find the labels and annotations they added. */
  templates?: MetadataOracle;
}

/** The injected proxy's plain env values, by name (native or classic layout). */
function proxyEnvOf(spec: JsonMap): Record<string, string> {
  const proxy =
    findContainer(PROXY_CONTAINER, containersOf(spec, 'containers')) ??
    findContainer(PROXY_CONTAINER, containersOf(spec, 'initContainers'));
  const env = Array.isArray(proxy?.env) ? proxy.env : [];
  return Object.fromEntries(
    env
      .filter(isJsonMap)
      .flatMap((e) => (typeof e.value === 'string' ? [[String(e.name), e.value]] : [])),
  );
}

/**
 * Remove named items from a list field; the field goes when they were all it held. A list
 * that held none of them (the user's own `imagePullSecrets: []`) stays as it is.
 */
function removeNamed(spec: JsonMap, key: string, names: ReadonlySet<string>): void {
  const list = spec[key];
  if (!Array.isArray(list)) return;
  const kept = list.filter(
    (i: unknown) => !(isJsonMap(i) && typeof i.name === 'string' && names.has(i.name)),
  );
  if (kept.length === list.length) return;
  if (kept.length > 0) spec[key] = kept;
  else delete spec[key];
}

/**
 * Put the user's own versions of injected containers back where the injected ones were
 * (a list that is gone comes back with them).
 */
function restoreOverrides(
  spec: JsonMap,
  injected: Pod,
  overrides: Record<ContainerList, Container[]>,
): void {
  for (const from of ['containers', 'initContainers'] as const) {
    for (const mine of overrides[from]) {
      const name = String(mine.name ?? '');
      // The user writes istio-proxy among the containers, also when it is injected as a native sidecar.
      const list = name === PROXY_CONTAINER ? 'containers' : from;
      const cs = containersOf(spec, list);
      if (findContainer(name, cs) !== undefined) continue;
      const at = containersOf(injected.spec, list).findIndex((c) => c.name === name);
      const before = containersOf(injected.spec, list)
        .slice(0, Math.max(at, 0))
        .filter((c) => findContainer(String(c.name ?? ''), cs) !== undefined).length;
      const copy = at < 0 ? cs.length : before;
      // Injection records `image: auto` (keep the injected image) as no image at all.
      const restored =
        mine.image === undefined ? { ...cloneJson(mine), image: 'auto' } : cloneJson(mine);
      setContainers(spec, list, [...cs.slice(0, copy), restored, ...cs.slice(copy)]);
    }
  }
}

/** Drop an emptied labels or annotations map. */
function dropEmpty(meta: JsonMap, key: 'labels' | 'annotations'): void {
  if (isJsonMap(meta[key]) && Object.keys(meta[key]).length === 0) delete meta[key];
}

/** The pod without its injection; undefined when it carries no (readable) status annotation. */
export function uninjectPod(target: UninjectTarget): Pod | undefined {
  const injected = target.pod;
  const status = parseInjectionStatus(
    stringMap(injected.metadata, 'annotations')[STATUS_ANNOTATION],
  );
  if (status === undefined) return undefined;
  const pod = cloneJson(injected);
  const proxyEnv = proxyEnvOf(pod.spec);
  const validation = findContainer(VALIDATION_CONTAINER, containersOf(pod.spec, 'initContainers'));
  const overrides = readOverrides(pod);
  // A native sidecar is listed among the init containers, a classic one among the containers;
  // names are unique across both lists, so each list loses every injected name.
  const containers = new Set([...status.containers, ...status.initContainers]);
  removeNamed(pod.spec, 'containers', containers);
  removeNamed(pod.spec, 'initContainers', containers);
  removeNamed(pod.spec, 'volumes', new Set(status.volumes));
  removeNamed(pod.spec, 'imagePullSecrets', new Set(status.imagePullSecrets));
  restoreOverrides(pod.spec, injected, overrides);
  restoreAppProbes(pod, parseAppProbers(proxyEnv[APP_PROBERS_ENV]));
  const annotations = stringMap(pod.metadata, 'annotations');
  restorePrometheus(annotations, proxyEnv[PROMETHEUS_ENV]);
  delete annotations[STATUS_ANNOTATION];
  delete annotations[OVERRIDES_ANNOTATION];
  const facts = {
    pod,
    workloadName: target.workloadName,
    revision: status.revision,
    proxyEnv,
    cniArgs: status.initContainers.includes(VALIDATION_CONTAINER)
      ? (Array.isArray(validation?.args) ? validation.args : []).map(String)
      : undefined,
  };
  removeTemplateExtras(pod, annotations);
  removeCniAnnotations(annotations, facts);
  removeInjectedKeys(annotations, INJECTED_ANNOTATIONS, facts);
  removeInjectedKeys(
    isJsonMap(pod.metadata.labels) ? pod.metadata.labels : undefined,
    INJECTED_LABELS,
    facts,
  );
  if (target.templates !== undefined) removeRecomputedMetadata(pod, target.templates);
  dropEmpty(pod.metadata, 'labels');
  dropEmpty(pod.metadata, 'annotations');
  return pod;
}
