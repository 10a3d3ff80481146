/**
 * Cluster decisions, written from Istio's semantics: the istiod chart's webhook selectors
 * (per revision, the default revision's legacy pair, tags), then injectRequired per revision.
 */
import t from 'tap';
import type { InjectorConfig } from '../../lib/config/types.js';
import type { WebhookConfiguration } from '../../lib/control-plane/index.js';
import {
  compileRules,
  decideCluster,
  defaultWebhookConfigurations,
  matchWebhooks,
  type ClusterInput,
} from '../../lib/cluster/index.js';

const INJECT = 'sidecar.istio.io/inject';
/** The rule Istio's webhooks carry: pod creation. */
const POD_CREATE = [
  { operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] },
];

function injector(over: Partial<InjectorConfig> = {}): InjectorConfig {
  return {
    policy: 'enabled',
    defaultTemplates: ['sidecar'],
    templates: {},
    aliases: {},
    neverInjectSelector: [],
    alwaysInjectSelector: [],
    injectedAnnotations: {},
    ...over,
  };
}

/** A cluster with the default revision and `canary` installed, and tag `prod` → canary. */
const TWO_REVISIONS = [
  ...defaultWebhookConfigurations(''),
  ...defaultWebhookConfigurations('canary', ['prod']),
];

function decide(
  o: {
    ns?: Record<string, string>;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    spec?: Record<string, unknown>;
    namespace?: string;
    policy?: string;
    config?: Partial<InjectorConfig>;
    webhooks?: ClusterInput['webhooks'];
  } = {},
) {
  return decideCluster({
    namespace: o.namespace ?? 'shop',
    namespaceLabels: o.ns ?? {},
    podMeta: { labels: o.labels ?? {}, annotations: o.annotations ?? {} },
    spec: o.spec ?? {},
    webhooks: o.webhooks ?? defaultWebhookConfigurations(''),
    rulesFor: () =>
      compileRules(
        injector({
          ...o.config,
          ...(o.policy === undefined ? {} : { policy: o.policy }),
        }),
      ),
  });
}

t.test("Istio's truth table: namespace label × policy × pod override", async (t) => {
  const enabled = { 'istio-injection': 'enabled' };
  const disabledNs = { 'istio-injection': 'disabled' };
  // [namespace labels, policy, pod labels, pod annotations, injected?, rule]
  const rows: [
    Record<string, string>,
    string,
    Record<string, string>,
    Record<string, string>,
    boolean,
    string,
  ][] = [
    [enabled, 'enabled', {}, {}, true, 'NAMESPACE_LABEL'],
    [enabled, 'disabled', {}, {}, false, 'POLICY_DISABLED'],
    [enabled, 'disabled', { [INJECT]: 'true' }, {}, true, 'LABEL_TRUE'],
    [enabled, 'disabled', {}, { [INJECT]: 'true' }, true, 'ANNOTATION_TRUE'],
    [enabled, 'enabled', { [INJECT]: 'false' }, {}, false, 'LABEL_FALSE'],
    [enabled, 'enabled', {}, { [INJECT]: 'false' }, false, 'ANNOTATION_FALSE'],
    [disabledNs, 'enabled', {}, {}, false, 'NAMESPACE_DISABLED'],
    [disabledNs, 'enabled', { [INJECT]: 'true' }, {}, false, 'NAMESPACE_DISABLED'],
    [{}, 'enabled', {}, {}, false, 'NO_WEBHOOK'],
    [{}, 'enabled', {}, { [INJECT]: 'true' }, false, 'NO_WEBHOOK'],
    [{}, 'enabled', { [INJECT]: 'true' }, {}, true, 'LABEL_TRUE'],
    [{}, 'disabled', { [INJECT]: 'true' }, {}, true, 'LABEL_TRUE'],
    [{}, 'enabled', { [INJECT]: 'false' }, {}, false, 'LABEL_FALSE'],
    [{ 'istio.io/rev': 'default' }, 'enabled', {}, {}, true, 'NAMESPACE_REVISION'],
    [{ 'istio.io/rev': 'default' }, 'disabled', {}, {}, false, 'POLICY_DISABLED'],
  ];
  for (const [ns, policy, labels, annotations, inject, rule] of rows) {
    const d = decide({ ns, policy, labels, annotations });
    t.match(
      d,
      { inject, rule },
      `ns ${JSON.stringify(ns)} policy ${policy} pod ${JSON.stringify({ labels, annotations })}`,
    );
    t.equal(d.revision, inject ? '' : null);
  }
});

