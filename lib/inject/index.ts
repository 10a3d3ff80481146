/**
 * kinject's injector: `istioctl kube-inject` for one Kubernetes object at a time
 * (Istio's IntoObject). Lists are walked item by item; each pod template is decided on,
 * injected, and reported.
 *
 * ```ts
 * const injector = prepareInjector(cfg);          // parses the templates once
 * const { object, changed, workloads, warnings } = injector.injectObject(obj);
 * ```
 *
 * Where kinject knowingly differs from Istio:
 * - Objects it does not inject are returned as they are (Istio re-serializes them).
 * - Re-injection re-applies the user's recorded `proxy.istio.io/overrides` and never
 *   duplicates a native proxy, so that running kinject on its output changes nothing.
 * - The injector config's `defaultTemplates`, `aliases` and `injectedAnnotations` are used, as
 *   the webhook does (kube-inject fixes `[sidecar]`, no aliases, none); policy stays kube-inject's.
 * - `proxy.istio.io/config` is checked for being a YAML mapping, not against every
 *   ProxyConfig rule.
 */
import { goQuote } from '../template/quote.js';
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { roundTripObject } from '../goview/index.js';
import { dropSerializerNoise } from './serializer-noise.js';
import { injectPod, type InjectionContext } from './pipeline.js';
import { cloneJson, isObj, stringMap, type Obj } from './pod.js';
import { decideInjection, type Decision, type ReasonCode } from './policy.js';
import { applyProxyConfigAnnotation, mergeProxyConfig } from './proxy-config.js';
import { STATUS_ANNOTATION } from './status.js';
import { proxyTurnsNative } from './carry-over.js';
import { uninjectObject } from '../uninject/object.js';
import { parseTemplates } from './render.js';
import {
  findPodTemplate,
  getPath,
  replacePodTemplate,
  type PodTemplate,
} from '../k8s/workloads.js';
import { rolloutImpact, type RolloutImpact } from '../k8s/rollout.js';
import { deepEqual } from '../yaml/match.js';
import { decodeWorkload } from '../k8s/decode-pod.js';
import type { JsonMap } from '../k8s/json.js';
import { podWorkloadMeta, type NamespacedName, type TypeMeta } from './workload-meta.js';

export type { ReasonCode } from './policy.js';

/** A path of keys from a document's root. */
export type Path = (string | number)[];

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

/** A workload as a decider sees it. */
export interface WorkloadFacts {
  kind: string;
  name: string;
  /** The workload object's own `metadata.namespace` ('' when it has none). */
  namespace: string;
  /** The whole workload object. */
  object: Obj;
  /** The pod metadata and spec kube-inject reads and rewrites. */
  metadata: Obj;
  spec: Obj;
}

/** What a decider says about a workload: the decision, and how to inject if it does. */
export interface RoutedDecision {
  decision: Omit<Decision, 'reason'> & {
    reason: ReasonCode | (string & {});
    rule?: string;
    revision?: string | null;
  };
  /** The configuration to inject with (the deciding revision's); default: the injector's own. */
  cfg?: InjectionConfig;
  /** ProxyConfig resources' settings to apply over the mesh's defaultConfig, in order, before the pod's annotation. */
  proxyConfigs?: readonly Obj[];
  /** The namespace the pod is created in, for the templates' DeploymentMeta (when the object has none). */
  namespace?: string;
  /** Warnings instead of kube-inject's "Skipping injection because …" line. */
  warnings?: string[];
}

/** Decides each workload; the default is `istioctl kube-inject`'s rules. */
export type Decider = (facts: WorkloadFacts) => RoutedDecision;

/** Why uninject did what it did to a pod template. */
export type UninjectReason =
  | 'INJECTION_STATUS' // its sidecar.istio.io/status annotation lists what injection added
  | 'NO_INJECTION_STATUS'; // no status annotation: not injected (or not readable)

/** The result of injecting one object. */
export interface ObjectOutcome {
  /** The new object (the input is not mutated); the same reference if nothing changed. */
  object: Record<string, unknown>;
  changed: boolean;
  /** One per pod template found (a List has several; other kinds: none). */
  workloads: WorkloadReport[];
  /** Istio's log lines worth showing the user. */
  warnings: string[];
}

/** A configured injector. */
export interface Injector {
  injectObject(obj: Record<string, unknown>): ObjectOutcome;
}

/** Prepare an injector: templates are parsed here, once. Throws KinjectError('TEMPLATE_PARSE' | 'CONFIG'). */
export function prepareInjector(cfg: InjectionConfig, decide?: Decider): Injector {
  const contexts = new Map<InjectionConfig, InjectionContext>();
  const contextFor = (c: InjectionConfig): InjectionContext => {
    const known = contexts.get(c);
    if (known !== undefined) return known;
    if (!isObj(c.values))
      throw new KinjectError('CONFIG', 'failed to parse values.yaml; check Istiod logs for errors');
    const made = { cfg: c, templates: parseTemplates(c.injector.templates, c.env) };
    contexts.set(c, made);
    return made;
  };
  const run: Run = { ctx: contextFor(cfg), contextFor, decide: decide ?? decideKubeInject };
  return { injectObject: (obj) => injectObject(run, obj) };
}

