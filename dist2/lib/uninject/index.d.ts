/**
 * Uninjection: the reverse of injection, found through the `sidecar.istio.io/status`
 * annotation. `uninjector` fits wherever an injector does (`injectStream(text, file, uninjector)`).
 */
import type { Injector } from '../inject/index.js';
export { uninjectObject, type UninjectOutcome, type UninjectReport } from './object.js';
export { uninjectPod, type UninjectTarget } from './pod.js';
/** Takes every injected pod's sidecar away; the rest passes through. */
export declare const uninjector: Injector;
