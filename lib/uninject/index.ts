/**
 * Uninjection: the reverse of injection, found through the `sidecar.istio.io/status`
 * annotation. `uninjector` fits wherever an injector does (`injectStream(text, file, uninjector)`).
 */
import type { Injector, WorkloadReport } from '../inject/index.js';
import { uninjectObject, type UninjectReport } from './object.js';

export { uninjectObject, type UninjectOutcome, type UninjectReport } from './object.js';
export { uninjectPod, type UninjectTarget } from './pod.js';

/** An uninject report as a workload report line. */
function asWorkloadReport(r: UninjectReport): WorkloadReport {
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
export const uninjector: Injector = {
  injectObject(obj) {
    const { object, changed, workloads } = uninjectObject(obj);
    return { object, rewritten: changed, workloads: workloads.map(asWorkloadReport), warnings: [] };
  },
};
