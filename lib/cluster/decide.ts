/**
 * A pod's injection decision as a cluster makes it: stage 1, the webhooks the API server
 * calls (lib/cluster/webhooks.ts); stage 2, each called revision's injector (Istio's
 * injectRequired with that revision's policy and selectors, lib/inject/policy.ts).
 */
import type { InjectorConfig, LabelSelector } from '../config/types.js';
import type { WebhookConfiguration } from '../control-plane/index.js';
import { labelSelectorAsSelector } from '../k8s/selector.js';
import {
  decideInjection,
  IGNORED_NAMESPACES,
  type LabelMatcher,
  type PolicyRules,
} from '../inject/policy.js';
import { stringMap } from '../inject/pod.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { RULES, type RuleCode } from './rules.js';
import { matchWebhooks, selectingLabels, type WebhookMatch } from './webhooks.js';

/** A decision with the rule that made it and the revision that injects. */
export interface ClusterDecision {
  inject: boolean;
  /** The revision whose injector injects ('' the default one); null when nothing injects. */
  revision: string | null;
  rule: RuleCode;
  reason: string;
  warnings: string[];
}

/** The injector side of one revision, compiled for decisions. */
export interface RevisionRules {
  rules: PolicyRules;
  /** Istio's warnings about the configuration itself (invalid selectors, missing ConfigMap). */
  warnings: string[];
}

/** Compile an injector config's policy and selectors; invalid selectors are skipped with Istio's warning. */
export function compileRules(injector: InjectorConfig): RevisionRules {
  const warnings: string[] = [];
  const compile = (list: readonly LabelSelector[], what: string): LabelMatcher[] =>
    list.flatMap((sel) => {
      try {
        const s = labelSelectorAsSelector(sel);
        // Istio ignores selectors with no requirements: they would match every pod.
        return s.empty ? [] : [(labels: Readonly<Record<string, string>>) => s.matches(labels)];
      } catch (e) {
        warnings.push(
          `Invalid selector for ${what}: ${JSON.stringify(sel)} (${(e as Error).message})`,
        );
        return [];
      }
    });
  return {
    rules: {
      policy: injector.policy,
      neverInject: compile(injector.neverInjectSelector ?? [], 'NeverInjectSelector'),
      alwaysInject: compile(injector.alwaysInjectSelector ?? [], 'AlwaysInjectSelector'),
    },
    warnings,
  };
}

/** What a cluster decision reads. */
export interface ClusterInput {
  /** The workload's namespace (its own, else -n, else default). */
  namespace: string;
  namespaceLabels: Readonly<Record<string, string>>;
  /** The pod's metadata as the API server will see it, and its spec. */
  podMeta: JsonMap;
  spec: JsonMap;
  webhooks: readonly WebhookConfiguration[];
  rulesFor(revision: string): RevisionRules;
}

const revName = (rev: string): string => (rev === '' ? 'default' : rev);

/** The webhook stage's rule and reason for a match, by the chart's webhook name prefixes. */
function webhookRule(m: WebhookMatch, namespace: string): { rule: RuleCode; reason: string } {
  const via =
    m.tag === undefined ? '' : ` (revision tag ${m.tag} of revision ${revName(m.revision)})`;
  const ns = `namespace ${namespace} has ${m.namespaceLabel ?? 'matching labels'}${via}`;
  const pod = `pod label ${m.podLabel ?? 'matches'}${via}`;
  const table: [string, RuleCode, string][] = [
    ['rev.namespace.', 'NAMESPACE_REVISION', ns],
    ['rev.object.', 'POD_REVISION', pod],
    ['namespace.', 'NAMESPACE_LABEL', ns],
    ['object.', 'POD_LABEL', pod],
    [
      'auto.',
      'ALL_NAMESPACES',
      `namespace ${namespace} has no injection label and injection is on by default${via}`,
    ],
  ];
  const row = table.find(([prefix]) => m.webhook.startsWith(prefix));
  return row === undefined
    ? {
        rule: 'WEBHOOK',
        reason: `webhook ${m.webhook} of ${m.configuration.name} selects the pod${via}`,
      }
    : { rule: row[1], reason: row[2] };
}

