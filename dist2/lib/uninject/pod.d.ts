/**
 * Uninjecting one pod: take away exactly what injection added, found through the
 * `sidecar.istio.io/status` annotation (Istio's own record of the containers, init
 * containers, volumes and image pull secrets it added), and give back what it rewrote:
 * app probes (from ISTIO_KUBE_APP_PROBERS), Prometheus annotations (from
 * ISTIO_PROMETHEUS_ANNOTATIONS) and the user's own versions of injected containers
 * (from `proxy.istio.io/overrides`).
 */
import { type Pod } from '../inject/pod.js';
/** What uninjecting a pod needs beyond the pod. */
export interface UninjectTarget {
    pod: Pod;
    /** The workload's name (Istio's DeploymentMeta.Name), for the default canonical name. */
    workloadName: string;
}
/** The pod without its injection; undefined when it carries no (readable) status annotation. */
export declare function uninjectPod(target: UninjectTarget): Pod | undefined;
