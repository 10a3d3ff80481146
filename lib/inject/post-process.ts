/**
 * What Istio does to the pod after the templates are merged (postProcessPod): cluster
 * env, metrics merging, probe rewriting, the status annotation, and container order.
 */
import { getPath, type JsonMap } from '../go/json-map.js';
import { ensureMap, findPodContainer, PROXY_CONTAINER, stringMap, type Pod } from './pod.js';
import { applyPrometheusMerge, applySecurePrometheusAnnotation } from './prometheus.js';
import {
  dumpAppProbers,
  mergeAppProbersEnv,
  rewriteAppProbes,
  shouldRewriteProbes,
} from './probes.js';
import { reorderContainers } from './reorder.js';
import { formatInjectionStatus, STATUS_ANNOTATION } from './status.js';

/** The settings post-processing reads. */
export interface PostProcessSettings {
  /** The mesh config with the pod's proxy config annotation applied. */
  mesh: JsonMap;
  values: JsonMap;
  revision: string;
  /** ISTIO_META_CLUSTER_ID / ISTIO_META_NETWORK to force onto the proxy. */
  proxyEnvs: Readonly<Record<string, string>>;
  injectedAnnotations: Readonly<Record<string, string>>;
}

/** The mesh's status port (the agent's port for probes and merged metrics). */
export function statusPortOf(mesh: JsonMap): number {
  return Number(getPath(mesh, ['defaultConfig', 'statusPort']) ?? 0);
}

/** Replace the proxy's cluster env vars with the forced values, appended in name order (overwriteClusterInfo). */
function overwriteClusterInfo(pod: Pod, envs: Readonly<Record<string, string>>): void {
  const sidecar = findPodContainer(PROXY_CONTAINER, pod.spec);
  const names = Object.keys(envs).sort();
  if (sidecar === undefined || names.length === 0) return;
  const env = Array.isArray(sidecar.env) ? (sidecar.env as JsonMap[]) : [];
  sidecar.env = [
    ...env.filter((e) => !names.includes(String(e.name))),
    ...names.map((name) => ({ name, value: envs[name] })),
  ];
}

/** Hand app probes over to the agent (applyRewrite). */
function applyProbeRewrite(pod: Pod, settings: PostProcessSettings): void {
  const sidecar = findPodContainer(PROXY_CONTAINER, pod.spec);
  const annotations = stringMap(pod.metadata, 'annotations');
  if (
    sidecar === undefined ||
    !shouldRewriteProbes(
      annotations,
      getPath(settings.values, ['sidecarInjectorWebhook', 'rewriteAppHTTPProbe']) === true,
    )
  )
    return;
  const statusPort = statusPortOf(settings.mesh);
  const probers = dumpAppProbers(pod, statusPort);
  if (probers !== '') {
    const env = Array.isArray(sidecar.env) ? (sidecar.env as JsonMap[]) : [];
    sidecar.env = mergeAppProbersEnv(env, probers, annotations[STATUS_ANNOTATION] !== undefined);
  }
  const fromAnnotation = annotations['status.sidecar.istio.io/port'];
  // Istio uses strconv.Atoi and carries on with 0 when the annotation is not a number.
  const port =
    fromAnnotation === undefined
      ? statusPort
      : /^[+-]?[0-9]+$/.test(String(fromAnnotation))
        ? Number(fromAnnotation)
        : 0;
  rewriteAppProbes(pod, port);
}

/** Network label, status annotation and the configured extra annotations (applyMetadata). */
function applyMetadata(pod: Pod, templatePod: Pod, settings: PostProcessSettings): void {
  const network = settings.proxyEnvs.ISTIO_META_NETWORK;
  if (network !== undefined)
    ensureMap(pod.metadata, 'labels')['topology.istio.io/network'] = network;
  const annotations = ensureMap(pod.metadata, 'annotations');
  annotations[STATUS_ANNOTATION] = formatInjectionStatus(templatePod.spec, settings.revision);
  Object.assign(annotations, settings.injectedAnnotations);
}

/** Whether the app must wait for the proxy (mesh proxy config or values). */
function holdsApplication(settings: PostProcessSettings): boolean {
  return (
    getPath(settings.mesh, ['defaultConfig', 'holdApplicationUntilProxyStarts']) === true ||
    getPath(settings.values, ['global', 'proxy', 'holdApplicationUntilProxyStarts']) === true
  );
}

/**
 * The injected pod post-processed, in place: `pod` is the caller's own (the merge built it),
 * so it is not copied first. `templatePod` is what the templates alone rendered.
 */
export function postProcessPod(pod: Pod, templatePod: Pod, settings: PostProcessSettings): Pod {
  ensureMap(pod.metadata, 'annotations');
  overwriteClusterInfo(pod, settings.proxyEnvs);
  const merge = getPath(settings.mesh, ['enablePrometheusMerge']);
  applyPrometheusMerge(
    pod,
    statusPortOf(settings.mesh),
    typeof merge === 'boolean' ? merge : undefined,
  );
  applySecurePrometheusAnnotation(pod);
  applyProbeRewrite(pod, settings);
  applyMetadata(pod, templatePod, settings);
  reorderContainers(pod, holdsApplication(settings));
  return pod;
}
