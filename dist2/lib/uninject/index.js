import { uninjectObject } from './object.js';
export { uninjectObject } from './object.js';
export { uninjectPod } from './pod.js';
/** An uninject report as a workload report line. */
function asWorkloadReport(r) {
    const { uninjected, ...rest } = r;
    return uninjected
        ? {
            ...rest,
            injected: false,
            uninjected: true,
            reason: 'INJECTION_STATUS',
            message: 'what injection added is taken away',
        }
        : {
            ...rest,
            injected: false,
            reason: 'NO_INJECTION_STATUS',
            message: 'not injected (no sidecar.istio.io/status annotation)',
        };
}
/** Takes every injected pod's sidecar away; the rest passes through. */
export const uninjector = {
    injectObject(obj) {
        const outcome = uninjectObject(obj);
        return { ...outcome, workloads: outcome.workloads.map(asWorkloadReport), warnings: [] };
    },
};
//# sourceMappingURL=index.js.map