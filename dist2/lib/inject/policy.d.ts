import { type Obj } from './pod.js';
/** Why a pod was (or was not) injected. */
export type ReasonCode = 'HOST_NETWORK' | 'IGNORED_NAMESPACE' | 'LABEL_TRUE' | 'LABEL_FALSE' | 'ANNOTATION_TRUE' | 'ANNOTATION_FALSE' | 'NEVER_SELECTOR' | 'ALWAYS_SELECTOR' | 'POLICY_ENABLED' | 'POLICY_DISABLED' | 'POLICY_INVALID';
/** The decision for one pod. */
export interface Decision {
    inject: boolean;
    reason: ReasonCode;
    /** One line saying why, for reports. */
    message: string;
    /** Istio's warnings met on the way (e.g. an invalid inject label value). */
    warnings: string[];
}
/** Does a label set match a (compiled) label selector? Empty selectors never match. */
export type LabelMatcher = (labels: Readonly<Record<string, string>>) => boolean;
/** The injector-side rules. */
export interface PolicyRules {
    policy: string;
    neverInject: readonly LabelMatcher[];
    alwaysInject: readonly LabelMatcher[];
}
/** The rules `istioctl kube-inject` applies: policy enabled, no selectors. */
export declare const KUBE_INJECT_RULES: PolicyRules;
/** Namespaces Istio never injects into. */
export declare const IGNORED_NAMESPACES: ReadonlySet<string>;
/** Decide whether to inject a pod (Istio's injectRequired). */
export declare function decideInjection(meta: Obj, spec: Obj, rules?: PolicyRules): Decision;
