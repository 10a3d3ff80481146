/**
 * Injecting one pod, stage by stage in Istio's order (injectPod / RunTemplate):
 * validate → strip → render → merge → re-apply user containers → post-process.
 *
 * The stage convention: a stage reads the pod it is given and never changes it; it returns
 * the pod to continue with (the same object when it changed nothing). A stage that edits
 * works on its own copy, and the helpers it runs on that copy (`apply…`, `rewrite…`,
 * `reorder…`) edit it in place. The merge builds a new pod (the Go round trip writes every
 * object afresh), which the pipeline owns: the stages after it (re-applying the user's
 * containers, post-processing) edit that pod in place instead of copying it again.
 */
import { isJsonMap, stringAt, type JsonMap } from '../go/json-map.js';
import { quote } from '../go/strconv.js';
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { APPLY_OVERLAY, injectionError } from './istio-errors.js';
import { sidecarTemplateDataView } from '../goview/index.js';
import { proxyImage, proxyInitImage } from './images.js';
import { applyOverlay, parseRenderedTemplate } from './overlay.js';
import { reapplyUserContainers } from './overrides.js';
import {
  cloneJson,
  containersOf,
  findContainer,
  PROXY_CONTAINER,
  stringMap,
  type Pod,
} from './pod.js';
import { postProcessPod, statusPortOf } from './post-process.js';
import {
  renderTemplate,
  selectTemplates,
  TEMPLATES_ANNOTATION,
  type ParsedTemplates,
} from './render.js';
import { reinsertOverrides, stripPreviousInjection } from './strip.js';
import type { NamespacedName, TypeMeta } from './workload-meta.js';

/** A configuration ready to inject with: its templates parsed once. */
export interface InjectionContext {
  cfg: InjectionConfig;
  templates: ParsedTemplates;
}

/** A pod to inject and the workload it belongs to. */
export interface PodTarget {
  pod: Pod;
  deploy: NamespacedName;
  type: TypeMeta;
  /** The mesh config with the pod's `proxy.istio.io/config` applied. */
  mesh: JsonMap;
}

/** Cluster and network to force onto the proxy (extractClusterAndNetwork): values, then the pod's network label. */
function clusterEnvs(values: JsonMap, meta: JsonMap): Record<string, string> {
  const cluster = stringAt(values, ['global', 'multiCluster', 'clusterName']);
  const labels = stringMap(meta, 'labels');
  const network = labels['topology.istio.io/network'] ?? stringAt(values, ['global', 'network']);
  const envs: Record<string, string> = {};
  if (cluster !== '') envs.ISTIO_META_CLUSTER_ID = cluster;
  if (network !== '') envs.ISTIO_META_NETWORK = String(network);
  return envs;
}

/** Native sidecars for this pod: the annotation overrides the configured default. */
function nativeFor(pod: Pod, configured: boolean): boolean {
  const v = stringMap(pod.metadata, 'annotations')['sidecar.istio.io/nativeSidecar'];
  return v === 'true' ? true : v === 'false' ? false : configured;
}

/**
 * Move the user's `istio-proxy` from containers to init containers when the template
 * injects it as a native sidecar, so their customisations merge with it.
 */
function followNativeProxy(merged: Pod, templatePod: Pod, native: boolean): Pod {
  const inTemplateInits =
    findContainer(PROXY_CONTAINER, containersOf(templatePod.spec, 'initContainers')) !== undefined;
  const userProxy = findContainer(PROXY_CONTAINER, containersOf(merged.spec, 'containers'));
  // If the pod already has a native proxy (it was injected before), Istio would append a
  // second one; kinject leaves the pod as it is so that re-injection stays idempotent.
  const alreadyNative =
    findContainer(PROXY_CONTAINER, containersOf(merged.spec, 'initContainers')) !== undefined;
  if (!native || !inTemplateInits || userProxy === undefined || alreadyNative) return merged;
  const spec: JsonMap = { ...merged.spec };
  const containers = containersOf(merged.spec, 'containers');
  const at = containers.indexOf(userProxy);
  spec.containers = [...containers.slice(0, at), ...containers.slice(at + 1)];
  spec.initContainers = [...containersOf(merged.spec, 'initContainers'), userProxy];
  return { metadata: merged.metadata, spec };
}

/** Run a merge step, prefixing its errors the way Istio does. */
function withContext<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (!(e instanceof KinjectError)) throw e;
    throw injectionError(e.code, [what, 'strategic merge', e.message], {}, { cause: e });
  }
}