/** One injector's state: its own context, other revisions' contexts on demand, its decider. */
interface Run {
  ctx: InjectionContext;
  contextFor(cfg: InjectionConfig): InjectionContext;
  decide: Decider;
}

/** `istioctl kube-inject`'s decision: policy enabled, no selectors, and its log lines. */
export function decideKubeInject(facts: WorkloadFacts): RoutedDecision {
  const decision = decideInjection(facts.metadata, facts.spec);
  if (decision.inject) return { decision };
  const who = describeFacts(facts);
  const skip =
    decision.reason === 'HOST_NETWORK'
      ? [`Skipping injection because ${who} has host networking enabled`]
      : [...decision.warnings, `Skipping injection because ${who} has sidecar injection disabled`];
  return { decision, warnings: skip };
}

/** A workload's pod template, and who it belongs to (templates' DeploymentMeta / TypeMeta). */
export interface FoundWorkload {
  template: PodTemplate;
  deploy: NamespacedName;
  type: TypeMeta;
  /** Path from the object to the pod template, for reports (`[]` for a Pod). */
  path: Path;
}

/** Locate the pod of a workload object; undefined for kinds kube-inject passes through. */
export function findWorkload(obj: Obj): FoundWorkload | undefined {
  const template = findPodTemplate(obj as JsonMap);
  if (template === undefined) return undefined;
  const path = template.workload.specPath.slice(0, -1);
  if (template.workload.owner === 'pod-controller')
    return { template, path, ...podWorkloadMeta(template.metadata) };
  const own = isObj(obj.metadata) ? obj.metadata : {};
  return {
    template,
    path,
    deploy: { name: String(own.name ?? ''), namespace: String(own.namespace ?? '') },
    type: { kind: template.kind, apiVersion: String(obj.apiVersion ?? '') },
  };
}

/** The facts a decider sees about a found workload. */
function factsOf(
  obj: Obj,
  w: FoundWorkload,
): WorkloadFacts & { typeKind: string; deploy: NamespacedName } {
  const own = isObj(obj.metadata) ? obj.metadata : {};
  return {
    kind: w.template.kind,
    name: w.deploy.name,
    namespace: typeof own.namespace === 'string' ? own.namespace : '',
    object: obj,
    metadata: w.template.metadata,
    spec: w.template.spec,
    typeKind: w.type.kind,
    deploy: w.deploy,
  };
}

/** `Kind "namespace/name"` as Istio's warnings print it. */
function describeFacts(facts: WorkloadFacts): string {
  const f = facts as Partial<ReturnType<typeof factsOf>>;
  const deploy = f.deploy ?? { name: facts.name, namespace: facts.namespace };
  const kind = f.typeKind ?? facts.kind;
  const name = String(facts.metadata.name ?? '') || deploy.name;
  const full = deploy.namespace === '' ? name : `${deploy.namespace}/${name}`;
  return kind === '' ? goQuote(full) : `${kind} ${goQuote(full)}`;
}

/**
 * Inject one workload object (not a List), following an earlier injection: one whose
 * injection is now off comes out uninjected; one injected with another configuration (a
 * new template, image, layout) is uninjected first, so that nothing of the old sidecar stays
 * (kube-inject keeps the old sidecar in the first case and its volumes in the second).
 * Re-injecting with the same configuration changes nothing, as before.
 */
function injectWorkload(run: Run, obj: Obj, prefix: Path): ObjectOutcome {
  const first = injectOnce(run, obj, prefix);
  const w = findWorkload(obj);
  if (
    w === undefined ||
    stringMap(w.template.metadata, 'annotations')[STATUS_ANNOTATION] === undefined
  )
    return first;
  const injectedNow = first.workloads.some((r) => r.injected);
  if (injectedNow && deepEqual(first.object, obj)) return first;
  const now = injectedNow ? findWorkload(first.object) : undefined;
  if (now !== undefined && proxyTurnsNative(w.template.metadata, now.template.spec)) return first;
  const bare = uninjectObject(obj).object;
  if (injectedNow) {
    // Reported against the input: it had a sidecar, and its template changed.
    const again = injectOnce(run, bare, prefix);
    return {
      ...again,
      workloads: again.workloads.map((r) => ({ ...r, hadSidecar: true, templateChanged: true })),
    };
  }
  return {
    ...first,
    object: bare,
    changed: true,
    workloads: first.workloads.map((r) => ({
      ...r,
      uninjected: true,
      message: `injection is off, the earlier sidecar is taken away (${r.message})`,
    })),
  };
}

