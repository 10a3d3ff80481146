/**
 * The user's own versions of injected containers (Istio's reapplyOverwrittenContainers):
 * a pod that defines `istio-proxy` (or `istio-init`, …) customises the injected one; those
 * settings are merged over the template's and remembered in `proxy.istio.io/overrides`
 * so that re-injection can apply them again.
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import {
  cloneJson,
  containersOf,
  ensureMap,
  goJson,
  findContainer,
  findPodContainer,
  INIT_CONTAINER,
  PROXY_CONTAINER,
  stringMap,
  VALIDATION_CONTAINER,
  type Container,
  type ContainerList,
  type Pod,
} from './pod.js';
import { applyContainer } from './overlay.js';
import { goView } from '../goview/index.js';
import type { GoStruct } from '../go/value.js';
import { parseInjectionStatus, STATUS_ANNOTATION } from './status.js';
import { OVERRIDES_ANNOTATION, readOverrides } from './strip.js';

/** The image name meaning "keep the injected image". */
const AUTO_IMAGE = 'auto';

/** The user's version of an injected container, ready to merge (an `auto` image is dropped). */
function overlayOf(c: Container): Container {
  const overlay = cloneJson(c);
  if (overlay.image === AUTO_IMAGE) delete overlay.image;
  return overlay;
}

/** Merge the user's containers over the injected ones; returns the pod and the overlays applied. */
function applyUserContainers(
  finalPod: Pod,
  originalPod: Pod,
  templatePod: Pod,
): { pod: Pod; applied: Record<ContainerList, Container[]> } {
  const recorded = readOverrides(originalPod);
  const status = parseInjectionStatus(
    stringMap(originalPod.metadata, 'annotations')[STATUS_ANNOTATION],
  );
  const applied: Record<ContainerList, Container[]> = { containers: [], initContainers: [] };
  let pod = finalPod;
  for (const list of ['containers', 'initContainers'] as const) {
    const injectedBefore = status?.[list] ?? [];
    for (const c of containersOf(templatePod.spec, list)) {
      const name = String(c.name ?? '');
      // A container a previous injection added is re-rendered, not restored; but the user's
      // recorded overrides of it still apply. (Istio skips those too, which makes its
      // re-injection drop them; kinject keeps re-injection idempotent.)
      const mine =
        list === 'containers'
          ? findContainer(name, containersOf(originalPod.spec, 'containers'))
          : findPodContainer(name, originalPod.spec);
      const match =
        findContainer(name, recorded[list]) ?? (injectedBefore.includes(name) ? undefined : mine);
      if (match === undefined) continue;
      const overlay = overlayOf(match);
      applied[list].push(overlay);
      pod = applyContainer(pod, overlay, list);
    }
  }
  return { pod, applied };
}

/** Istio's overrides annotation value: `{"containers":[…],"initContainers":[…]}`, empty lists left out. */
function formatOverrides(applied: Record<ContainerList, Container[]>): string {
  const out: JsonMap = {};
  for (const list of ['containers', 'initContainers'] as const) {
    if (applied[list].length > 0)
      out[list] = applied[list].map((c) => (goView('Container', c) as GoStruct).toJSON());
  }
  return goJson(out);
}

/**
 * The user's own `istio-proxy`: on a first injection the pod's; on re-injection the one the
 * earlier injection recorded in `proxy.istio.io/overrides`. (Istio reads the pod's proxy
 * there too, which on re-injection is the injected one: under TPROXY its uid 0 then wipes
 * the user's uid from iptables' `-u`, so a second run changes the first's output.)
 */
function userProxyOf(originalPod: Pod): Container | undefined {
  const annotations = stringMap(originalPod.metadata, 'annotations');
  if (
    annotations[STATUS_ANNOTATION] === undefined ||
    annotations[OVERRIDES_ANNOTATION] === undefined
  )
    return findPodContainer(PROXY_CONTAINER, originalPod.spec);
  const recorded = readOverrides(originalPod);
  return (
    findContainer(PROXY_CONTAINER, recorded.containers) ??
    findContainer(PROXY_CONTAINER, recorded.initContainers)
  );
}

/**
 * Give the init container the proxy user the user chose (Istio's adjustInitContainerUser):
 * iptables' `-u` owner, the validation container's user, and uid 0 for TPROXY.
 */
function adjustInitContainerUser(pod: Pod, originalPod: Pod, tproxy: boolean): void {
  const userSc = userProxyOf(originalPod)?.securityContext;
  if (!isJsonMap(userSc) || (userSc.runAsUser == null && userSc.runAsGroup == null)) return;
  const inits = containersOf(pod.spec, 'initContainers');
  const init = findContainer(INIT_CONTAINER, inits) ?? findContainer(VALIDATION_CONTAINER, inits);
  if (init === undefined) return;
  const proxySc = findPodContainer(PROXY_CONTAINER, pod.spec)?.securityContext;
  if (tproxy && userSc.runAsUser != null && isJsonMap(proxySc)) proxySc.runAsUser = 0;
  if (!tproxy && init.name === VALIDATION_CONTAINER) {
    const sc = isJsonMap(init.securityContext) ? init.securityContext : (init.securityContext = {});
    if (userSc.runAsUser != null) sc.runAsUser = userSc.runAsUser;
    if (userSc.runAsGroup != null) sc.runAsGroup = userSc.runAsGroup;
  }
  if (userSc.runAsUser == null || userSc.runAsUser === 0 || !Array.isArray(init.args)) return;
  const at = init.args.indexOf('-u');
  if (at >= 0) init.args[at + 1] = scalarString(userSc.runAsUser);
}

/**
 * The injected pod with the user's container customisations re-applied. `finalPod` is the
 * caller's own (the merge built it): it is edited in place or replaced, never copied, since
 * a deep copy of the whole pod cost more than the rest of this stage.
 */
export function reapplyUserContainers(
  finalPod: Pod,
  originalPod: Pod,
  templatePod: Pod,
  tproxy: boolean,
): Pod {
  const { pod, applied } = applyUserContainers(finalPod, originalPod, templatePod);
  const alreadyInjected =
    stringMap(originalPod.metadata, 'annotations')[STATUS_ANNOTATION] !== undefined;
  if (!alreadyInjected && applied.containers.length + applied.initContainers.length > 0) {
    ensureMap(pod.metadata, 'annotations')[OVERRIDES_ANNOTATION] = formatOverrides(applied);
  }
  const interception = stringMap(pod.metadata, 'annotations')['sidecar.istio.io/interceptionMode'];
  adjustInitContainerUser(pod, originalPod, tproxy || interception === 'TPROXY');
  return pod;
}
