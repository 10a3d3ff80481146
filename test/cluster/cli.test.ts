/** `--mode cluster`, `kinject explain`, `kinject --check` and rollout impact, through the CLI. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { stringify } from 'yaml';
import { kinject } from '../cli/support.js';
import { injectorConfigText, renderControlPlane } from '../control-plane/fixture.js';
import { defaultWebhookConfigurations } from '../../lib/cluster/index.js';
import { scratch } from '../support/scratch.js';

const dir = scratch('cluster');
function file(name: string, docs: unknown[] | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, typeof docs === 'string' ? docs : docs.map((d) => stringify(d)).join('---\n'));
  return p;
}

const ns = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});
const deployment = (
  name: string,
  namespace: string | undefined,
  labels: Record<string, string> = {},
  extra: Record<string, unknown> = {},
) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, ...(namespace === undefined ? {} : { namespace }) },
  spec: {
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name, ...labels } },
      spec: { containers: [{ name, image: `${name}:1` }] },
    },
    ...extra,
  },
});

type Row = {
  name: string;
  reason: string;
  inject: boolean;
  rule: string;
  revision: string | null;
  warnings: string[];
  namespace: string;
  rollout: { code: string } | null;
};
async function explain(args: string[]): Promise<Row[]> {
  const run = await kinject(['explain', '-o', 'json', ...args]);
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Row[];
}

t.test(
  'cluster mode: namespace labels from the input decide; kube-inject mode ignores them',
  async (t) => {
    const input = file('shop.yaml', [
      ns('shop', { 'istio-injection': 'enabled' }),
      ns('plain'),
      deployment('web', 'shop'),
      deployment('batch', 'plain'),
    ]);
    const cluster = await kinject(['--mode', 'cluster', '-f', input]);
    t.equal(cluster.status, 0, cluster.stderr);
    t.match(cluster.stderr, /Deployment shop\/web: injected/);
    t.match(cluster.stderr, /Deployment plain\/batch: skipped: no webhook selects the pod/);
    t.match(cluster.stderr, /warning: no webhook selects/);
    const kubeInject = await kinject(['-f', input]);
    t.match(
      kubeInject.stderr,
      /Deployment plain\/batch: injected/,
      'kube-inject injects regardless',
    );
  },
);

t.test(
  'cluster mode: the three ways to give namespace labels, and the error without them',
  async (t) => {
    const app = file('app.yaml', [deployment('web', 'shop'), deployment('api', undefined)]);
    const missing = await kinject(['--mode', 'cluster', '-f', app]);
    t.equal(missing.status, 2);
    t.equal(missing.stdout, '');
    t.match(missing.stderr, 'Deployment shop/web: the labels of namespace shop are unknown');
    t.match(missing.stderr, '--namespaces FILE');
    t.match(missing.stderr, '--namespace-labels');
    const list = file('ns-list.yaml', [
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [ns('shop', { 'istio-injection': 'enabled' }), ns('default')],
      },
    ]);
    const viaFile = await explain(['--mode', 'cluster', '--namespaces', list, '-f', app]);
    t.match(viaFile, [
      { name: 'web', inject: true, rule: 'NAMESPACE_LABEL' },
      { name: 'api', namespace: 'default', inject: false, rule: 'NO_WEBHOOK' },
    ]);
    const viaFlags = await explain([
      '--mode',
      'cluster',
      '--namespace-labels',
      'shop:istio-injection=disabled',
      '--namespace-labels',
      'team-a:istio.io/rev=default,owner=a',
      '-n',
      'team-a',
      '-f',
      app,
    ]);
    t.match(viaFlags, [
      { name: 'web', inject: false, rule: 'NAMESPACE_DISABLED' },
      { name: 'api', namespace: 'team-a', inject: true, rule: 'NAMESPACE_REVISION' },
    ]);
    const bad = await kinject(['--mode', 'cluster', '--namespace-labels', 'shop', '-f', app]);
    t.equal(bad.status, 2);
    t.match(bad.stderr, 'expected NS:KEY=VALUE');
    const badMode = await kinject(['--mode', 'webhook', '-f', app]);
    t.match(badMode.stderr, 'expected kube-inject or cluster');
  },
);

t.test(
  'cluster mode: the injector policy and selectors of the chosen revision apply',
  async (t) => {
    const cp = file(
      'cp-disabled.yaml',
      renderControlPlane({
        config: {
          policy: 'disabled',
          alwaysInjectSelector: [
            { matchExpressions: [{ key: 'mesh', operator: 'In', values: ['meshed'] }] },
          ],
        },
        webhooks: defaultWebhookConfigurations('')[0]?.webhooks,
      }),
    );
    const app = file('policy.yaml', [
      ns('shop', { 'istio-injection': 'enabled' }),
      deployment('web', 'shop'),
      deployment('meshed', 'shop', { mesh: 'meshed' }),
    ]);
    const rows = await explain(['--mode', 'cluster', '--control-plane', cp, '-f', app]);
    t.match(rows, [
      { name: 'web', inject: false, rule: 'POLICY_DISABLED' },
      { name: 'meshed', inject: true, rule: 'ALWAYS_SELECTOR', revision: 'default' },
    ]);
    const kubeInject = await explain(['--control-plane', cp, '-f', app]);
    t.match(
      kubeInject,
      [{ name: 'web', inject: true, rule: 'POLICY_ENABLED' }],
      'kube-inject forces policy enabled',
    );
    t.match(
      kubeInject[0]?.warnings.join('\n'),
      'in the cluster this workload would not be injected (POLICY_DISABLED',
    );
  },
);

t.test(
  "cluster mode: an injector config without a policy injects nothing, as Istio's webhook",
  async (t) => {
    // Istio's Config leaves the policy empty, and injectRequired's switch disables injection.
    const config = file('no-policy.yaml', injectorConfigText({ policy: undefined }));
    const app = file('no-policy-app.yaml', [
      ns('shop', { 'istio-injection': 'enabled' }),
      deployment('web', 'shop'),
    ]);
    const rows = await explain(['--mode', 'cluster', '--injector-config', config, '-f', app]);
    t.match(rows, [{ name: 'web', inject: false, rule: 'POLICY_INVALID', revision: null }]);
    t.match(rows[0]?.warnings.join('\n'), 'Illegal value for autoInject:, must be one of');
    t.match(
      await explain(['--injector-config', config, '-f', app]),
      [{ name: 'web', inject: true }],
      'kube-inject ignores the policy',
    );
  },
);

t.test(
  'a control plane whose policy is neither enabled nor disabled loads; cluster mode injects nothing',
  async (t) => {
    const app = file('illegal-policy-app.yaml', [
      ns('shop', { 'istio-injection': 'enabled' }),
      deployment('web', 'shop'),
      deployment('opted-in', 'shop', { 'sidecar.istio.io/inject': 'true' }),
    ]);
    for (const policy of ['Enabled', 'foo']) {
      const cp = file(
        `cp-${policy}.yaml`,
        renderControlPlane({
          config: { policy },
          webhooks: defaultWebhookConfigurations('')[0]?.webhooks,
        }),
      );
      const rows = await explain(['--mode', 'cluster', '--control-plane', cp, '-f', app]);
      t.match(rows, [
        { name: 'web', inject: false, rule: 'POLICY_INVALID' },
        { name: 'opted-in', inject: false, rule: 'POLICY_INVALID' },
      ]);
      t.match(rows[0]?.reason, `injection policy "${policy}" is neither enabled nor disabled`);
      t.match(rows[1]?.reason, 'not even with label sidecar.istio.io/inject=true');
      t.match(rows[0]?.warnings.join('\n'), `Illegal value for autoInject:${policy}`);
      const run = await kinject(['--mode', 'cluster', '--control-plane', cp, '-f', app]);
      t.equal(run.status, 0, run.stderr);
      t.notMatch(run.stdout, 'istio-proxy', 'nothing is injected');
      const kubeInject = await kinject(['--control-plane', cp, '-f', app]);
      t.match(kubeInject.stdout, 'istio-proxy', 'kube-inject ignores the policy');
    }
    const typed = file('cp-typed-policy.yaml', renderControlPlane({ config: { policy: 3 } }));
    const refused = await kinject(['--control-plane', typed, '-f', app]);
    t.equal(refused.status, 2, 'a policy that is not a string: Istio refuses the config');
    t.match(refused.stderr, /:\d+:\d+: injector config: `policy` must be a string/);
  },
);

t.test(
  'cluster mode without a control plane: enableNamespacesByDefault renders the auto webhook',
  async (t) => {
    const app = file('auto-app.yaml', [
      deployment('web', 'shop'),
      deployment('sys', 'kube-system'),
    ]);
    const args = [
      '--mode',
      'cluster',
      '--namespace-labels',
      'shop:',
      '--namespace-labels',
      'kube-system:',
    ];
    const on = ['--set', 'sidecarInjectorWebhook.enableNamespacesByDefault=true'];
    t.match(await explain([...args, ...on, '-f', app]), [
      { name: 'web', inject: true, rule: 'ALL_NAMESPACES' },
      { name: 'sys', inject: false, rule: 'NO_WEBHOOK' },
    ]);
    t.match(await explain([...args, '-f', app]), [
      { name: 'web', inject: false, rule: 'NO_WEBHOOK' },
    ]);
  },
);

t.test('cluster mode: a revision picks its own injector and mesh config', async (t) => {
  const base = renderControlPlane({ webhooks: defaultWebhookConfigurations('')[0]?.webhooks });
  const canary = renderControlPlane({
    revision: 'canary',
    values: { global: { hub: 'canary.example', tag: '2.0', proxy: { image: 'proxyv2' } } },
    webhooks: defaultWebhookConfigurations('canary')[0]?.webhooks,
  });
  const cp = file('cp-two.yaml', base + canary);
  const app = file('revs.yaml', [
    ns('old', { 'istio-injection': 'enabled' }),
    ns('new', { 'istio.io/rev': 'canary' }),
    deployment('a', 'old'),
    deployment('b', 'new'),
  ]);
  const run = await kinject(['--mode', 'cluster', '--control-plane', cp, '-f', app]);
  t.equal(run.status, 0, run.stderr);
  const [, , a, b] = run.stdout.split(/^---\n/m);
  t.notMatch(a, 'canary.example');
  t.match(b, 'canary.example/proxyv2:2.0');
  t.match(b, /istio.io\/rev: canary/);
  const rows = await explain(['--mode', 'cluster', '--control-plane', cp, '-f', app]);
  t.match(rows, [{ revision: 'default' }, { revision: 'canary', rule: 'NAMESPACE_REVISION' }]);
});

t.test(
  'explain: webhooks alone are enough; the row warns about the missing injector config',
  async (t) => {
    const webhooksOnly = file('webhooks.yaml', [
      {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'MutatingWebhookConfiguration',
        metadata: { name: 'istio-sidecar-injector-canary', labels: { 'istio.io/rev': 'canary' } },
        webhooks: defaultWebhookConfigurations('canary')[0]?.webhooks,
      },
    ]);
    const app = file('canary-app.yaml', [
      ns('shop', { 'istio.io/rev': 'canary' }),
      deployment('web', 'shop'),
    ]);
    const rows = await explain(['--mode', 'cluster', '--control-plane', webhooksOnly, '-f', app]);
    t.match(rows, [{ inject: true, revision: 'canary' }]);
    t.match(rows[0]?.warnings.join('\n'), 'no ConfigMap istio-sidecar-injector-canary');
    const inject = await kinject(['--mode', 'cluster', '--control-plane', webhooksOnly, '-f', app]);
    t.equal(inject.status, 2, 'injecting needs the injector config');
  },
);

t.test(
  'explain: the table, colour only on a terminal without NO_COLOR, and the warnings',
  async (t) => {
    const app = file('mistakes.yaml', [
      deployment('a', 'shop', { 'istio-injection': 'enabled' }),
      {
        ...deployment('b', 'shop', { 'sidecar.istio.io/inject': 'false' }),
      },
      deployment('c', 'shop', { 'sidecar.istio.io/inject': 'maybe' }),
    ]);
    const b = JSON.parse(JSON.stringify((await import('yaml')).parseAllDocuments(''))) as unknown;
    void b;
    const rows = await explain(['-f', app]);
    t.match(rows[0]?.warnings.join('\n'), 'istio-injection=enabled on a pod does nothing');
    t.match(rows[2]?.warnings.join('\n'), 'Invalid value for sidecar.istio.io/inject: "maybe"');
    const table = await kinject(['explain', '-f', app]);
    t.match(table.stdout, /^WHERE\s+WORKLOAD\s+INJECT\s+REVISION\s+RULE\s+REASON$/m);
    t.match(table.stdout, /Deployment shop\/b\s+no\s+-\s+LABEL_FALSE/);
    t.notMatch(table.stdout, '\u001b[');
    const tty = await kinject(['explain', '-f', app], { io: { stdoutIsTTY: true, env: {} } });
    t.match(tty.stdout, '\u001b[32m');
    const noColor = await kinject(['explain', '-f', app], {
      io: { stdoutIsTTY: true, env: { NO_COLOR: '1' } },
    });
    t.notMatch(noColor.stdout, '\u001b[');
    const bad = await kinject(['explain', '-o', 'yaml', '-f', app]);
    t.equal(bad.status, 2);
  },
);

t.test('explain: label and annotation that disagree', async (t) => {
  const pod = file('pod.yaml', [
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'p',
        namespace: 'shop',
        labels: { 'sidecar.istio.io/inject': 'true' },
        annotations: { 'sidecar.istio.io/inject': 'false' },
      },
      spec: { containers: [{ name: 'app', image: 'app' }] },
    },
  ]);
  const [row] = await explain(['-f', pod]);
  t.match(row, { inject: true, rule: 'LABEL_TRUE', rollout: { code: 'RECREATE_OBJECT' } });
  t.match(row?.warnings.join('\n'), 'disagree: the label wins');
});

t.test(
  'ProxyConfig resources apply: root namespace, namespace, workload selector, annotation',
  async (t) => {
    const pc = (name: string, namespace: string, spec: Record<string, unknown>) => ({
      apiVersion: 'networking.istio.io/v1beta1',
      kind: 'ProxyConfig',
      metadata: { name, namespace },
      spec,
    });
    const app = file('pc.yaml', [
      ns('shop', { 'istio-injection': 'enabled' }),
      pc('root', 'istio-system', { environmentVariables: { FROM_ROOT: 'r', LEVEL: 'root' } }),
      pc('ns', 'shop', { environmentVariables: { LEVEL: 'namespace' } }),
      pc('wl', 'shop', {
        selector: { matchLabels: { app: 'web' } },
        environmentVariables: { LEVEL: 'workload' },
      }),
      deployment('web', 'shop'),
      deployment('api', 'shop'),
    ]);
    const run = await kinject(['--mode', 'cluster', '-f', app]);
    t.equal(run.status, 0, run.stderr);
    const docs = run.stdout.split(/^---\n/m);
    const web = docs.find((d) => d.includes('name: web\n')) ?? '';
    const api = docs.find((d) => d.includes('name: api\n')) ?? '';
    t.match(web, /name: FROM_ROOT\n\s+value: r/);
    t.match(web, /name: LEVEL\n\s+value: workload/);
    t.match(api, /name: LEVEL\n\s+value: namespace/);
    const kubeInject = await kinject(['-f', app]);
    const kubeWeb = kubeInject.stdout.split(/^---\n/m).find((d) => d.includes('name: web\n')) ?? '';
    t.notMatch(kubeWeb, 'FROM_ROOT', 'kube-inject ignores ProxyConfig resources');
  },
);

t.test('report and --check lines name the namespace -n gives a workload without one', async (t) => {
  const app = file('no-namespace.yaml', [
    ns('team-b', { 'istio-injection': 'enabled' }),
    deployment('api', undefined),
  ]);
  const args = ['--mode', 'cluster', '-n', 'team-b', '-f', app];
  const run = await kinject(args);
  t.equal(run.status, 0, run.stderr);
  t.match(run.stderr, /: Deployment team-b\/api: injected/);
  const check = await kinject([...args, '--check']);
  t.equal(check.status, 1, check.stderr);
  t.match(check.stdout, /: Deployment team-b\/api: not injected but should be\n/);
});

t.test('--check: exit 1 naming out-of-date workloads, 0 when up to date, 2 on error', async (t) => {
  const app = file('check.yaml', [
    ns('shop', { 'istio-injection': 'enabled' }),
    deployment('web', 'shop'),
  ]);
  const stale = await kinject(['--check', '-f', app]);
  t.equal(stale.status, 1);
  t.match(stale.stdout, /^.*check\.yaml:\d+: Deployment shop\/web: not injected but should be\n$/);
  const injected = (await kinject(['-f', app])).stdout;
  const fresh = file('check-injected.yaml', injected);
  const ok = await kinject(['--check', '-f', fresh]);
  t.equal(ok.status, 0, ok.stdout + ok.stderr);
  t.equal(ok.stdout, '');
  const outdated = await kinject(['--check', '--set', 'global.tag=9.9', '-f', fresh]);
  t.equal(outdated.status, 1);
  t.match(outdated.stdout, 'Deployment shop/web: injected with an outdated template or config');
  const shouldNot = file(
    'check-disabled.yaml',
    injected.replace('istio-injection: enabled', 'istio-injection: disabled'),
  );
  const off = await kinject(['--check', '--mode', 'cluster', '-f', shouldNot]);
  t.equal(off.status, 1);
  t.match(off.stdout, 'Deployment shop/web: injected but should not be (NAMESPACE_DISABLED');
  const broken = await kinject(['--check', '-f', file('broken.yaml', 'a: [\n')]);
  t.equal(broken.status, 2);
  t.equal(broken.stdout, '');
  const combined = await kinject(['--check', '--diff', '-f', app]);
  t.equal(combined.status, 2);
});

t.test('rollout impact, kind by kind, in the report and in explain', async (t) => {
  const template = {
    metadata: { labels: { app: 'x' } },
    spec: { containers: [{ name: 'x', image: 'x' }] },
  };
  const kinds = [
    { kind: 'Deployment', apiVersion: 'apps/v1', spec: { template } },
    {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      spec: { strategy: { type: 'Recreate' }, template },
    },
    {
      kind: 'StatefulSet',
      apiVersion: 'apps/v1',
      spec: { updateStrategy: { type: 'OnDelete' }, template },
    },
    { kind: 'DaemonSet', apiVersion: 'apps/v1', spec: { template } },
    { kind: 'Job', apiVersion: 'batch/v1', spec: { template } },
    { kind: 'ReplicaSet', apiVersion: 'apps/v1', spec: { template } },
    { kind: 'ReplicationController', apiVersion: 'v1', spec: { template } },
    {
      kind: 'CronJob',
      apiVersion: 'batch/v1',
      spec: { schedule: '* * * * *', jobTemplate: { spec: { template } } },
    },
  ].map((o, i) => ({ ...o, metadata: { name: `w${i}`, namespace: 'shop' } }));
  const app = file('kinds.yaml', kinds);
  const rows = await explain(['-f', app]);
  t.strictSame(
    rows.map((r) => r.rollout?.code),
    [
      'ROLLING_UPDATE',
      'RECREATE',
      'ON_DELETE',
      'ROLLING_UPDATE',
      'RECREATE_OBJECT',
      'NEW_PODS_ONLY',
      'NEW_PODS_ONLY',
      'NEXT_RUN',
    ],
  );
  const run = await kinject(['-f', app]);
  t.match(run.stderr, /StatefulSet shop\/w2: injected; running pods: updateStrategy OnDelete/);
  t.match(run.stderr, /Job shop\/w4: injected; running pods: cannot change in place/);
  const again = await explain(['-f', file('kinds-injected.yaml', run.stdout)]);
  t.ok(
    again.every((r) => r.rollout === null),
    'nothing changes: no rollout',
  );
});

t.test('a --namespaces file that does not read stops the run, at the fault', async (t) => {
  const app = file('ns-app.yaml', [deployment('web', 'shop')]);
  const cases: [name: string, text: string, refusal: string][] = [
    ['broken.yaml', 'items: [\n', 'broken.yaml:2:1: '],
    ['seq.yaml', '- a\n', 'seq.yaml:1:1: namespaces: document is not a Kubernetes object'],
    [
      'kind.yaml',
      'apiVersion: v1\nkind: List\nitems:\n- kind: [Namespace]\n',
      'kind.yaml:4:9: items[0].kind: a list, where a string is expected',
    ],
  ];
  for (const [name, text, refusal] of cases) {
    const namespaces = file(name, text);
    for (const command of [[], ['explain']]) {
      const argv = [...command, '--mode', 'cluster', '--namespaces', namespaces, '-f', app];
      const run = await kinject(argv);
      t.equal(run.status, 2, `${name} ${command.join(' ')}: exit 2`);
      t.equal(run.stdout, '', `${name}: nothing written`);
      t.match(run.stderr, `kinject: ${path.join(dir, refusal)}`, `${name}: at the fault`);
    }
  }
});
