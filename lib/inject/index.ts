/**
 * kinject's injector: `istioctl kube-inject` for a stream, an object, or a pod.
 *
 * ```ts
 * const injector = prepareInjector(cfg);          // parses the templates once
 * const { object, rewritten, workloads, warnings } = injector.injectObject(obj);
 * const { output, changed, reports, errors } = injectStream(text, 'deploy.yaml', injector);
 * ```
 */
export { prepareInjector, type Injector, type PrepareOptions } from './injector.js';
export { injectStream, objectResults, refOf, type StreamOutcome } from './stream.js';
export type { ObjectOutcome, WorkloadReport, UninjectReason, Path } from './object.js';
export {
  decideKubeInject,
  type Decider,
  type RoutedDecision,
  type WorkloadFacts,
} from './decider.js';
export { findWorkload, type FoundWorkload } from './workload.js';
export type { ReasonCode } from './policy.js';