t.test('the label wins over the annotation', async (t) => {
  const ns = { 'istio-injection': 'enabled' };
  t.match(decide({ ns, labels: { [INJECT]: 'true' }, annotations: { [INJECT]: 'false' } }), {
    inject: true,
    rule: 'LABEL_TRUE',
  });
  t.match(
    decide({
      ns,
      policy: 'disabled',
      labels: { [INJECT]: 'false' },
      annotations: { [INJECT]: 'true' },
    }),
    {
      inject: false,
    },
  );
});

t.test('a policy other than enabled/disabled injects nothing, with Istio message', async (t) => {
  const ns = { 'istio-injection': 'enabled' };
  const config: Partial<InjectorConfig> = {
    alwaysInjectSelector: [{ matchLabels: { tier: 'always' } }],
    neverInjectSelector: [{ matchLabels: { tier: 'never' } }],
  };
  // Istio's injectRequired weighs the pod and the selectors, and then its switch on the
  // policy injects nothing in its default branch, whatever they said.
  const rows: [string, Record<string, string>, Record<string, string>, string][] = [
    ['nothing said', {}, {}, 'Istio injects nothing$'],
    ['label true', { [INJECT]: 'true' }, {}, 'not even with label sidecar.istio.io/inject=true'],
    ['annotation true', {}, { [INJECT]: 'true' }, 'not even with annotation'],
    ['alwaysInjectSelector', { tier: 'always' }, {}, 'not even with labels match alwaysInject'],
    ['neverInjectSelector', { tier: 'never' }, {}, 'Istio injects nothing$'],
  ];
  for (const policy of ['sometimes', 'Enabled', '']) {
    for (const [name, labels, annotations, why] of rows) {
      const d = decide({ ns, policy, labels, annotations, config });
      const what = `policy ${JSON.stringify(policy)}, ${name}`;
      t.match(d, { inject: false, rule: 'POLICY_INVALID', revision: null }, what);
      t.match(d.reason, new RegExp(why), `${what}: the reason says why`);
      t.match(d.warnings.join('\n'), `Illegal value for autoInject:${policy}, must be one of`);
    }
  }
  t.match(
    decide({ ns, policy: 'foo', labels: { [INJECT]: 'false' } }),
    { rule: 'LABEL_FALSE' },
    'a pod that opts out is not even sent to the injector',
  );
  t.match(decide({ ns, policy: 'Enabled' }).reason, 'injection policy "Enabled" is neither');
  t.match(decide({ ns, policy: '' }).reason, 'the injector config names no policy');
  const invalidLabel = decide({ ns, policy: 'foo', labels: { [INJECT]: 'yes' } });
  t.match(invalidLabel.warnings.join('\n'), 'Invalid value for sidecar.istio.io/inject: "yes"');
  t.match(
    decide({ ns, policy: 'foo', spec: { hostNetwork: true } }),
    { rule: 'HOST_NETWORK' },
    'host networking is decided before the policy',
  );
});

t.test('never and always selectors, with every operator', async (t) => {
  const ns = { 'istio-injection': 'enabled' };
  const config: Partial<InjectorConfig> = {
    neverInjectSelector: [
      { matchExpressions: [{ key: 'tier', operator: 'In', values: ['infra', 'batch'] }] },
      { matchExpressions: [{ key: 'legacy', operator: 'Exists' }] },
    ],
    alwaysInjectSelector: [
      { matchLabels: { team: 'payments' } },
      {
        matchExpressions: [
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'opt-out', operator: 'DoesNotExist' },
        ],
      },
      {},
    ],
  };
  const run = (labels: Record<string, string>, policy = 'disabled') =>
    decide({ ns, labels, config, policy });
  t.match(run({ tier: 'batch' }, 'enabled'), { inject: false, rule: 'NEVER_SELECTOR' }, 'In');
  t.match(run({ legacy: '' }, 'enabled'), { inject: false, rule: 'NEVER_SELECTOR' }, 'Exists');
  t.match(
    run({ tier: 'infra', team: 'payments' }),
    { rule: 'NEVER_SELECTOR' },
    'never comes first',
  );
  t.match(
    run({ team: 'payments', env: 'dev', 'opt-out': 'x' }),
    { inject: true, rule: 'ALWAYS_SELECTOR' },
    'matchLabels',
  );
  t.match(
    run({ env: 'prod' }),
    { inject: true, rule: 'ALWAYS_SELECTOR' },
    'NotIn and DoesNotExist',
  );
  t.match(
    run({ env: 'dev' }),
    { inject: false, rule: 'POLICY_DISABLED' },
    'NotIn excludes; the empty selector is ignored',
  );
  t.match(
    run({ 'opt-out': 'yes' }),
    { inject: false, rule: 'POLICY_DISABLED' },
    'DoesNotExist excludes',
  );
  t.match(
    run({ tier: 'infra', [INJECT]: 'true' }),
    { inject: true, rule: 'LABEL_TRUE' },
    'an explicit choice skips selectors',
  );
  const bad = decide({
    ns,
    policy: 'disabled',
    config: {
      alwaysInjectSelector: [
        { matchExpressions: [{ key: 'a', operator: 'Near' as 'In', values: ['b'] }] },
      ],
    },
  });
  t.match(bad, { rule: 'POLICY_DISABLED' });
  t.match(bad.warnings.join('\n'), 'Invalid selector for AlwaysInjectSelector');
});

