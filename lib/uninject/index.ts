/**
 * Uninjection: the reverse of injection, found through the `sidecar.istio.io/status`
 * annotation. `uninjector` fits wherever an injector does (`injectStream(text, file, uninjector)`).
 */
export { prepareUninjector, uninjector } from './uninjector.js';
export { uninjectObject, type UninjectOutcome, type UninjectReport } from './object.js';
export { uninjectPod, type UninjectTarget } from './pod.js';
