/**
 * Stage 1 of a cluster's injection decision: the MutatingWebhookConfigurations, as the API
 * server applies them. A webhook is called for a pod when one of its rules covers creating
 * pods, its `namespaceSelector` matches the namespace's labels and its `objectSelector` the
 * pod's (an absent selector matches everything); Istio's webhooks then send the pod to their
 * revision's injector.
 *
 * Without a control plane, the webhooks of a default install are generated here for the
 * chosen revision — the same selectors the istiod chart renders (per revision, the default
 * revision's legacy `istio-injection` pair, and revision tags).
 */
import type { LabelSelector } from '../config/types.js';
import type { WebhookConfiguration } from '../control-plane/index.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { labelSelectorAsSelector } from '../k8s/selector.js';

type Labels = Readonly<Record<string, string>>;

const INJECTION = 'istio-injection';
const REV = 'istio.io/rev';
const INJECT = 'sidecar.istio.io/inject';
const TAG = 'istio.io/tag';
/** The namespaces the chart's `auto.` webhook leaves out (Istio's ignored namespaces). */
const SYSTEM_NAMESPACES = ['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage'];

const req = (key: string, operator: string, values?: string[]): JsonMap =>
  values === undefined ? { key, operator } : { key, operator, values };

/** One webhook of the chart's shape: its name prefix and its two selectors. */
function webhook(prefix: string, namespace: JsonMap[], object: JsonMap[]): JsonMap {
  return {
    name: `${prefix}sidecar-injector.istio.io`,
    rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }],
    namespaceSelector: { matchExpressions: namespace },
    objectSelector: { matchExpressions: object },
  };
}

/** The two webhooks every revision (and every tag) has: namespace `istio.io/rev=NAME`, or pod `istio.io/rev=NAME`. */
function revisionWebhooks(name: string): JsonMap[] {
  return [
    webhook(
      'rev.namespace.',
      [req(REV, 'In', [name]), req(INJECTION, 'DoesNotExist')],
      [req(INJECT, 'NotIn', ['false'])],
    ),
    webhook(
      'rev.object.',
      [req(REV, 'DoesNotExist'), req(INJECTION, 'DoesNotExist')],
      [req(INJECT, 'NotIn', ['false']), req(REV, 'In', [name])],
    ),
  ];
}

/**
 * The default revision's legacy webhooks: namespace `istio-injection=enabled`, or pod
 * `sidecar.istio.io/inject=true`; with `enableNamespacesByDefault`, also every namespace
 * without an injection label but the system ones, for pods that name no choice.
 */
function defaultRevisionWebhooks(allNamespaces: boolean): JsonMap[] {
  return [
    webhook('namespace.', [req(INJECTION, 'In', ['enabled'])], [req(INJECT, 'NotIn', ['false'])]),
    webhook(
      'object.',
      [req(INJECTION, 'DoesNotExist'), req(REV, 'DoesNotExist')],
      [req(INJECT, 'In', ['true']), req(REV, 'DoesNotExist')],
    ),
    ...(allNamespaces
      ? [
          webhook(
            'auto.',
            [
              req(INJECTION, 'DoesNotExist'),
              req(REV, 'DoesNotExist'),
              req('kubernetes.io/metadata.name', 'NotIn', [...SYSTEM_NAMESPACES]),
            ],
            [req(INJECT, 'DoesNotExist'), req(REV, 'DoesNotExist')],
          ),
        ]
      : []),
  ];
}

/**
 * The webhook configurations a default `helm template istiod` renders for `revision` ('' is
 * the default revision) and its revision `tags` (with `enableNamespacesByDefault`, the
 * `auto.` webhook too).
 */
export function defaultWebhookConfigurations(
  revision: string,
  tags: readonly string[] = [],
  options: { enableNamespacesByDefault?: boolean } = {},
): WebhookConfiguration[] {
  const all = options.enableNamespacesByDefault === true;
  const rev = revision === '' || revision === 'default' ? '' : revision;
  const revLabel = rev === '' ? 'default' : rev;
  const origin = { file: '<default install>' };
  const own: WebhookConfiguration = {
    name: rev === '' ? 'istio-sidecar-injector' : `istio-sidecar-injector-${rev}`,
    labels: { [REV]: revLabel },
    webhooks: [...revisionWebhooks(revLabel), ...(rev === '' ? defaultRevisionWebhooks(all) : [])],
    origin,
  };
  const tagged = tags.map((tag): WebhookConfiguration => ({
    name: `istio-revision-tag-${tag}`,
    labels: { [REV]: revLabel, [TAG]: tag },
    webhooks: [
      ...revisionWebhooks(tag),
      ...(tag === 'default' ? defaultRevisionWebhooks(all) : []),
    ],
    origin,
  }));
  return [own, ...tagged];
}

/** A webhook that would be called for the pod. */
export interface WebhookMatch {
  configuration: WebhookConfiguration;
  /** The webhook's name, e.g. `namespace.sidecar-injector.istio.io`. */
  webhook: string;
  /** The revision whose injector it calls ('' for the default revision). */
  revision: string;
  /** The revision tag it stands for, if it is a tag's webhook. */
  tag?: string;
  /** The label that made the namespace selector match (`istio-injection=enabled`), if any. */
  namespaceLabel?: string;
  /** The label that made the object selector match, if any. */
  podLabel?: string;
}