t.test('revisions and tags', async (t) => {
  const webhooks = TWO_REVISIONS;
  t.match(decide({ webhooks, ns: { 'istio.io/rev': 'canary' } }), {
    inject: true,
    revision: 'canary',
    rule: 'NAMESPACE_REVISION',
  });
  t.match(decide({ webhooks, ns: { 'istio.io/rev': 'prod' } }), {
    inject: true,
    revision: 'canary',
    rule: 'NAMESPACE_REVISION',
  });
  t.match(
    decide({ webhooks, ns: { 'istio.io/rev': 'prod' } }).reason,
    'revision tag prod of revision canary',
  );
  t.match(decide({ webhooks, labels: { 'istio.io/rev': 'canary' } }), {
    inject: true,
    revision: 'canary',
    rule: 'POD_REVISION',
  });
  t.match(
    decide({ webhooks, ns: { 'istio-injection': 'enabled', 'istio.io/rev': 'canary' } }),
    { inject: true, revision: '', rule: 'NAMESPACE_LABEL' },
    'the legacy label has precedence over istio.io/rev',
  );
  t.match(
    decide({
      webhooks,
      ns: { 'istio-injection': 'enabled' },
      labels: { 'istio.io/rev': 'canary' },
    }),
    { revision: '' },
    'a namespace label wins over a pod revision label',
  );
  t.match(decide({ webhooks, ns: { 'istio.io/rev': 'unknown' } }), {
    inject: false,
    rule: 'NO_WEBHOOK',
  });
  t.match(
    decide({ webhooks, ns: { 'istio.io/rev': 'canary' }, labels: { 'istio.io/rev': 'default' } }),
    { revision: 'canary' },
  );
  t.equal(
    decide({ webhooks, ns: { 'istio.io/rev': 'canary' } }).warnings.length,
    0,
    'one webhook: no warning',
  );
});

