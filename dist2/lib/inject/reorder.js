/**
 * Container order after injection (Istio's reorderPod): the proxy goes last so that
 * `kubectl exec` defaults to the app, or first when the app must wait for the proxy;
 * init containers are ordered so iptables never blackholes the app's init containers.
 */
import { CORE_DUMP_CONTAINER, containersOf, findContainer, INIT_CONTAINER, modifyContainers, PROXY_CONTAINER, setContainers, VALIDATION_CONTAINER, } from './pod.js';
/** Native sidecars: istio-init / istio-validation, then the proxy, then the rest. */
const NATIVE_INIT_ORDER = [
    [CORE_DUMP_CONTAINER, 'first'],
    [PROXY_CONTAINER, 'first'],
    [VALIDATION_CONTAINER, 'first'],
    [INIT_CONTAINER, 'first'],
];
/** Classic sidecars: validation first, iptables setup (and core dump) last. */
const CLASSIC_INIT_ORDER = [
    [VALIDATION_CONTAINER, 'first'],
    [INIT_CONTAINER, 'last'],
    [CORE_DUMP_CONTAINER, 'last'],
];
/** Apply moves to a container list. */
function applyMoves(cs, moves) {
    return moves.reduce((acc, [name, how]) => modifyContainers(acc, name, how), cs);
}
/** Reorder an injected pod's containers in place. */
export function reorderContainers(pod, holdApplicationUntilProxyStarts) {
    const containers = containersOf(pod.spec, 'containers');
    if (pod.spec.containers !== undefined) {
        pod.spec.containers = modifyContainers(containers, PROXY_CONTAINER, holdApplicationUntilProxyStarts ? 'first' : 'last');
    }
    const inits = containersOf(pod.spec, 'initContainers');
    if (inits.length === 0)
        return;
    const native = findContainer(PROXY_CONTAINER, inits) !== undefined;
    setContainers(pod.spec, 'initContainers', applyMoves(inits, native ? NATIVE_INIT_ORDER : CLASSIC_INIT_ORDER));
}
//# sourceMappingURL=reorder.js.map