/**
 * Container order after injection (Istio's reorderPod): the proxy goes last so that
 * `kubectl exec` defaults to the app, or first when the app must wait for the proxy;
 * init containers are ordered so iptables never blackholes the app's init containers.
 */
import { type Pod } from './pod.js';
/** Reorder an injected pod's containers in place. */
export declare function reorderContainers(pod: Pod, holdApplicationUntilProxyStarts: boolean): void;
