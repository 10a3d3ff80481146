/** A JSON object. */
export type Obj = Record<string, unknown>;
/** A container: only `name` is relied upon; everything else is carried as data. */
export interface Container extends Obj {
    name?: string;
}
/** A pod: the pod template's metadata and spec. */
export interface Pod {
    metadata: Obj;
    spec: Obj;
}
/** The name of the container Istio injects. */
export declare const PROXY_CONTAINER = "istio-proxy";
/** The iptables init container (non-CNI). */
export declare const INIT_CONTAINER = "istio-init";
/** The CNI validation init container. */
export declare const VALIDATION_CONTAINER = "istio-validation";
/** The init container that enables core dumps. */
export declare const CORE_DUMP_CONTAINER = "enable-core-dump";
/** Is it a JSON object (not an array, not null)? */
export declare function isObj(v: unknown): v is Obj;
/** A deep copy of JSON-like data. */
export declare function cloneJson<T>(v: T): T;
/** The object at `key`, or undefined. */
export declare function objAt(o: Obj | undefined, key: string): Obj | undefined;
/** A string map (labels, annotations) of an object's metadata, as Go sees it (never missing). */
export declare function stringMap(meta: Obj, key: 'labels' | 'annotations'): Record<string, string>;
/** The pod's annotations, created if absent so they can be written. */
export declare function ensureMap(meta: Obj, key: 'labels' | 'annotations'): Record<string, string>;
/** Which container list. */
export type ContainerList = 'containers' | 'initContainers';
/** The containers of a list (empty when absent). */
export declare function containersOf(spec: Obj, list: ContainerList): Container[];
/** Replace a container list; an empty list is removed, as Go's omitempty does. */
export declare function setContainers(spec: Obj, list: ContainerList, cs: Container[]): void;
/** The first container with that name, or undefined. */
export declare function findContainer(name: string, cs: readonly Container[]): Container | undefined;
/** The named container in `containers`, else in `initContainers` (Istio's FindContainerFromPod). */
export declare function findPodContainer(name: string, spec: Obj): Container | undefined;
/** What to do with a named container. */
export type Reorder = 'first' | 'last' | 'remove';
/**
 * Move the (last) container with that name to the front or back, or remove all with that
 * name. Other containers keep their order. Mirrors Istio's modifyContainers.
 */
export declare function modifyContainers(cs: readonly Container[], name: string, how: Reorder): Container[];
/** Go's json.Marshal of data already in Go's field order: key order kept, HTML-safe escapes (`&` → `\u0026`). */
export declare function goJson(v: unknown): string;
