/**
 * The one table of rule codes a decision reports (`explain`'s `rule`, the report's reason):
 * the injector's own reasons (Istio's injectRequired) and the webhook stage's. Codes are
 * stable; the text is for people.
 */
import type { ReasonCode } from '../inject/policy.js';

/** Why the webhook stage sent a pod to an injector, or did not. */
export type WebhookRuleCode =
  | 'NAMESPACE_LABEL' // namespace istio-injection=enabled (the default revision's legacy label)
  | 'NAMESPACE_REVISION' // namespace istio.io/rev=<revision or tag>
  | 'POD_LABEL' // pod label sidecar.istio.io/inject=true (namespace unlabelled)
  | 'POD_REVISION' // pod label istio.io/rev=<revision or tag> (namespace unlabelled)
  | 'ALL_NAMESPACES' // enableNamespacesByDefault: every unlabelled namespace
  | 'WEBHOOK' // some other webhook of the control plane selects the pod
  | 'NAMESPACE_DISABLED' // namespace istio-injection is set, but not to enabled
  | 'NO_WEBHOOK'; // no webhook selects the pod (nothing calls the injector)

/** Every rule code. */
export type RuleCode = ReasonCode | WebhookRuleCode;

/** Each code: does it inject, which stage decides, and what it means (the README's table). */
export const RULES: Readonly<
  Record<RuleCode, { inject: boolean; stage: 'webhook' | 'injector'; meaning: string }>
> = {
  NAMESPACE_LABEL: {
    inject: true,
    stage: 'webhook',
    meaning: 'the namespace has istio-injection=enabled',
  },
  NAMESPACE_REVISION: {
    inject: true,
    stage: 'webhook',
    meaning: 'the namespace has istio.io/rev=<revision or tag>',
  },
  POD_LABEL: {
    inject: true,
    stage: 'webhook',
    meaning: 'the pod has sidecar.istio.io/inject=true and its namespace no injection label',
  },
  POD_REVISION: {
    inject: true,
    stage: 'webhook',
    meaning: 'the pod has istio.io/rev=<revision or tag> and its namespace no injection label',
  },
  ALL_NAMESPACES: {
    inject: true,
    stage: 'webhook',
    meaning: 'enableNamespacesByDefault: every namespace without an injection label',
  },
  WEBHOOK: { inject: true, stage: 'webhook', meaning: 'another Istio webhook selects the pod' },
  NAMESPACE_DISABLED: {
    inject: false,
    stage: 'webhook',
    meaning: 'the namespace has istio-injection set to something other than enabled',
  },
  NO_WEBHOOK: {
    inject: false,
    stage: 'webhook',
    meaning: 'no webhook selects the pod, so no injector is asked',
  },
  HOST_NETWORK: { inject: false, stage: 'injector', meaning: 'the pod has hostNetwork: true' },
  IGNORED_NAMESPACE: {
    inject: false,
    stage: 'injector',
    meaning: 'kube-system, kube-public, kube-node-lease or local-path-storage',
  },
  LABEL_TRUE: {
    inject: true,
    stage: 'injector',
    meaning: 'pod label sidecar.istio.io/inject=true',
  },
  LABEL_FALSE: {
    inject: false,
    stage: 'injector',
    meaning: 'pod label sidecar.istio.io/inject=false',
  },
  ANNOTATION_TRUE: {
    inject: true,
    stage: 'injector',
    meaning: 'pod annotation sidecar.istio.io/inject=true (no label)',
  },
  ANNOTATION_FALSE: {
    inject: false,
    stage: 'injector',
    meaning: 'pod annotation sidecar.istio.io/inject=false (no label)',
  },
  NEVER_SELECTOR: {
    inject: false,
    stage: 'injector',
    meaning: "the pod's labels match the injector's neverInjectSelector",
  },
  ALWAYS_SELECTOR: {
    inject: true,
    stage: 'injector',
    meaning: "the pod's labels match the injector's alwaysInjectSelector",
  },
  POLICY_ENABLED: {
    inject: true,
    stage: 'injector',
    meaning: "nothing else applies; the injector's policy is enabled",
  },
  POLICY_DISABLED: {
    inject: false,
    stage: 'injector',
    meaning: "nothing else applies; the injector's policy is disabled",
  },
  POLICY_INVALID: {
    inject: false,
    stage: 'injector',
    meaning:
      "the injector's policy is neither enabled nor disabled: Istio injects nothing, not even pods that opt in",
  },
};
