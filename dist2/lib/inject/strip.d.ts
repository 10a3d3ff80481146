import { type Container, type Pod } from './pod.js';
/** The annotation holding the user's own versions of injected containers. */
export declare const OVERRIDES_ANNOTATION = "proxy.istio.io/overrides";
/**
 * The pod without what a previous injection added: its containers and init containers,
 * the prometheus annotations it pointed at the agent, and the status annotation.
 * Returns the same pod when it carries no (readable) status.
 */
export declare function stripPreviousInjection(pod: Pod, statusPort: number): Pod;
/** The user's container overrides recorded by an earlier injection. */
export interface ContainerOverrides {
    containers: Container[];
    initContainers: Container[];
}
/** Read the overrides annotation (absent: none; not JSON: Istio's error). */
export declare function readOverrides(pod: Pod): ContainerOverrides;
/**
 * Put the recorded overrides back into a stripped pod where they are missing, so templates
 * that read `.Spec.Containers` see the same pod on re-injection (Istio's reinsertOverrides).
 */
export declare function reinsertOverrides(pod: Pod): Pod;
