/**
 * `istioctl kube-inject` for one Kubernetes object (Istio's IntoObject). Lists are walked
 * item by item; each workload follows its earlier injection (if any), and each injection
 * goes through the steps below before the object is written back the way kube-inject writes
 * it (write-back.ts).
 *
 * Steps per workload: locate the pod template → decode it as Go would → decide (a Decider)
 * → apply ProxyConfigs and the pod's proxy config → inject the pod (pipeline.ts) → put the
 * pod back and write the object back → report.
 *
 * Where kinject knowingly differs from Istio:
 * - Objects it does not inject are returned as they are (Istio re-serializes them).
 * - Re-injection re-applies the user's recorded `proxy.istio.io/overrides` and never
 *   duplicates a native proxy, so that running kinject on its output changes nothing.
 * - A workload whose injection is now off loses its earlier sidecar, and one injected with
 *   another configuration is uninjected before it is injected again (kube-inject keeps the
 *   old sidecar in the first case and its volumes in the second).
 * - The injector config's `defaultTemplates`, `aliases` and `injectedAnnotations` are used, as
 *   the webhook does (kube-inject fixes `[sidecar]`, no aliases, none); policy stays kube-inject's.
 * - `proxy.istio.io/config` is checked for being a YAML mapping, not against every
 *   ProxyConfig rule.
 */
import { proxyTurnsNative } from './carry-over.js';
import { getPath, isJsonArray, isJsonMap, type JsonMap } from '../go/json-map.js';
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { decodeWorkload } from '../k8s/decode-pod.js';
import { rolloutImpact, type RolloutImpact } from '../k8s/rollout.js';
import { editListItems, replacePodTemplate } from '../k8s/workloads.js';
import { uninjectObject } from '../uninject/object.js';
import { deepEqual } from '../yaml/match.js';
import { factsOf, type Decider, type RoutedDecision } from './decider.js';
import { injectPod, type InjectionContext } from './pipeline.js';
import { PROXY_CONTAINER, stringMap, type Pod } from './pod.js';
import type { ReasonCode } from './policy.js';
import { applyProxyConfigAnnotation, mergeProxyConfig } from './proxy-config.js';
import { validateAnnotations } from './validate.js';
import { STATUS_ANNOTATION } from './status.js';
import { findWorkload, type FoundWorkload, type Path } from './workload.js';
import { writeBack } from './write-back.js';

export type { Path } from './workload.js';

/** What happened to one pod template. */
export interface WorkloadReport {
  kind: string;
  name: string;
  namespace?: string;
  /** Path from the document root to the pod template (`[]` for a Pod). */
  path: Path;
  injected: boolean;
  /** Its earlier injection was taken away (uninject, or injection now turned off). */
  uninjected?: true;
  /** The injector's reason code (kube-inject mode), the deciding rule code (cluster mode), or uninject's. */
  reason: ReasonCode | UninjectReason | (string & {});
  message: string;
  /** The rule code that decided (the reason code unless a decider says more, e.g. `NAMESPACE_LABEL`). */
  rule: string;
  /** The revision that injects ('' the default one); null when nothing injects. */
  revision: string | null;
  /** The decision's warnings about this workload (also in the outcome's warnings). */
  warnings: string[];
  /** The input pod already carries an Istio sidecar (status annotation or istio-proxy container). */
  hadSidecar: boolean;
  /** The output's pod template differs from the input's. */
  templateChanged: boolean;
  /** How the change reaches running pods (only when the template changed). */
  rollout?: RolloutImpact;
}

/** Why uninject did what it did to a pod template. */
export type UninjectReason =
  | 'INJECTION_STATUS' // its sidecar.istio.io/status annotation lists what injection added
  | 'NO_INJECTION_STATUS'; // no status annotation: not injected (or not readable)

/** The result of injecting one object. */
export interface ObjectOutcome {
  /** The new object (the input is not mutated); the same reference when it is not rewritten. */
  object: JsonMap;
  /** Whether the object is rewritten (a pod template was injected, or uninjected). */
  rewritten: boolean;
  /** One per pod template found (a List has several; other kinds: none). */
  workloads: WorkloadReport[];
  /** Istio's log lines worth showing the user. */
  warnings: string[];
}

/** One injector's state: its own context, other revisions' contexts on demand, its decider. */
export interface InjectorRun {
  ctx: InjectionContext;
  contextFor(cfg: InjectionConfig): InjectionContext;
  decide: Decider;
}

