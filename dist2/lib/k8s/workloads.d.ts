import { type Json, type JsonMap } from './json.js';
/** Where a workload keeps its pod. */
export interface WorkloadKind {
    /** Path of the pod's ObjectMeta (the one Istio reads and rewrites). */
    readonly metadataPath: readonly string[];
    /** Path of the PodSpec. */
    readonly specPath: readonly string[];
    /**
     * Who the workload is for templates (`DeploymentMeta`, `TypeMeta`): the object itself,
     * or, for a bare Pod, its controller (Istio's GetDeployMetaFromPod).
     */
    readonly owner: 'object' | 'pod-controller';
    /** Go keeps the template behind a pointer: a missing one is an error, not an empty pod. */
    readonly templateRequired?: boolean;
    /** The kind's Go type in lib/goview's registry (for round-tripping it as Go does). */
    readonly goType: string;
}
/** Kind → where its pod is. Adding a kind (an Argo Rollout, say) is one row. */
export declare const WORKLOAD_KINDS: Readonly<Record<string, WorkloadKind>>;
/** The kind whose `items` are objects to process one by one. */
export declare const LIST_KIND = "List";
/** A workload object's pod, located. */
export interface PodTemplate {
    readonly kind: string;
    readonly workload: WorkloadKind;
    /** The pod's ObjectMeta and PodSpec as found (`{}` where absent). */
    readonly metadata: JsonMap;
    readonly spec: JsonMap;
}
/** The value at a path, or undefined. */
export declare function getPath(obj: JsonMap, path: readonly string[]): Json | undefined;
/** A copy of `obj` with `value` at `path`, creating (or replacing non-object) parents. */
export declare function setPath(obj: JsonMap, path: readonly string[], value: Json): JsonMap;
/** The object's `kind`, or '' when it has none. */
export declare function kindOf(obj: JsonMap): string;
/** Does kube-inject process objects of this kind (workloads and List)? */
export declare function isSupportedKind(kind: string): boolean;
/**
 * The pod inside a workload object, or undefined when the kind carries none (Service,
 * ConfigMap, List …). Throws KinjectError (INJECTION) with Istio's text when a
 * ReplicationController has no template.
 */
export declare function findPodTemplate(obj: JsonMap): PodTemplate | undefined;
/** A copy of the workload object with its pod's metadata and spec replaced. */
export declare function replacePodTemplate(obj: JsonMap, workload: WorkloadKind, metadata: JsonMap, spec: JsonMap): JsonMap;
/** The items of a `List` object (non-objects are kept as they are), or undefined for other kinds. */
export declare function listItems(obj: JsonMap): Json[] | undefined;
