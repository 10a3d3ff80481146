/**
 * The one re-injection where kinject gives Istio's result rather than a clean upgrade.
 *
 * Istio decides which of a pod's containers are the user's own versions of injected ones by
 * looking, list by list, at what the earlier status annotation says it injected there. A
 * proxy the earlier injection put in `containers` (the classic layout) that this injection
 * puts in `initContainers` (a native sidecar) is not found in that list's record, so Istio
 * takes the old proxy as the user's and carries its settings over once (Istio's own golden
 * case `merge-probers`: a pod injected by an older Istio moving to native sidecars). Its
 * output is the specification there, so kinject keeps it; a second run changes it again
 * (the old arguments go), as Istio's does. Every other move (another image, template, values, native to
 * classic) is a clean upgrade: uninject, then inject.
 */
import type { JsonMap } from '../go/json-map.js';
import { containersOf, findContainer, PROXY_CONTAINER, stringMap } from './pod.js';
import { parseInjectionStatus, STATUS_ANNOTATION } from './status.js';

/**
 * Did the proxy move from the earlier injection's `containers` (per the status annotation in
 * the old pod template's metadata) to this injection's `initContainers` (the new pod spec)?
 */
export function proxyTurnsNative(oldMetadata: JsonMap, newSpec: JsonMap): boolean {
  const status = parseInjectionStatus(stringMap(oldMetadata, 'annotations')[STATUS_ANNOTATION]);
  return (
    status !== undefined &&
    status.containers.includes(PROXY_CONTAINER) &&
    !status.initContainers.includes(PROXY_CONTAINER) &&
    findContainer(PROXY_CONTAINER, containersOf(newSpec, 'initContainers')) !== undefined
  );
}
