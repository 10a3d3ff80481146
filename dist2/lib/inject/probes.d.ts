/**
 * App probe rewriting (Istio's app_probe.go): with mTLS the kubelet cannot reach the app's
 * HTTP/TCP/gRPC probes, so they are pointed at the agent's status port under
 * `/app-health/<container>/…`, and the original probes travel in the proxy's
 * `ISTIO_KUBE_APP_PROBERS` env var.
 */
import { type Obj, type Pod } from './pod.js';
/** The env var carrying the original probes. */
export declare const APP_PROBERS_ENV = "ISTIO_KUBE_APP_PROBERS";
/** Probe and lifecycle fields, with the agent URL each one moves to (uninject reads them too). */
export declare const PROBE_URLS: readonly {
    field: string;
    url: (c: string) => string;
    lifecycle?: true;
}[];
/** Whether to rewrite: the pod annotation (if a Go bool) wins over values' rewriteAppHTTPProbe. */
export declare function shouldRewriteProbes(annotations: Readonly<Record<string, string>>, valuesSetting: boolean): boolean;
/** Istio's DumpAppProbers: the ISTIO_KUBE_APP_PROBERS value, or '' when there is nothing to take over. */
export declare function dumpAppProbers(pod: Pod, statusPort: number): string;
/** Rewrite every app container's probes and HTTP/TCP lifecycle hooks in place (Istio's patchRewriteProbe). */
export declare function rewriteAppProbes(pod: Pod, statusPort: number): void;
/** Add the probers env var to the proxy, merging with an earlier injection's value (old entries win, as in Istio). */
export declare function mergeAppProbersEnv(env: Obj[], probers: string, previouslyInjected: boolean): Obj[];
