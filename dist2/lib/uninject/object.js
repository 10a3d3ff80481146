/**
 * Uninjecting one Kubernetes object: a workload's pod template, or each item of a List.
 * Objects without an injected pod come back as they are (the same reference).
 */
import { findWorkload } from '../inject/index.js';
import { isObj } from '../inject/pod.js';
import { replacePodTemplate, setPath } from '../k8s/workloads.js';
import { uninjectPod } from './pod.js';
/** Uninject a workload object (not a List). */
function uninjectWorkload(obj, prefix) {
    const w = findWorkload(obj);
    if (w === undefined)
        return { object: obj, changed: false, workloads: [] };
    const { metadata, spec, workload } = w.template;
    const pod = uninjectPod({ pod: { metadata, spec }, workloadName: w.deploy.name });
    const report = {
        kind: w.type.kind,
        name: w.deploy.name,
        ...(w.deploy.namespace === '' ? {} : { namespace: w.deploy.namespace }),
        path: [...prefix, ...w.path],
        uninjected: pod !== undefined,
    };
    if (pod === undefined)
        return { object: obj, changed: false, workloads: [report] };
    let object = replacePodTemplate(obj, workload, pod.metadata, pod.spec);
    // A pod template's metadata that injection brought (labels, annotations) goes with them.
    if (workload.owner !== 'pod-controller' && Object.keys(pod.metadata).length === 0) {
        const parent = workload.metadataPath.slice(0, -1);
        const holder = { ...parent.reduce((o, k) => (isObj(o[k]) ? o[k] : {}), object) };
        delete holder[workload.metadataPath[workload.metadataPath.length - 1] ?? ''];
        object = setPath(object, parent, holder);
    }
    return { object: dropEmptyJobPodMetadata(object), changed: true, workloads: [report] };
}
/** Where a CronJob's pod template metadata is: injection's Go write-back leaves `{}` there. */
const JOB_POD_METADATA = ['spec', 'jobTemplate', 'spec', 'template'];
/** A CronJob without the empty pod template metadata injection's write-back added. */
function dropEmptyJobPodMetadata(obj) {
    if (obj.kind !== 'CronJob')
        return obj;
    const template = JOB_POD_METADATA.reduce((o, k) => (isObj(o) ? o[k] : undefined), obj);
    if (!isObj(template) || !isObj(template.metadata) || Object.keys(template.metadata).length > 0)
        return obj;
    const rest = { ...template };
    delete rest.metadata;
    return setPath(obj, JOB_POD_METADATA, rest);
}
/** Uninject one object: a workload, or every item of a List. */
export function uninjectObject(obj) {
    if (obj.kind !== 'List')
        return uninjectWorkload(obj, []);
    const items = Array.isArray(obj.items) ? obj.items : [];
    const outcomes = items.map((item, i) => isObj(item) ? uninjectWorkload(item, ['items', i]) : undefined);
    const changed = outcomes.some((o) => o?.changed === true);
    return {
        object: changed ? { ...obj, items: items.map((item, i) => outcomes[i]?.object ?? item) } : obj,
        changed,
        workloads: outcomes.flatMap((o) => o?.workloads ?? []),
    };
}
//# sourceMappingURL=object.js.map