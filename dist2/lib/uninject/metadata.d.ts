/**
 * The labels and annotations injection adds, one row each, with the value injection gives
 * when the user did not set it. Istio's templates keep a value the user set; so a key whose
 * value is what injection would have chosen on its own is taken away, and one the user set
 * to something else stays. (A user who set exactly the injected value loses it: the pod
 * alone cannot tell the two apart.)
 */
import { type Obj, type Pod } from '../inject/pod.js';
/** What a rule sees: the pod as uninjected so far, and facts of the injection. */
export interface MetadataFacts {
    readonly pod: Pod;
    /** The workload's name (Istio's DeploymentMeta.Name). */
    readonly workloadName: string;
    /** The revision the status annotation names. */
    readonly revision: string;
    /** The injected proxy's env, by name. */
    readonly proxyEnv: Readonly<Record<string, string>>;
    /** With Istio CNI (an injected istio-validation container): its arguments. */
    readonly cniArgs: readonly string[] | undefined;
}
/** A key injection adds: the value it sets on its own (undefined: it would not set one). */
type Rule = (facts: MetadataFacts) => string | undefined;
/** Labels injection adds. */
export declare const INJECTED_LABELS: Readonly<Record<string, Rule>>;
/** Annotations injection adds (the status, overrides and Prometheus ones are handled on their own). */
export declare const INJECTED_ANNOTATIONS: Readonly<Record<string, Rule>>;
/** Take away, in place, every key of `map` whose value is the one its rule says injection set. */
export declare function removeInjectedKeys(map: Obj | undefined, rules: Readonly<Record<string, Rule>>, facts: MetadataFacts): void;
/**
 * With Istio CNI the sidecar template copies the traffic settings into annotations the CNI
 * plugin reads (`sidecar.istio.io/interceptionMode`, `traffic.sidecar.istio.io/*`), the same
 * values the istio-validation container gets as arguments: those are taken away, and Istio's
 * network comes off the multus networks list. (The user's own annotations with the same
 * values are indistinguishable from these.)
 */
export declare function removeCniAnnotations(annotations: Record<string, string>, f: MetadataFacts): void;
/**
 * What Istio's other built-in templates add: the gateway template's low-port sysctl, the
 * gRPC templates' `sidecar.istio.io/rewriteAppHTTPProbers: "false"`.
 */
export declare function removeTemplateExtras(pod: Pod, annotations: Record<string, string>): void;
export {};