/** Nothing to inject: the object as it is. */
const untouched = (object: JsonMap): ObjectOutcome => ({
  object,
  rewritten: false,
  workloads: [],
  warnings: [],
});

/** Inject one object (Istio's IntoObject). Throws KinjectError. */
export function injectObject(run: InjectorRun, obj: JsonMap): ObjectOutcome {
  return injectAt(run, obj, []);
}

/** An object at `prefix` in its document: a List item by item, else a workload. */
function injectAt(run: InjectorRun, obj: JsonMap, prefix: Path): ObjectOutcome {
  return obj.kind === 'List' ? injectList(run, obj, prefix) : injectWorkload(run, obj, prefix);
}

/**
 * A List's items one by one; a List among them too, as Istio's IntoObject recurses. Go
 * writes a List back whole, every item through its type, once anything changed.
 */
function injectList(run: InjectorRun, list: JsonMap, prefix: Path): ObjectOutcome {
  const { object, changed, outcomes } = editListItems(
    list,
    (item, path) => injectAt(run, item, [...prefix, ...path]),
    (o) => o.rewritten,
  );
  return {
    object: changed ? writeBack(list, object) : list,
    rewritten: changed,
    workloads: outcomes.flatMap((o) => o.workloads),
    warnings: outcomes.flatMap((o) => o.warnings),
  };
}

/**
 * Inject one workload object (not a List), following an earlier injection: one whose
 * injection is now off comes out uninjected; one injected with another configuration (a
 * new template, image, layout) is uninjected first, so that nothing of the old sidecar stays.
 * Re-injecting with the same configuration changes nothing. `prefix` is its path in the document.
 */
function injectWorkload(run: InjectorRun, obj: JsonMap, prefix: Path): ObjectOutcome {
  const w = findWorkload(obj);
  if (w === undefined) return untouched(obj);
  const first = injectFound(run, obj, w, prefix);
  if (stringMap(w.template.metadata, 'annotations')[STATUS_ANNOTATION] === undefined) return first;
  const injectedNow = first.workloads.some((r) => r.injected);
  if (injectedNow && deepEqual(first.object, obj)) return first;
  const now = injectedNow ? findWorkload(first.object) : undefined;
  if (now !== undefined && proxyTurnsNative(w.template.metadata, now.template.spec)) return first;
  const bare = uninjectObject(obj).object;
  return injectedNow ? reinjected(run, bare, prefix) : injectionOff(first, bare);
}

/** An earlier injection's workload, uninjected (`bare`) and injected again with today's configuration. */
function reinjected(run: InjectorRun, bare: JsonMap, prefix: Path): ObjectOutcome {
  const w = findWorkload(bare);
  const again = w === undefined ? untouched(bare) : injectFound(run, bare, w, prefix);
  // Reported against the input: it had a sidecar, and its template changed.
  return {
    ...again,
    workloads: again.workloads.map((r) => ({ ...r, hadSidecar: true, templateChanged: true })),
  };
}

/** An earlier injection's workload whose injection is now off: its sidecar taken away (`bare`). */
function injectionOff(first: ObjectOutcome, bare: JsonMap): ObjectOutcome {
  return {
    ...first,
    object: bare,
    rewritten: true,
    workloads: first.workloads.map((r) => ({
      ...r,
      uninjected: true,
      message: `injection is off, the earlier sidecar is taken away (${r.message})`,
    })),
  };
}

/** A found workload and how its decider routed it. */
interface Routed {
  obj: JsonMap;
  w: FoundWorkload;
  podPath: Path;
  routed: RoutedDecision;
  /** Its owner as the pod sees it: a workload without a namespace is in the one the run gives (-n). */
  deploy: FoundWorkload['deploy'];
  /** The configuration it is injected with (the decider's, else the injector's own). */
  cfg: InjectionConfig;
  /** The decision's warnings (or the decider's lines in their place). */
  warnings: string[];
}