/** Is this an Istio webhook configuration (istioctl's test: a webhook named `….istio.io`)? */
function isIstio(config: WebhookConfiguration): boolean {
  return config.webhooks.some((w) => typeof w.name === 'string' && w.name.endsWith('istio.io'));
}

/** A selector's or rule's value as text. */
function scalar(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * What a rule must name (or cover with a wildcard) to be called for a pod's creation: core
 * group `v1` `pods`, CREATE (a bare `*` covers every resource, `*` slash `*` every resource
 * and subresource).
 */
const POD_CREATE: readonly [field: string, accepted: readonly string[]][] = [
  ['operations', ['CREATE', '*']],
  ['apiGroups', ['', '*']],
  ['apiVersions', ['v1', '*']],
  ['resources', ['pods', '*', '*/*']],
];

/**
 * Does one of the webhook's rules cover creating pods? As the API server matches them: a
 * webhook is called only for what some rule names, so one with no rules is never called.
 */
function coversPodCreate(w: JsonMap): boolean {
  const rules = Array.isArray(w.rules) ? w.rules : [];
  return rules.some(
    (r) =>
      isJsonMap(r) &&
      POD_CREATE.every(([field, accepted]) => {
        const named = r[field];
        return Array.isArray(named) && named.some((v) => accepted.includes(scalar(v)));
      }) &&
      // Pods are namespaced: a rule for cluster-scoped resources does not cover them.
      r.scope !== 'Cluster',
  );
}

/** A webhook selector against labels: absent means everything, as the API server defaults it. */
function selectorMatches(selector: unknown, labels: Labels): { matched: boolean; label?: string } {
  if (selector === undefined || selector === null) return { matched: true };
  const sel = selector as LabelSelector;
  let matched: boolean;
  try {
    const compiled = labelSelectorAsSelector(sel);
    matched = compiled.empty || compiled.matches(labels);
  } catch {
    // The API server would have refused such a configuration; it calls no one.
    return { matched: false };
  }
  if (!matched) return { matched };
  // The label that says why, as istioctl's check-inject reports it.
  for (const e of sel.matchExpressions ?? []) {
    const value = labels[e.key];
    if ((e.operator === 'In' || e.operator === 'NotIn') && value !== undefined)
      return { matched, label: `${e.key}=${value}` };
  }
  const [key, value] = Object.entries(sel.matchLabels ?? {})[0] ?? [];
  return key === undefined ? { matched } : { matched, label: `${key}=${value}` };
}

/** The revision a configuration's webhooks call (its `istio.io/rev` label; `default` is ''). */
export function revisionOfConfiguration(config: WebhookConfiguration): string {
  const rev = config.labels[REV] ?? '';
  return rev === 'default' ? '' : rev;
}

/**
 * The Istio webhooks the API server would call for a pod, in the order it calls them
 * (configurations by name, webhooks in order).
 */
export function matchWebhooks(
  configs: readonly WebhookConfiguration[],
  namespaceLabels: Labels,
  podLabels: Labels,
): WebhookMatch[] {
  const ordered = [...configs]
    .filter(isIstio)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const matches: WebhookMatch[] = [];
  for (const configuration of ordered) {
    for (const w of configuration.webhooks) {
      if (!coversPodCreate(w)) continue;
      const ns = selectorMatches(w.namespaceSelector, namespaceLabels);
      const pod = ns.matched ? selectorMatches(w.objectSelector, podLabels) : { matched: false };
      if (!ns.matched || !pod.matched) continue;
      const tag = configuration.labels[TAG];
      matches.push({
        configuration,
        webhook: typeof w.name === 'string' ? w.name : '',
        revision: revisionOfConfiguration(configuration),
        ...(tag === undefined ? {} : { tag }),
        ...(ns.label === undefined ? {} : { namespaceLabel: ns.label }),
        ...(pod.label === undefined ? {} : { podLabel: pod.label }),
      });
    }
  }
  return matches;
}

/**
 * The labels that would make some webhook select a pod (the `In` requirements of their
 * selectors), for the "no webhook selects it" warning.
 */
export function selectingLabels(configs: readonly WebhookConfiguration[]): {
  namespace: string[];
  pod: string[];
} {
  const collect = (field: 'namespaceSelector' | 'objectSelector'): string[] => {
    const out = new Set<string>();
    for (const c of configs.filter(isIstio))
      for (const w of c.webhooks.filter(coversPodCreate)) {
        const sel = w[field];
        const exprs =
          isJsonMap(sel) && Array.isArray(sel.matchExpressions) ? sel.matchExpressions : [];
        for (const e of exprs)
          if (isJsonMap(e) && e.operator === 'In' && Array.isArray(e.values))
            for (const v of e.values) out.add(`${scalar(e.key)}=${scalar(v)}`);
        if (isJsonMap(sel) && isJsonMap(sel.matchLabels))
          for (const [k, v] of Object.entries(sel.matchLabels)) out.add(`${k}=${scalar(v)}`);
      }
    return [...out];
  };
  return { namespace: collect('namespaceSelector'), pod: collect('objectSelector') };
}
