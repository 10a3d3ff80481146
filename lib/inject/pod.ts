/**
 * The pod as the injection pipeline sees it: plain JSON-like data (what `encoding/json`
 * makes of a `corev1.Pod`), with small helpers to read and rearrange its containers.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { marshalValue } from '../go/json.js';

/** A container: only `name` is relied upon; everything else is carried as data. */
export interface Container extends JsonMap {
  name?: string;
}

/** A pod: the pod template's metadata and spec. */
export interface Pod {
  metadata: JsonMap;
  spec: JsonMap;
}

/** The name of the container Istio injects. */
export const PROXY_CONTAINER = 'istio-proxy';
/** The iptables init container (non-CNI). */
export const INIT_CONTAINER = 'istio-init';
/** The CNI validation init container. */
export const VALIDATION_CONTAINER = 'istio-validation';
/** The init container that enables core dumps. */
export const CORE_DUMP_CONTAINER = 'enable-core-dump';

/** A deep copy of JSON-like data. */
export function cloneJson<T>(v: T): T {
  return structuredClone(v);
}

/** The object at `key`, or undefined. */
export function objAt(o: JsonMap | undefined, key: string): JsonMap | undefined {
  const v = o?.[key];
  return isJsonMap(v) ? v : undefined;
}

/** A string map (labels, annotations) of an object's metadata, as Go sees it (never missing). */
export function stringMap(meta: JsonMap, key: 'labels' | 'annotations'): Record<string, string> {
  const m = objAt(meta, key);
  return (m ?? {}) as Record<string, string>;
}

/** The pod's annotations, created if absent so they can be written. */
export function ensureMap(meta: JsonMap, key: 'labels' | 'annotations'): Record<string, string> {
  if (!isJsonMap(meta[key])) meta[key] = {};
  return meta[key] as Record<string, string>;
}

/** Which container list. */
export type ContainerList = 'containers' | 'initContainers';

/** The containers of a list (empty when absent). */
export function containersOf(spec: JsonMap, list: ContainerList): Container[] {
  const v = spec[list];
  return Array.isArray(v) ? (v as Container[]) : [];
}

/** Replace a container list; an empty list is removed, as Go's omitempty does. */
export function setContainers(spec: JsonMap, list: ContainerList, cs: Container[]): void {
  if (cs.length === 0 && list === 'initContainers') delete spec[list];
  else spec[list] = cs;
}

/** The first container with that name, or undefined. */
export function findContainer(name: string, cs: readonly Container[]): Container | undefined {
  return cs.find((c) => c.name === name);
}

/** The named container in `containers`, else in `initContainers` (Istio's FindContainerFromPod). */
export function findPodContainer(name: string, spec: JsonMap): Container | undefined {
  return (
    findContainer(name, containersOf(spec, 'containers')) ??
    findContainer(name, containersOf(spec, 'initContainers'))
  );
}

/** What to do with a named container. */
export type Reorder = 'first' | 'last' | 'remove';

/**
 * Move the (last) container with that name to the front or back, or remove all with that
 * name. Other containers keep their order. Mirrors Istio's modifyContainers.
 */
export function modifyContainers(
  cs: readonly Container[],
  name: string,
  how: Reorder,
): Container[] {
  const rest = cs.filter((c) => c.name !== name);
  const matches = cs.filter((c) => c.name === name);
  const match = matches[matches.length - 1];
  if (match === undefined || how === 'remove') return rest;
  return how === 'first' ? [match, ...rest] : [...rest, match];
}

/** Go's json.Marshal of data already in Go's field order: key order kept, HTML-safe escapes (`&` → `\u0026`). */
export function goJson(v: unknown): string {
  return marshalValue(v, false);
}