/** Why nothing selects the pod, with the labels that would. */
function unselected(
  input: ClusterInput,
  labels: Readonly<Record<string, string>>,
): ClusterDecision {
  const nsInjection = input.namespaceLabels['istio-injection'];
  if (labels['sidecar.istio.io/inject'] === 'false')
    return {
      inject: false,
      revision: null,
      rule: 'LABEL_FALSE',
      reason: RULES.LABEL_FALSE.meaning,
      warnings: [],
    };
  if (nsInjection !== undefined && nsInjection !== 'enabled')
    return {
      inject: false,
      revision: null,
      rule: 'NAMESPACE_DISABLED',
      reason: `namespace ${input.namespace} has istio-injection=${nsInjection}`,
      warnings: [],
    };
  const would = selectingLabels(input.webhooks);
  const list = (xs: string[]): string => (xs.length === 0 ? 'none' : xs.join(', '));
  const reason =
    input.webhooks.length === 0
      ? 'the control plane has no injection webhooks'
      : 'no webhook selects the pod';
  // Labels cannot help there: the injector refuses those namespaces whatever selects them.
  const warning = IGNORED_NAMESPACES.has(input.namespace)
    ? `no webhook selects ${input.namespace}'s pod, and no label would help: Istio never injects into ${[...IGNORED_NAMESPACES].join(', ')}`
    : `no webhook selects ${input.namespace}'s pod: to inject it, label namespace ${input.namespace} with one of ${list(would.namespace)}, or the pod with one of ${list(would.pod)}`;
  return { inject: false, revision: null, rule: 'NO_WEBHOOK', reason, warnings: [warning] };
}

/**
 * The warning `istioctl analyze` gives (IST0123) for a namespace with more than one kind of
 * injection label: `istio-injection`, plus `istio.io/rev` or `istio.io/dataplane-mode` when
 * `istio-injection` is absent or `enabled` (the analyzer skips istio-system).
 */
function multipleInjectionLabels(
  namespace: string,
  labels: Readonly<Record<string, string>>,
): string[] {
  if (namespace === 'istio-system') return [];
  const injection = labels['istio-injection'];
  const found = injection === undefined ? [] : [`istio-injection=${injection}`];
  if (injection === undefined || injection === 'enabled')
    for (const key of ['istio.io/rev', 'istio.io/dataplane-mode'])
      if (labels[key] !== undefined) found.push(`${key}=${labels[key]}`);
  if (found.length < 2) return [];
  const precedence =
    injection === 'enabled' && labels['istio.io/rev'] !== undefined
      ? ' (istio-injection=enabled takes precedence over istio.io/rev)'
      : '';
  return [
    `namespace ${namespace} has more than one kind of injection label: ${found.join(', ')}${precedence}; istioctl analyze warns about this (IST0123): keep one`,
  ];
}

/** Decide for one pod (see the module comment). */
export function decideCluster(input: ClusterInput): ClusterDecision {
  const d = decideSelected(input);
  const nsWarnings = multipleInjectionLabels(input.namespace, input.namespaceLabels);
  return nsWarnings.length === 0 ? d : { ...d, warnings: [...nsWarnings, ...d.warnings] };
}

function decideSelected(input: ClusterInput): ClusterDecision {
  const labels = stringMap(input.podMeta, 'labels');
  const matches = matchWebhooks(input.webhooks, input.namespaceLabels, labels);
  if (matches.length === 0) return unselected(input, labels);
  // One call per configuration: its webhooks are written to be exclusive.
  const byConfiguration = new Map<string, WebhookMatch>();
  for (const m of matches)
    if (!byConfiguration.has(m.configuration.name)) byConfiguration.set(m.configuration.name, m);
  const called = [...byConfiguration.values()];
  const warnings: string[] = [];
  if (called.length > 1)
    warnings.push(
      `multiple webhooks would inject this pod: ${called.map((m) => `${m.configuration.name} (revision ${revName(m.revision)})`).join(', ')}; istioctl's check-inject reports this as an error`,
    );
  const meta: JsonMap = { ...input.podMeta, namespace: input.namespace };
  const decisions = called.map((m) => {
    const compiled = input.rulesFor(m.revision);
    warnings.push(...compiled.warnings);
    return { m, d: decideInjection(meta, isJsonMap(input.spec) ? input.spec : {}, compiled.rules) };
  });
  // The API server calls them in order and the last one to inject writes the pod.
  const final = [...decisions].reverse().find((x) => x.d.inject) ?? decisions[decisions.length - 1];
  const { m, d } = final;
  warnings.push(...d.warnings);
  const { rule, reason } =
    d.reason === 'POLICY_ENABLED'
      ? webhookRule(m, input.namespace)
      : { rule: d.reason, reason: d.message };
  return {
    inject: d.inject,
    revision: d.inject ? m.revision : null,
    rule,
    reason,
    warnings: [...new Set(warnings)],
  };
}
