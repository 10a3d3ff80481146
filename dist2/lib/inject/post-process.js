/**
 * What Istio does to the pod after the templates are merged (postProcessPod): cluster
 * env, metrics merging, probe rewriting, the status annotation, and container order.
 */
import { ensureMap, findPodContainer, isObj, PROXY_CONTAINER, stringMap, } from './pod.js';
import { applyPrometheusMerge, applySecurePrometheusAnnotation } from './prometheus.js';
import { dumpAppProbers, mergeAppProbersEnv, rewriteAppProbes, shouldRewriteProbes, } from './probes.js';
import { reorderContainers } from './reorder.js';
import { formatInjectionStatus, STATUS_ANNOTATION } from './status.js';
/** A field of a nested object, or undefined. */
function dig(o, ...path) {
    return path.reduce((v, k) => (isObj(v) ? v[k] : undefined), o);
}
/** The mesh's status port (the agent's port for probes and merged metrics). */
export function statusPortOf(mesh) {
    return Number(dig(mesh, 'defaultConfig', 'statusPort') ?? 0);
}
/** Replace the proxy's cluster env vars with the forced values, appended in name order (overwriteClusterInfo). */
function overwriteClusterInfo(pod, envs) {
    const sidecar = findPodContainer(PROXY_CONTAINER, pod.spec);
    const names = Object.keys(envs).sort();
    if (sidecar === undefined || names.length === 0)
        return;
    const env = Array.isArray(sidecar.env) ? sidecar.env : [];
    sidecar.env = [
        ...env.filter((e) => !names.includes(String(e.name))),
        ...names.map((name) => ({ name, value: envs[name] })),
    ];
}
/** Hand app probes over to the agent (applyRewrite). */
function applyProbeRewrite(pod, settings) {
    const sidecar = findPodContainer(PROXY_CONTAINER, pod.spec);
    const annotations = stringMap(pod.metadata, 'annotations');
    if (sidecar === undefined ||
        !shouldRewriteProbes(annotations, dig(settings.values, 'sidecarInjectorWebhook', 'rewriteAppHTTPProbe') === true))
        return;
    const statusPort = statusPortOf(settings.mesh);
    const probers = dumpAppProbers(pod, statusPort);
    if (probers !== '') {
        const env = Array.isArray(sidecar.env) ? sidecar.env : [];
        sidecar.env = mergeAppProbersEnv(env, probers, annotations[STATUS_ANNOTATION] !== undefined);
    }
    const fromAnnotation = annotations['status.sidecar.istio.io/port'];
    // Istio uses strconv.Atoi and carries on with 0 when the annotation is not a number.
    const port = fromAnnotation === undefined
        ? statusPort
        : /^[+-]?[0-9]+$/.test(String(fromAnnotation))
            ? Number(fromAnnotation)
            : 0;
    rewriteAppProbes(pod, port);
}
/** Network label, status annotation and the configured extra annotations (applyMetadata). */
function applyMetadata(pod, templatePod, settings) {
    const network = settings.proxyEnvs.ISTIO_META_NETWORK;
    if (network !== undefined)
        ensureMap(pod.metadata, 'labels')['topology.istio.io/network'] = network;
    const annotations = ensureMap(pod.metadata, 'annotations');
    annotations[STATUS_ANNOTATION] = formatInjectionStatus(templatePod.spec, settings.revision);
    Object.assign(annotations, settings.injectedAnnotations);
}
/** Whether the app must wait for the proxy (mesh proxy config or values). */
function holdsApplication(settings) {
    return (dig(settings.mesh, 'defaultConfig', 'holdApplicationUntilProxyStarts') === true ||
        dig(settings.values, 'global', 'proxy', 'holdApplicationUntilProxyStarts') === true);
}
/** Post-process an injected pod in place; `templatePod` is what the templates alone rendered. */
export function postProcessPod(pod, templatePod, settings) {
    ensureMap(pod.metadata, 'annotations');
    overwriteClusterInfo(pod, settings.proxyEnvs);
    const merge = dig(settings.mesh, 'enablePrometheusMerge');
    applyPrometheusMerge(pod, statusPortOf(settings.mesh), typeof merge === 'boolean' ? merge : undefined);
    applySecurePrometheusAnnotation(pod);
    applyProbeRewrite(pod, settings);
    applyMetadata(pod, templatePod, settings);
    reorderContainers(pod, holdsApplication(settings));
}
//# sourceMappingURL=post-process.js.map