/** Inject a located workload as kube-inject would: decode, decide, inject, write back. */
function injectFound(
  run: InjectorRun,
  obj: JsonMap,
  w: FoundWorkload,
  prefix: Path,
): ObjectOutcome {
  decodeWorkload(obj, w.template.workload, prefix);
  const routed = run.decide(factsOf(obj, w));
  const r: Routed = {
    obj,
    w,
    podPath: [...prefix, ...w.path],
    routed,
    deploy:
      w.deploy.namespace === '' && routed.namespace !== undefined
        ? { ...w.deploy, namespace: routed.namespace }
        : w.deploy,
    cfg: routed.cfg ?? run.ctx.cfg,
    warnings: routed.warnings ?? routed.decision.warnings,
  };
  if (!routed.decision.inject)
    return { object: obj, rewritten: false, workloads: [reportFor(r, obj)], warnings: r.warnings };
  // Prepared only for a workload it injects (another revision's templates are parsed on first use).
  const ctx = routed.cfg === undefined ? run.ctx : run.contextFor(routed.cfg);
  const { pod, warnings } = atPodMetadata(r.podPath, () => {
    // Istio validates the annotations before it applies the proxy config one: a bad one is
    // reported as the annotation it is, where it is.
    validateAnnotations(stringMap(r.w.template.metadata, 'annotations'));
    return injectPod(ctx, podTarget(r));
  });
  const out = writeBack(obj, withPod(obj, w, pod));
  return {
    object: out,
    rewritten: true,
    workloads: [reportFor(r, out)],
    warnings: [...r.warnings, ...warnings],
  };
}

/** What the pipeline injects: the pod, its owner, and the mesh config it is injected under. */
function podTarget(r: Routed): Parameters<typeof injectPod>[1] {
  const { metadata, spec } = r.w.template;
  return { pod: { metadata, spec }, deploy: r.deploy, type: r.w.type, mesh: meshFor(r) };
}

/** The mesh config: ProxyConfig resources over its defaultConfig in order, then the pod's annotation. */
function meshFor(r: Routed): JsonMap {
  const base = (r.routed.proxyConfigs ?? []).reduce<JsonMap>(
    (mesh, patch) => ({
      ...mesh,
      defaultConfig: mergeProxyConfig(
        isJsonMap(mesh.defaultConfig) ? mesh.defaultConfig : {},
        patch,
      ),
    }),
    r.cfg.mesh,
  );
  return applyProxyConfigAnnotation(base, stringMap(r.w.template.metadata, 'annotations'));
}

/** A copy of the workload object with the injected pod in its template's place. */
function withPod(obj: JsonMap, w: FoundWorkload, pod: Pod): JsonMap {
  return replacePodTemplate(obj, w.template.workload, pod.metadata, pod.spec);
}

/** The report line for a routed workload, `out` being the object that comes out. */
function reportFor(r: Routed, out: JsonMap): WorkloadReport {
  const { w, obj, routed, deploy } = r;
  const { decision } = routed;
  const { metadataPath, specPath } = w.template.workload;
  const templateChanged = [metadataPath, specPath].some(
    (p) => !deepEqual(getPath(obj, p), getPath(out, p)),
  );
  const rollout = templateChanged ? rolloutImpact(obj) : undefined;
  return {
    kind: w.type.kind,
    name: deploy.name,
    ...(deploy.namespace === '' ? {} : { namespace: deploy.namespace }),
    path: r.podPath,
    injected: decision.inject,
    reason: decision.reason,
    message: decision.message,
    rule: decision.rule ?? decision.reason,
    revision: decision.inject ? (decision.revision ?? r.cfg.revision) : null,
    warnings: r.warnings,
    hadSidecar: carriesSidecar(w.template.metadata, w.template.spec),
    templateChanged,
    ...(rollout === undefined ? {} : { rollout }),
  };
}

/** Does a pod already carry Istio's sidecar (its status annotation, or an istio-proxy container)? */
function carriesSidecar(metadata: JsonMap, spec: JsonMap): boolean {
  if (stringMap(metadata, 'annotations')[STATUS_ANNOTATION] !== undefined) return true;
  return ['containers', 'initContainers'].some((field) => {
    const list = spec[field];
    return isJsonArray(list) && list.some((c) => isJsonMap(c) && c.name === PROXY_CONTAINER);
  });
}

/** Run a step on a pod template at `podPath`, placing a path its error has under the pod's metadata. */
function atPodMetadata<T>(podPath: Path, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (!(e instanceof KinjectError) || e.path === undefined) throw e;
    throw new KinjectError(
      e.code,
      e.message,
      { path: [...podPath, 'metadata', ...e.path] },
      { cause: e.cause },
    );
  }
}
