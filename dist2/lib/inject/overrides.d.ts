/**
 * The user's own versions of injected containers (Istio's reapplyOverwrittenContainers):
 * a pod that defines `istio-proxy` (or `istio-init`, …) customises the injected one; those
 * settings are merged over the template's and remembered in `proxy.istio.io/overrides`
 * so that re-injection can apply them again.
 */
import { type Pod } from './pod.js';
/** Re-apply the user's container customisations to the injected pod. */
export declare function reapplyUserContainers(finalPod: Pod, originalPod: Pod, templatePod: Pod, tproxy: boolean): Pod;
