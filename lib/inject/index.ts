/**
 * kinject's injector: `istioctl kube-inject` for one Kubernetes object at a time
 * (Istio's IntoObject). Lists are walked item by item; each pod template is decided on,
 * injected, and reported.
 *
 * ```ts
 * const injector = prepareInjector(cfg);          // parses the templates once
 * const { object, changed, workloads, warnings } = injector.injectObject(obj);
 * ```
 */
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { applyGoArtifacts } from './go-artifacts.js';
import { injectPod, type InjectionContext } from './pipeline.js';
import { cloneJson, isObj, stringMap, type Obj } from './pod.js';
import { decideInjection, type ReasonCode } from './policy.js';
import { applyProxyConfigAnnotation } from './proxy-config.js';
import { parseTemplates } from './render.js';
import { findWorkload, getPath, setPath, type FoundWorkload, type Path } from './workloads.js';

export type { ReasonCode } from './policy.js';

/** What happened to one pod template. */
export interface WorkloadReport {
  kind: string;
  name: string;
  namespace?: string;
  /** Path from the document root to the pod template (`[]` for a Pod). */
  path: Path;
  injected: boolean;
  reason: ReasonCode;
  message: string;
}

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
export function prepareInjector(cfg: InjectionConfig): Injector {
  if (!isObj(cfg.values)) throw new KinjectError('CONFIG', 'failed to parse values.yaml; check Istiod logs for errors');
  const ctx: InjectionContext = { cfg, templates: parseTemplates(cfg.injector.templates, cfg.env) };
  return { injectObject: (obj) => injectObject(ctx, obj) };
}

/** `Kind "namespace/name"` as Istio's warnings print it. */
function describe(w: FoundWorkload): string {
  const name = String(w.meta.name ?? '') || w.deploy.name;
  const full = w.deploy.namespace === '' ? name : `${w.deploy.namespace}/${name}`;
  return w.type.kind === '' ? JSON.stringify(full) : `${w.type.kind} ${JSON.stringify(full)}`;
}

/** Inject one workload object (not a List). */
function injectWorkload(ctx: InjectionContext, obj: Obj, prefix: Path): ObjectOutcome {
  const w = findWorkload(obj);
  if (w === undefined) return { object: obj, changed: false, workloads: [], warnings: [] };
  const report = (injected: boolean, reason: ReasonCode, message: string): WorkloadReport => ({
    kind: w.type.kind,
    name: w.deploy.name,
    ...(w.deploy.namespace === '' ? {} : { namespace: w.deploy.namespace }),
    path: [...prefix, ...w.location.template],
    injected,
    reason,
    message,
  });
  if (w.spec.hostNetwork === true) {
    const warning = `Skipping injection because ${describe(w)} has host networking enabled`;
    return { object: obj, changed: false, workloads: [report(false, 'HOST_NETWORK', warning)], warnings: [warning] };
  }
  const mesh = applyProxyConfigAnnotation(ctx.cfg.mesh, stringMap(w.meta, 'annotations'));
  const decision = decideInjection(w.meta, w.spec);
  if (!decision.inject) {
    const warning = `Skipping injection because ${describe(w)} has sidecar injection disabled`;
    return { object: obj, changed: false, workloads: [report(false, decision.reason, decision.message)], warnings: [...decision.warnings, warning] };
  }
  const pod = injectPod(ctx, { pod: { metadata: w.meta, spec: w.spec }, deploy: w.deploy, type: w.type, mesh });
  const out = cloneJson(obj);
  setPath(out, w.location.meta, pod.metadata);
  setPath(out, w.location.spec, pod.spec);
  // Go always writes a pod template's ObjectMeta, so a CronJob's empty one appears as `metadata: {}`.
  const templateMeta = [...w.location.template, 'metadata'];
  if (w.location.template.length > 0 && !isObj(getPath(out, templateMeta))) setPath(out, templateMeta, {});
  applyGoArtifacts(out);
  return { object: out, changed: true, workloads: [report(true, decision.reason, decision.message)], warnings: decision.warnings };
}

/** Inject a List's items one by one. */
function injectList(ctx: InjectionContext, list: Obj): ObjectOutcome {
  const items = Array.isArray(list.items) ? list.items : [];
  const outcomes = items.map((item, i) => (isObj(item) ? injectWorkload(ctx, item, ['items', i]) : undefined));
  const changed = outcomes.some((o) => o?.changed === true);
  const object = changed ? { ...list, items: items.map((item, i) => outcomes[i]?.object ?? item) } : list;
  if (changed) applyGoArtifacts(object);
  return {
    object,
    changed,
    workloads: outcomes.flatMap((o) => o?.workloads ?? []),
    warnings: outcomes.flatMap((o) => o?.warnings ?? []),
  };
}

/** Inject one object (Istio's IntoObject). Throws KinjectError. */
function injectObject(ctx: InjectionContext, obj: Record<string, unknown>): ObjectOutcome {
  return obj.kind === 'List' ? injectList(ctx, obj) : injectWorkload(ctx, obj, []);
}