/** Inject one workload object (not a List) as kube-inject would. */
function injectOnce(run: Run, obj: Obj, prefix: Path): ObjectOutcome {
  const w = findWorkload(obj);
  if (w === undefined) return { object: obj, changed: false, workloads: [], warnings: [] };
  decodeWorkload(obj as JsonMap, w.template.workload, prefix);
  const { metadata, spec, workload } = w.template;
  const routed = run.decide(factsOf(obj, w));
  const { decision } = routed;
  const warnings = routed.warnings ?? decision.warnings;
  const report = (out: Obj = obj): WorkloadReport => {
    const templateChanged = [workload.metadataPath, workload.specPath].some(
      (p) => !deepEqual(getPath(obj as JsonMap, p), getPath(out as JsonMap, p)),
    );
    const rollout = templateChanged ? rolloutImpact(obj as JsonMap) : undefined;
    return {
      kind: w.type.kind,
      name: w.deploy.name,
      ...(w.deploy.namespace === '' ? {} : { namespace: w.deploy.namespace }),
      path: [...prefix, ...w.path],
      injected: decision.inject,
      reason: decision.reason,
      message: decision.message,
      rule: decision.rule ?? decision.reason,
      revision: decision.inject
        ? (decision.revision ?? (routed.cfg ?? run.ctx.cfg).revision)
        : null,
      warnings,
      hadSidecar: carriesSidecar(metadata, spec),
      templateChanged,
      ...(rollout === undefined ? {} : { rollout }),
    };
  };
  if (!decision.inject) return { object: obj, changed: false, workloads: [report()], warnings };
  const ctx = routed.cfg === undefined ? run.ctx : run.contextFor(routed.cfg);
  const base = (routed.proxyConfigs ?? []).reduce<Obj>(
    (mesh, patch) => ({
      ...mesh,
      defaultConfig: mergeProxyConfig(isObj(mesh.defaultConfig) ? mesh.defaultConfig : {}, patch),
    }),
    ctx.cfg.mesh,
  );
  const mesh = applyProxyConfigAnnotation(base, stringMap(metadata, 'annotations'));
  const deploy =
    w.deploy.namespace === '' && routed.namespace !== undefined
      ? { ...w.deploy, namespace: routed.namespace }
      : w.deploy;
  const { pod, warnings: injectWarnings } = atPodMetadata([...prefix, ...w.path], () =>
    injectPod(ctx, {
      pod: { metadata: cloneJson(metadata), spec: cloneJson(spec) },
      deploy,
      type: w.type,
      mesh,
    }),
  );
  // kube-inject writes the object back through its Go type (zero values, omitempty, quantities),
  // less the serializer's empty marks the user did not write.
  const written = roundTripObject(
    replacePodTemplate(obj as JsonMap, workload, pod.metadata as JsonMap, pod.spec as JsonMap),
  );
  const out = dropSerializerNoise(obj, written) as Obj;
  return {
    object: out,
    changed: true,
    workloads: [report(out)],
    warnings: [...warnings, ...injectWarnings],
  };
}

/** Does a pod already carry Istio's sidecar (its status annotation, or an istio-proxy container)? */
function carriesSidecar(metadata: Obj, spec: Obj): boolean {
  if (stringMap(metadata, 'annotations')['sidecar.istio.io/status'] !== undefined) return true;
  return ['containers', 'initContainers'].some(
    (field) =>
      Array.isArray(spec[field]) &&
      (spec[field] as unknown[]).some((c) => isObj(c) && c.name === 'istio-proxy'),
  );
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

/** Inject a List's items one by one. */
function injectList(run: Run, list: Obj): ObjectOutcome {
  const items = Array.isArray(list.items) ? list.items : [];
  const outcomes = items.map((item, i) =>
    isObj(item) ? injectWorkload(run, item, ['items', i]) : undefined,
  );
  const changed = outcomes.some((o) => o?.changed === true);
  // Go writes a List back whole, every item through its type, once anything changed.
  const object = changed
    ? (dropSerializerNoise(
        list,
        roundTripObject({
          ...list,
          items: items.map((item, i) => outcomes[i]?.object ?? item),
        } as JsonMap),
      ) as Obj)
    : list;
  return {
    object,
    changed,
    workloads: outcomes.flatMap((o) => o?.workloads ?? []),
    warnings: outcomes.flatMap((o) => o?.warnings ?? []),
  };
}

/** Inject one object (Istio's IntoObject). Throws KinjectError. */
function injectObject(run: Run, obj: Record<string, unknown>): ObjectOutcome {
  return obj.kind === 'List' ? injectList(run, obj) : injectWorkload(run, obj, []);
}
