/**
 * Whether a pod gets a sidecar: Istio's injectRequired, with every rule reported as a
 * reason code. kube-inject runs it with policy `enabled` and no selectors; the webhook's
 * full rule set (policy, never/always selectors, ignored namespaces) is modelled too.
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import { quote } from '../go/strconv.js';
import { stringMap } from './pod.js';

/** Why a pod was (or was not) injected. */
export type ReasonCode =
  | 'HOST_NETWORK' // spec.hostNetwork: iptables would rewrite the node's routing
  | 'IGNORED_NAMESPACE' // kube-system, kube-public, kube-node-lease, local-path-storage
  | 'LABEL_TRUE' // sidecar.istio.io/inject label "true"
  | 'LABEL_FALSE' // sidecar.istio.io/inject label "false"
  | 'ANNOTATION_TRUE' // sidecar.istio.io/inject annotation "true" (no label)
  | 'ANNOTATION_FALSE' // sidecar.istio.io/inject annotation "false" (no label)
  | 'NEVER_SELECTOR' // labels match a neverInjectSelector
  | 'ALWAYS_SELECTOR' // labels match an alwaysInjectSelector
  | 'POLICY_ENABLED' // nothing said; the injector's policy is enabled
  | 'POLICY_DISABLED' // nothing said; the injector's policy is disabled
  | 'POLICY_INVALID'; // the injector's policy is neither enabled nor disabled

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
export const KUBE_INJECT_RULES: PolicyRules = {
  policy: 'enabled',
  neverInject: [],
  alwaysInject: [],
};

/** Namespaces Istio never injects into. */
export const IGNORED_NAMESPACES: ReadonlySet<string> = new Set([
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'local-path-storage',
]);

const INJECT_KEY = 'sidecar.istio.io/inject';

/** Whether each reason injects, and how it reads. */
const REASONS: Readonly<Record<ReasonCode, { inject: boolean; text: string }>> = {
  HOST_NETWORK: { inject: false, text: 'host networking is enabled' },
  IGNORED_NAMESPACE: { inject: false, text: 'namespace is ignored by Istio' },
  LABEL_TRUE: { inject: true, text: `label ${INJECT_KEY}=true` },
  LABEL_FALSE: { inject: false, text: `label ${INJECT_KEY}=false` },
  ANNOTATION_TRUE: { inject: true, text: `annotation ${INJECT_KEY}=true` },
  ANNOTATION_FALSE: { inject: false, text: `annotation ${INJECT_KEY}=false` },
  NEVER_SELECTOR: { inject: false, text: 'labels match neverInjectSelector' },
  ALWAYS_SELECTOR: { inject: true, text: 'labels match alwaysInjectSelector' },
  POLICY_ENABLED: { inject: true, text: 'injection policy is enabled' },
  POLICY_DISABLED: { inject: false, text: 'injection policy is disabled' },
  POLICY_INVALID: { inject: false, text: 'injection policy is neither enabled nor disabled' },
};

/** A decision for a reason. */
function decided(reason: ReasonCode, warnings: string[] = []): Decision {
  return { inject: REASONS[reason].inject, reason, message: REASONS[reason].text, warnings };
}

/** The explicit opt-in/out, label first (the newer API wins over the annotation). */
function explicitChoice(meta: JsonMap): {
  value: string;
  reason: ['LABEL_TRUE', 'LABEL_FALSE'] | ['ANNOTATION_TRUE', 'ANNOTATION_FALSE'];
} {
  const labels = stringMap(meta, 'labels');
  if (Object.prototype.hasOwnProperty.call(labels, INJECT_KEY)) {
    return { value: String(labels[INJECT_KEY]), reason: ['LABEL_TRUE', 'LABEL_FALSE'] };
  }
  return {
    value: String(stringMap(meta, 'annotations')[INJECT_KEY] ?? ''),
    reason: ['ANNOTATION_TRUE', 'ANNOTATION_FALSE'],
  };
}

/** The reason when nothing explicit applies: selectors, then the policy. */
function defaultReason(rules: PolicyRules, labels: Readonly<Record<string, string>>): ReasonCode {
  if (rules.neverInject.some((m) => m(labels))) return 'NEVER_SELECTOR';
  if (rules.alwaysInject.some((m) => m(labels))) return 'ALWAYS_SELECTOR';
  return rules.policy === 'enabled' ? 'POLICY_ENABLED' : 'POLICY_DISABLED';
}

/** Istio's error line for a policy that is neither enabled nor disabled. */
function invalidPolicyWarning(policy: string): string {
  return `Illegal value for autoInject:${policy}, must be one of [disabled,enabled]. Auto injection disabled!`;
}

/**
 * The decision for a policy other than enabled or disabled: Istio's switch injects nothing,
 * whatever the pod or the selectors said (`overruled`, the reason it would have had).
 */
function invalidPolicy(policy: string, overruled: ReasonCode, warnings: string[]): Decision {
  const what =
    policy === ''
      ? 'the injector config names no policy'
      : `injection policy ${quote(policy)} is neither enabled nor disabled`;
  const despite = REASONS[overruled].inject ? `, not even with ${REASONS[overruled].text}` : '';
  return {
    inject: false,
    reason: 'POLICY_INVALID',
    message: `${what}: Istio injects nothing${despite}`,
    warnings: [...warnings, invalidPolicyWarning(policy)],
  };
}

/**
 * Decide whether to inject a pod (Istio's injectRequired, in its order): host networking,
 * ignored namespaces, the pod's own choice, else the never- then always-inject selectors,
 * and then the policy: a policy other than enabled or disabled injects nothing at all.
 */
export function decideInjection(
  meta: JsonMap,
  spec: JsonMap,
  rules: PolicyRules = KUBE_INJECT_RULES,
): Decision {
  if (spec.hostNetwork === true) return decided('HOST_NETWORK');
  if (IGNORED_NAMESPACES.has(scalarString(meta.namespace))) return decided('IGNORED_NAMESPACE');
  const choice = explicitChoice(meta);
  const warnings =
    choice.value === '' || choice.value === 'true' || choice.value === 'false'
      ? []
      : [
          `Invalid value for ${INJECT_KEY}: ${quote(choice.value)}. Only 'true' and 'false' are accepted. Falling back to default injection policy.`,
        ];
  const labels = isJsonMap(meta.labels) ? (meta.labels as Record<string, string>) : {};
  const reason =
    choice.value === 'true'
      ? choice.reason[0]
      : choice.value === 'false'
        ? choice.reason[1]
        : defaultReason(rules, labels);
  if (rules.policy !== 'enabled' && rules.policy !== 'disabled')
    return invalidPolicy(rules.policy, reason, warnings);
  return decided(reason, warnings);
}