/** Render the selected templates and merge each into the pod; also returns the templates' own pod. */
function renderAndMerge(
  ctx: InjectionContext,
  pod: Pod,
  data: unknown,
): { merged: Pod; templatePod: Pod } {
  const { injector } = ctx.cfg;
  let merged = pod;
  let templatePod: Pod = { metadata: {}, spec: {} };
  const annotations = stringMap(pod.metadata, 'annotations');
  // Names the pod asked for are blamed on its annotation; the defaults on nothing in the pod.
  const requestedAt =
    annotations[TEMPLATES_ANNOTATION] === undefined
      ? {}
      : { path: ['annotations', TEMPLATES_ANNOTATION] };
  for (const name of selectTemplates(annotations, injector.defaultTemplates, injector.aliases)) {
    const rendered = renderTemplate(ctx.templates, name, data, requestedAt);
    const patch = parseRenderedTemplate(rendered, name);
    // The templates' own pod is only read (by the stages after the merge, and uninject).
    templatePod = withContext(APPLY_OVERLAY, () => applyOverlay(templatePod, patch, true));
    const target = followNativeProxy(
      merged,
      templatePod,
      nativeFor(merged, ctx.cfg.nativeSidecars),
    );
    merged = withContext(
      'failed parsing generated injected YAML (check Istio sidecar injector configuration)',
      () => applyOverlay(target, patch),
    );
  }
  return { merged, templatePod };
}

/** The data Istio's templates see (SidecarTemplateData). */
function templateInputs(ctx: InjectionContext, target: PodTarget, stripped: Pod): unknown {
  const { cfg } = ctx;
  const proxyConfig = isJsonMap(target.mesh.defaultConfig) ? target.mesh.defaultConfig : {};
  const annotations = stringMap(stripped.metadata, 'annotations');
  const inbound =
    stringAt(target.mesh, ['inboundTrafficPolicy', 'mode']) === 'LOCALHOST'
      ? 'localhost'
      : 'passthrough';
  return sidecarTemplateDataView({
    typeMeta: target.type,
    deploymentMeta: target.deploy,
    objectMeta: stripped.metadata,
    spec: stripped.spec,
    proxyConfig: proxyConfig,
    meshConfig: target.mesh,
    values: cfg.values,
    revision: cfg.revision,
    nativeSidecars: cfg.nativeSidecars,
    proxyImage: proxyImage(cfg.values, stringAt(proxyConfig, ['image', 'imageType']), annotations),
    proxyInitImage: proxyInitImage(cfg.values, annotations),
    proxyUID: cfg.proxyUID,
    proxyGID: cfg.proxyGID,
    inboundTrafficPolicyMode: inbound,
    // Istio reads COMPLIANCE_POLICY from its process environment; kinject's env map stands in for it.
    compliancePolicy: cfg.env.COMPLIANCE_POLICY ?? '',
  });
}

/** Istio's name for a pod in log lines (potentialPodName). */
function potentialPodName(meta: JsonMap): string {
  if (stringAt(meta, ['name']) !== '') return stringAt(meta, ['name']);
  return stringAt(meta, ['generateName']) === ''
    ? ''
    : `${stringAt(meta, ['generateName'])}***** (actual name not yet known)`;
}

/** Istio's checkPreconditions: warn when the pod's DNS policy may keep the proxy from istiod. */
function preconditionWarnings(pod: Pod): string[] {
  const policy = stringAt(pod.spec, ['dnsPolicy']);
  if (policy === '' || policy === 'ClusterFirst') return [];
  const who = quote(`${stringAt(pod.metadata, ['namespace'])}/${potentialPodName(pod.metadata)}`);
  return [
    `${who}'s DNSPolicy is not "ClusterFirst". The Envoy sidecar may not able to connect to Istio Pilot`,
  ];
}

/**
 * What the selected templates alone give a pod that carries no sidecar (no stripping, no
 * post-processing): uninject runs it to recognise the labels and annotations they added.
 */
export function renderTemplatePod(ctx: InjectionContext, target: PodTarget): Pod {
  return renderAndMerge(ctx, target.pod, templateInputs(ctx, target, target.pod)).templatePod;
}

/**
 * Inject one pod whose annotations the caller has validated (lib/inject/validate.ts: before
 * its target's mesh config applies them, as Istio orders it); the input is not modified.
 * Throws KinjectError.
 */
export function injectPod(
  ctx: InjectionContext,
  target: PodTarget,
): { pod: Pod; warnings: string[] } {
  const { pod, mesh } = target;
  const warnings = preconditionWarnings(pod);
  const proxyEnvs = clusterEnvs(ctx.cfg.values, pod.metadata);
  const stripped = reinsertOverrides(stripPreviousInjection(pod, statusPortOf(mesh)), pod);
  const { merged, templatePod } = renderAndMerge(ctx, pod, templateInputs(ctx, target, stripped));
  const tproxy = stringAt(mesh, ['defaultConfig', 'interceptionMode']) === 'TPROXY';
  // With no template selected the merge returns the input itself, which is not ours to edit.
  const owned = merged === pod ? cloneJson(pod) : merged;
  const out = reapplyUserContainers(owned, pod, templatePod, tproxy);
  const processed = postProcessPod(out, templatePod, {
    mesh,
    values: ctx.cfg.values,
    revision: ctx.cfg.revision,
    proxyEnvs,
    injectedAnnotations: ctx.cfg.injector.injectedAnnotations ?? {},
  });
  return { pod: processed, warnings };
}
