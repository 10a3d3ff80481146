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
import { KinjectError } from '../errors.js';
import { roundTripObject } from '../goview/index.js';
import { dropSerializerNoise } from './serializer-noise.js';
import { injectPod } from './pipeline.js';
import { cloneJson, isObj, stringMap } from './pod.js';
import { decideInjection } from './policy.js';
import { applyProxyConfigAnnotation } from './proxy-config.js';
import { parseTemplates } from './render.js';
import { findPodTemplate, replacePodTemplate } from '../k8s/workloads.js';
import { decodeWorkload } from '../k8s/decode-pod.js';
import { podWorkloadMeta } from './workload-meta.js';
/** Prepare an injector: templates are parsed here, once. Throws KinjectError('TEMPLATE_PARSE' | 'CONFIG'). */
export function prepareInjector(cfg) {
    if (!isObj(cfg.values))
        throw new KinjectError('CONFIG', 'failed to parse values.yaml; check Istiod logs for errors');
    const ctx = { cfg, templates: parseTemplates(cfg.injector.templates, cfg.env) };
    return { injectObject: (obj) => injectObject(ctx, obj) };
}
/** Locate the pod of a workload object; undefined for kinds kube-inject passes through. */
export function findWorkload(obj) {
    const template = findPodTemplate(obj);
    if (template === undefined)
        return undefined;
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
/** `Kind "namespace/name"` as Istio's warnings print it. */
function describe(w) {
    const name = String(w.template.metadata.name ?? '') || w.deploy.name;
    const full = w.deploy.namespace === '' ? name : `${w.deploy.namespace}/${name}`;
    return w.type.kind === '' ? goQuote(full) : `${w.type.kind} ${goQuote(full)}`;
}
/** Inject one workload object (not a List). */
function injectWorkload(ctx, obj, prefix) {
    const w = findWorkload(obj);
    if (w === undefined)
        return { object: obj, changed: false, workloads: [], warnings: [] };
    decodeWorkload(obj, w.template.workload, prefix);
    const { metadata, spec, workload } = w.template;
    const report = (injected, reason, message) => ({
        kind: w.type.kind,
        name: w.deploy.name,
        ...(w.deploy.namespace === '' ? {} : { namespace: w.deploy.namespace }),
        path: [...prefix, ...w.path],
        injected,
        reason,
        message,
    });
    if (spec.hostNetwork === true) {
        const warning = `Skipping injection because ${describe(w)} has host networking enabled`;
        return {
            object: obj,
            changed: false,
            workloads: [report(false, 'HOST_NETWORK', warning)],
            warnings: [warning],
        };
    }
    const mesh = applyProxyConfigAnnotation(ctx.cfg.mesh, stringMap(metadata, 'annotations'));
    const decision = decideInjection(metadata, spec);
    if (!decision.inject) {
        const warning = `Skipping injection because ${describe(w)} has sidecar injection disabled`;
        return {
            object: obj,
            changed: false,
            workloads: [report(false, decision.reason, decision.message)],
            warnings: [...decision.warnings, warning],
        };
    }
    const { pod, warnings } = atPodMetadata([...prefix, ...w.path], () => injectPod(ctx, {
        pod: { metadata: cloneJson(metadata), spec: cloneJson(spec) },
        deploy: w.deploy,
        type: w.type,
        mesh,
    }));
    // kube-inject writes the object back through its Go type (zero values, omitempty, quantities),
    // less the serializer's empty marks the user did not write.
    const written = roundTripObject(replacePodTemplate(obj, workload, pod.metadata, pod.spec));
    const out = dropSerializerNoise(obj, written);
    return {
        object: out,
        changed: true,
        workloads: [report(true, decision.reason, decision.message)],
        warnings: [...decision.warnings, ...warnings],
    };
}
/** Run a step on a pod template at `podPath`, placing a path its error has under the pod's metadata. */
function atPodMetadata(podPath, step) {
    try {
        return step();
    }
    catch (e) {
        if (!(e instanceof KinjectError) || e.path === undefined)
            throw e;
        throw new KinjectError(e.code, e.message, { path: [...podPath, 'metadata', ...e.path] }, { cause: e.cause });
    }
}
/** Inject a List's items one by one. */
function injectList(ctx, list) {
    const items = Array.isArray(list.items) ? list.items : [];
    const outcomes = items.map((item, i) => isObj(item) ? injectWorkload(ctx, item, ['items', i]) : undefined);
    const changed = outcomes.some((o) => o?.changed === true);
    // Go writes a List back whole, every item through its type, once anything changed.
    const object = changed
        ? dropSerializerNoise(list, roundTripObject({
            ...list,
            items: items.map((item, i) => outcomes[i]?.object ?? item),
        }))
        : list;
    return {
        object,
        changed,
        workloads: outcomes.flatMap((o) => o?.workloads ?? []),
        warnings: outcomes.flatMap((o) => o?.warnings ?? []),
    };
}
/** Inject one object (Istio's IntoObject). Throws KinjectError. */
function injectObject(ctx, obj) {
    return obj.kind === 'List' ? injectList(ctx, obj) : injectWorkload(ctx, obj, []);
}
//# sourceMappingURL=index.js.map