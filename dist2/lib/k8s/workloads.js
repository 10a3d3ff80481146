/**
 * Which Kubernetes objects carry a pod, and where: the kinds `istioctl kube-inject`
 * understands (Istio's injectScheme) and the paths of their pod metadata and pod spec.
 *
 * Istio registers these kinds as "unversioned", so it recognizes them by `kind` alone,
 * whatever the apiVersion (`apps/v1beta1` Deployments too). Other kinds pass through
 * untouched. `List` holds other objects in `items`, each handled on its own.
 */
import { KinjectError } from '../errors.js';
import { hasKey, isJsonMap } from './json.js';
const TEMPLATE = {
    metadataPath: ['spec', 'template', 'metadata'],
    specPath: ['spec', 'template', 'spec'],
    owner: 'object',
};
/** Kind → where its pod is. Adding a kind (an Argo Rollout, say) is one row. */
export const WORKLOAD_KINDS = {
    Pod: { metadataPath: ['metadata'], specPath: ['spec'], owner: 'pod-controller', goType: 'Pod' },
    Deployment: { ...TEMPLATE, goType: 'Deployment' },
    DaemonSet: { ...TEMPLATE, goType: 'DaemonSet' },
    StatefulSet: { ...TEMPLATE, goType: 'StatefulSet' },
    ReplicaSet: { ...TEMPLATE, goType: 'ReplicaSet' },
    Job: { ...TEMPLATE, goType: 'Job' },
    DeploymentConfig: { ...TEMPLATE, goType: 'OSDeploymentConfig' }, // OpenShift apps.openshift.io/v1
    ReplicationController: { ...TEMPLATE, templateRequired: true, goType: 'ReplicationController' },
    // Istio reads and writes the *job template's* metadata here, not the pod template's.
    CronJob: {
        metadataPath: ['spec', 'jobTemplate', 'metadata'],
        specPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
        owner: 'object',
        goType: 'CronJob',
    },
};
/** The kind whose `items` are objects to process one by one. */
export const LIST_KIND = 'List';
/** The value at a path, or undefined. */
export function getPath(obj, path) {
    let cur = obj;
    for (const key of path) {
        if (!isJsonMap(cur) || !hasKey(cur, key))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** A copy of `obj` with `value` at `path`, creating (or replacing non-object) parents. */
export function setPath(obj, path, value) {
    const [head, ...rest] = path;
    if (head === undefined)
        return obj;
    const child = obj[head];
    return {
        ...obj,
        [head]: rest.length === 0 ? value : setPath(isJsonMap(child) ? child : {}, rest, value),
    };
}
/** The object's `kind`, or '' when it has none. */
export function kindOf(obj) {
    return typeof obj.kind === 'string' ? obj.kind : '';
}
/** Does kube-inject process objects of this kind (workloads and List)? */
export function isSupportedKind(kind) {
    return kind === LIST_KIND || hasKey(WORKLOAD_KINDS, kind);
}
/**
 * The pod inside a workload object, or undefined when the kind carries none (Service,
 * ConfigMap, List …). Throws KinjectError (INJECTION) with Istio's text when a
 * ReplicationController has no template.
 */
export function findPodTemplate(obj) {
    const kind = kindOf(obj);
    const workload = hasKey(WORKLOAD_KINDS, kind) ? WORKLOAD_KINDS[kind] : undefined;
    if (workload === undefined)
        return undefined;
    const parent = workload.metadataPath.slice(0, -1);
    if (workload.templateRequired && !isJsonMap(getPath(obj, parent))) {
        throw new KinjectError('INJECTION', 'spec.template is required value');
    }
    const metadata = getPath(obj, workload.metadataPath);
    const spec = getPath(obj, workload.specPath);
    return {
        kind,
        workload,
        metadata: isJsonMap(metadata) ? metadata : {},
        spec: isJsonMap(spec) ? spec : {},
    };
}
/** A copy of the workload object with its pod's metadata and spec replaced. */
export function replacePodTemplate(obj, workload, metadata, spec) {
    return setPath(setPath(obj, workload.metadataPath, metadata), workload.specPath, spec);
}
/** The items of a `List` object (non-objects are kept as they are), or undefined for other kinds. */
export function listItems(obj) {
    if (kindOf(obj) !== LIST_KIND)
        return undefined;
    return Array.isArray(obj.items) ? obj.items : [];
}
//# sourceMappingURL=workloads.js.map