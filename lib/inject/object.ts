/**
 * `istioctl kube-inject` for one Kubernetes object (Istio's IntoObject). Lists are walked
 * item by item; each pod template goes through the steps below, and the object is written
 * back once, the way kube-inject writes it (write-back.ts).
 *
 * Steps per workload: locate the pod template → skip host networking → apply the pod's
 * proxy config → decide → inject the pod (pipeline.ts) → put the pod back → report.
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
import { isJsonArray, isJsonMap, type JsonMap } from '../go/json-map.js';
import { KinjectError } from '../errors.js';
import { replacePodTemplate } from '../k8s/workloads.js';
import { injectPod, type InjectionContext } from './pipeline.js';
import { stringMap, type Pod } from './pod.js';
import { decideInjection, type Decision, type ReasonCode } from './policy.js';
import { applyProxyConfigAnnotation } from './proxy-config.js';
import { describeWorkload, findWorkload, type FoundWorkload, type Path } from './workload.js';
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
  reason: ReasonCode | UninjectReason;
  message: string;
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

/** Nothing to inject: the object as it is. */
const untouched = (object: JsonMap): ObjectOutcome => ({
  object,
  rewritten: false,
  workloads: [],
  warnings: [],
});

/** Inject one object (Istio's IntoObject). Throws KinjectError. */
export function injectObject(ctx: InjectionContext, obj: JsonMap): ObjectOutcome {
  const edited = obj.kind === 'List' ? editList(ctx, obj) : editWorkload(ctx, obj, []);
  return edited.rewritten ? { ...edited, object: writeBack(obj, edited.object) } : edited;
}

/**
 * A List's items one by one. Go writes a List back whole, every item through its type, once
 * anything changed; the caller writes it back.
 */
function editList(ctx: InjectionContext, list: JsonMap): ObjectOutcome {
  const items = isJsonArray(list.items) ? list.items : [];
  const outcomes = items.map((item, i) =>
    isJsonMap(item) ? editWorkload(ctx, item, ['items', i]) : undefined,
  );
  const rewritten = outcomes.some((o) => o?.rewritten === true);
  return {
    object: rewritten
      ? { ...list, items: items.map((item, i) => outcomes[i]?.object ?? item) }
      : list,
    rewritten,
    workloads: outcomes.flatMap((o) => o?.workloads ?? []),
    warnings: outcomes.flatMap((o) => o?.warnings ?? []),
  };
}

/**
 * One workload object (not a List), injected but not yet written back; `prefix` is its path
 * in the document.
 */
function editWorkload(ctx: InjectionContext, obj: JsonMap, prefix: Path): ObjectOutcome {
  const w = findWorkload(obj);
  if (w === undefined) return untouched(obj);
  const { metadata, spec } = w.template;
  const podPath = [...prefix, ...w.path];
  // Decided first (the decision is pure); host networking is skipped before the pod's proxy
  // config is read, as kube-inject does.
  const decision = decideInjection(metadata, spec);
  if (decision.reason === 'HOST_NETWORK') {
    const warning = `Skipping injection because ${describeWorkload(w)} has host networking enabled`;
    return skipped(obj, reportFor(w, podPath, { ...decision, message: warning }), [warning]);
  }
  const mesh = applyProxyConfigAnnotation(ctx.cfg.mesh, stringMap(metadata, 'annotations'));
  if (!decision.inject) {
    const warning = `Skipping injection because ${describeWorkload(w)} has sidecar injection disabled`;
    return skipped(obj, reportFor(w, podPath, decision), [...decision.warnings, warning]);
  }
  const { pod, warnings } = atPodMetadata(podPath, () =>
    injectPod(ctx, { pod: { metadata, spec }, deploy: w.deploy, type: w.type, mesh }),
  );
  return {
    object: withPod(obj, w, pod),
    rewritten: true,
    workloads: [reportFor(w, podPath, decision)],
    warnings: [...decision.warnings, ...warnings],
  };
}

/** A workload left as it is, with its report and warnings. */
function skipped(obj: JsonMap, report: WorkloadReport, warnings: string[]): ObjectOutcome {
  return { object: obj, rewritten: false, workloads: [report], warnings };
}

/** A copy of the workload object with the injected pod in its template's place. */
function withPod(obj: JsonMap, w: FoundWorkload, pod: Pod): JsonMap {
  return replacePodTemplate(obj, w.template.workload, pod.metadata, pod.spec);
}

/** The report line for a workload's pod template at `podPath`. */
function reportFor(w: FoundWorkload, podPath: Path, decision: Decision): WorkloadReport {
  return {
    kind: w.type.kind,
    name: w.deploy.name,
    ...(w.deploy.namespace === '' ? {} : { namespace: w.deploy.namespace }),
    path: podPath,
    injected: decision.inject,
    reason: decision.reason,
    message: decision.message,
  };
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
