/**
 * Give app probes back: injection pointed them at the agent (`/app-health/<container>/…` on
 * the status port) and kept the originals in the proxy's ISTIO_KUBE_APP_PROBERS; a probe
 * still pointing at its agent URL gets its own action back from there. Probes the user
 * changed since (or added, not rewritten) are left as they are.
 */
import { type Obj, type Pod } from '../inject/pod.js';
/** The recorded probers by agent URL; empty when the value is absent or not a JSON object. */
export declare function parseAppProbers(value: unknown): Record<string, Obj>;
/** Restore every app container's rewritten probes in place from the recorded probers. */
export declare function restoreAppProbes(pod: Pod, probers: Readonly<Record<string, Obj>>): void;