t.test('a namespace with more than one kind of injection label is warned about', async (t) => {
  const webhooks = TWO_REVISIONS;
  const both = decide({ webhooks, ns: { 'istio-injection': 'enabled', 'istio.io/rev': 'canary' } });
  t.match(both, { inject: true, revision: '' });
  t.match(
    both.warnings.join('\n'),
    /namespace shop has more than one kind of injection label: istio-injection=enabled, istio\.io\/rev=canary \(istio-injection=enabled takes precedence/,
  );
  const ambient = decide({
    webhooks,
    ns: { 'istio.io/rev': 'canary', 'istio.io/dataplane-mode': 'ambient' },
  });
  t.match(ambient.warnings.join('\n'), /istio\.io\/rev=canary, istio\.io\/dataplane-mode=ambient/);
  t.match(
    decide({ webhooks, ns: { 'istio-injection': 'disabled', 'istio.io/rev': 'canary' } }),
    { inject: false, rule: 'NAMESPACE_DISABLED', warnings: [] },
    'a disabled legacy label is deliberate: one label counts',
  );
  t.same(decide({ webhooks, ns: { 'istio-injection': 'enabled' } }).warnings, []);
});

t.test('several webhooks injecting: a warning with "multiple"', async (t) => {
  const webhooks = [...defaultWebhookConfigurations('', ['default'])];
  const d = decide({ webhooks, ns: { 'istio-injection': 'enabled' } });
  t.match(d, { inject: true });
  t.match(
    d.warnings.join('\n'),
    /multiple webhooks would inject this pod: istio-revision-tag-default \(revision default\), istio-sidecar-injector/,
  );
  const matches = matchWebhooks(webhooks, { 'istio-injection': 'enabled' }, {});
  t.equal(matches.length, 2);
});

t.test('system namespaces and hostNetwork are never injected', async (t) => {
  // Unlabelled: no webhook selects the pod, and the advice is not to label it.
  const unlabelled = decide({ namespace: 'kube-system', ns: {} });
  t.match(unlabelled, { inject: false, rule: 'NO_WEBHOOK' });
  t.match(
    unlabelled.warnings.join('\n'),
    /no label would help: Istio never injects into kube-system/,
  );
  t.notMatch(unlabelled.warnings.join('\n'), /label namespace/);
  for (const namespace of ['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage'])
    t.match(
      decide({ namespace, ns: { 'istio-injection': 'enabled' }, labels: { [INJECT]: 'true' } }),
      {
        inject: false,
        rule: 'IGNORED_NAMESPACE',
      },
    );
  t.match(
    decide({
      ns: { 'istio-injection': 'enabled' },
      labels: { [INJECT]: 'true' },
      spec: { hostNetwork: true },
    }),
    {
      inject: false,
      rule: 'HOST_NETWORK',
      revision: null,
    },
  );
});

t.test(
  'webhook selectors: absent ones match everything; other webhooks and rules are respected',
  async (t) => {
    const origin = { file: 'x' };
    const custom: WebhookConfiguration[] = [
      {
        name: 'mine',
        labels: { 'istio.io/rev': 'default' },
        origin,
        webhooks: [{ name: 'all.sidecar-injector.istio.io', rules: POD_CREATE }],
      },
      { name: 'not-istio', labels: {}, origin, webhooks: [{ name: 'cert-manager.io' }] },
      {
        name: 'deletes-only',
        labels: { 'istio.io/rev': 'x' },
        origin,
        webhooks: [
          { name: 'd.istio.io', rules: [{ operations: ['DELETE'], resources: ['pods'] }] },
        ],
      },
      {
        name: 'broken',
        labels: {},
        origin,
        webhooks: [
          {
            name: 'b.istio.io',
            rules: POD_CREATE,
            namespaceSelector: { matchExpressions: [{ key: 'a', operator: 'In' }] },
          },
        ],
      },
    ];
    const d = decide({ webhooks: custom });
    t.match(d, { inject: true, rule: 'WEBHOOK', revision: '' });
    t.equal(matchWebhooks(custom, {}, {}).length, 1);
    t.match(decide({ webhooks: [] }), {
      inject: false,
      rule: 'NO_WEBHOOK',
      reason: 'the control plane has no injection webhooks',
    });
    t.match(
      decide({}).warnings[0],
      'label namespace shop with one of istio.io/rev=default, istio-injection=enabled',
    );
  },
);

t.test('webhook rules: called only for what a rule covers; no rules, never', async (t) => {
  const withRules = (rules: unknown): WebhookConfiguration => ({
    name: 'istio-sidecar-injector',
    labels: { 'istio.io/rev': 'default' },
    origin: { file: 'cp.yaml' },
    webhooks: [
      {
        name: 'namespace.sidecar-injector.istio.io',
        ...(rules === undefined ? {} : { rules }),
        namespaceSelector: { matchLabels: { 'istio-injection': 'enabled' } },
      },
    ],
  });
  const all = { operations: ['*'], apiGroups: ['*'], apiVersions: ['*'] };
  const cases: [string, unknown, boolean][] = [
    ['no rules', undefined, false],
    ['an empty list', [], false],
    ['pod creation', POD_CREATE, true],
    ['wildcards', [{ ...all, resources: ['*'] }], true],
    ['every resource and subresource', [{ ...all, resources: ['*/*'] }], true],
    ['a subresource only', [{ ...all, resources: ['pods/status'] }], false],
    ['another group', [{ ...all, apiGroups: ['apps'], resources: ['pods'] }], false],
    ['updates only', [{ ...POD_CREATE[0], operations: ['UPDATE'] }], false],
    ['cluster scope', [{ ...POD_CREATE[0], scope: 'Cluster' }], false],
    ['one rule of several', [{ ...all, resources: ['services'] }, ...POD_CREATE], true],
  ];
  for (const [name, rules, called] of cases) {
    const d = decide({ webhooks: [withRules(rules)], ns: { 'istio-injection': 'enabled' } });
    t.equal(d.inject, called, name);
    if (!called) t.match(d, { rule: 'NO_WEBHOOK' }, `${name}: no webhook is called`);
  }
  const none = decide({ webhooks: [withRules([])], ns: {} });
  t.match(
    none.warnings[0],
    'label namespace shop with one of none',
    'a webhook never called suggests no label',
  );
});

t.test('enableNamespacesByDefault-style webhook: every unlabelled namespace', async (t) => {
  const auto: WebhookConfiguration = {
    name: 'istio-sidecar-injector',
    labels: { 'istio.io/rev': 'default' },
    origin: { file: 'cp.yaml' },
    webhooks: [
      {
        name: 'auto.sidecar-injector.istio.io',
        rules: POD_CREATE,
        namespaceSelector: {
          matchExpressions: [
            { key: 'istio-injection', operator: 'DoesNotExist' },
            { key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] },
          ],
        },
        objectSelector: { matchExpressions: [{ key: INJECT, operator: 'DoesNotExist' }] },
      },
    ],
  };
  t.match(decide({ webhooks: [auto], ns: { 'kubernetes.io/metadata.name': 'shop' } }), {
    inject: true,
    rule: 'ALL_NAMESPACES',
  });
});
