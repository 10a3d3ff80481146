/**
 * kinject as a KRM function: a ResourceList on stdin is injected in place (comments and the
 * orchestrator's annotations kept), options come from functionConfig, results are reported per
 * workload, errors are results and a non-zero exit. In-process, then with the real kpt
 * (`kpt fn eval --exec`, a Kptfile pipeline under `kpt fn render --allow-exec`); those skip without kpt.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { parse } from 'yaml';
import { envWithKinject, works } from './clients.js';
import { scratch } from '../support/scratch.js';
import { fixture, kinject } from './support.js';
import type { Manifest } from '../support/manifest.js';

const ANNOTATIONS = (i: number, file: string): string =>
  [
    `config.kubernetes.io/index: '${i}'`,
    `config.kubernetes.io/path: '${file}'`,
    `internal.config.kubernetes.io/index: '${i}'`,
    `internal.config.kubernetes.io/path: '${file}'`,
    `internal.config.kubernetes.io/id: '${i + 1}'`,
  ]
    .map((line) => `      ${line}\n`)
    .join('');

const SERVICE = `- # the front door
  apiVersion: v1
  kind: Service
  metadata:
    name: web
    namespace: shop
    annotations:
${ANNOTATIONS(0, 'app.yaml')}  spec: {ports: [{port: 80}]}
`;

const DEPLOYMENT = (podAnnotations = ''): string => `- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web # the web tier
    namespace: shop
    annotations:
${ANNOTATIONS(1, 'app.yaml')}  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata:
        labels: {app: web}${podAnnotations}
      spec:
        containers:
        - name: web
          image: nginx:1.27 # pinned
`;

const list = (functionConfig = '', podAnnotations = ''): string =>
  `apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n${SERVICE}${DEPLOYMENT(podAnnotations)}${functionConfig}`;

t.test('items are injected in place; annotations, comments and untouched items kept', async (t) => {
  const run = await kinject([], { stdin: list() });
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stderr, '', 'results go in the list, not on stderr');
  t.ok(run.stdout.includes(SERVICE), 'the Service item is byte for byte the same');
  t.match(run.stdout, 'name: web # the web tier');
  t.match(run.stdout, 'image: nginx:1.27 # pinned');
  const out = parse(run.stdout) as Manifest;
  t.equal(out.kind, 'ResourceList');
  const deployment = out.items[1];
  t.strictSame(
    Object.keys(deployment.metadata.annotations).filter((k) => k.includes('config.kubernetes.io/')),
    [
      'config.kubernetes.io/index',
      'config.kubernetes.io/path',
      'internal.config.kubernetes.io/index',
      'internal.config.kubernetes.io/path',
      'internal.config.kubernetes.io/id',
    ],
  );
  t.ok(deployment.spec.template.spec.containers.some((c) => c.name === 'istio-proxy'));
  t.strictSame(out.results, [
    {
      message:
        'injected; running pods: rolls out to running pods as the controller replaces them (rolling update)',
      severity: 'info',
      resourceRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' },
      file: { path: 'app.yaml', index: 1 },
      tags: { 'kinject.dev/code': 'INJECTED', 'kinject.dev/reason': 'POLICY_ENABLED' },
    },
  ]);
});

t.test('options from a ConfigMap functionConfig (kpt’s `-- key=value`)', async (t) => {
  const fc = `functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: function-input}\n  data: {revision: canary, native-sidecars: "true"}\n`;
  const run = await kinject([], { stdin: list(fc) });
  t.equal(run.status, 0, run.stderr);
  const pod = (parse(run.stdout) as Manifest).items[1].spec.template;
  t.equal(pod.metadata.annotations['istio.io/rev'], 'canary');
  t.ok((pod.spec.initContainers ?? []).some((c) => c.name === 'istio-proxy'));
  t.match(run.stdout, 'functionConfig:', 'the function config stays in the list');
});

t.test('options from a Kinject functionConfig; flags still win', async (t) => {
  const fc = `functionConfig:\n  apiVersion: kinject.dev/v1alpha1\n  kind: Kinject\n  metadata: {name: kinject}\n  spec:\n    revision: canary\n    quiet: true\n`;
  const run = await kinject(['--revision', 'stable'], { stdin: list(fc) });
  t.equal(run.status, 0, run.stderr);
  const out = parse(run.stdout) as Manifest;
  t.equal(out.items[1].spec.template.metadata.annotations['istio.io/rev'], 'stable');
  t.equal(out.results, undefined, 'quiet: no info results');
});

t.test('skipped workloads are results too', async (t) => {
  const run = await kinject([], {
    stdin: list('', '\n        annotations: {sidecar.istio.io/inject: "false"}'),
  });
  t.equal(run.status, 0, run.stderr);
  const [result] = (parse(run.stdout) as Manifest).results ?? [];
  t.equal(result.severity, 'info');
  t.match(result.message, /^skipped: /);
});

t.test('an injection error: the items unchanged, an error result, exit 2', async (t) => {
  const stdin = list(
    '',
    '\n        annotations: {traffic.sidecar.istio.io/includeInboundPorts: "bad"}',
  );
  const run = await kinject([], { stdin });
  t.equal(run.status, 2);
  t.match(run.stderr, /^kinject: <stdin>:\d+:\d+: .*includeInboundPorts/ms);
  const out = parse(run.stdout) as Manifest;
  t.strictSame(out.items, (parse(stdin) as Manifest).items, 'nothing half-injected');
  t.equal(out.results?.length, 1);
  t.match(out.results?.[0], {
    severity: 'error',
    resourceRef: { kind: 'Deployment', name: 'web' },
    file: { path: 'app.yaml', index: 1 },
  });
});

t.test('a bad functionConfig or list: an error result, exit 2', async (t) => {
  const unknown = await kinject([], {
    stdin: list('functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  data:\n    bogus: "1"\n'),
  });
  t.equal(unknown.status, 2);
  t.match(unknown.stderr, /^kinject: <stdin>:\d+:\d+: unknown option "bogus"/);
  t.match((parse(unknown.stdout) as Manifest).results, [{ severity: 'error', message: /bogus/ }]);

  const wrongKind = await kinject([], {
    stdin: list('functionConfig:\n  apiVersion: v1\n  kind: Secret\n'),
  });
  t.equal(wrongKind.status, 2);
  t.match(
    wrongKind.stderr,
    /functionConfig: expected a ConfigMap or a kinject\.dev\/v1alpha1 Kinject/,
  );

  const badData = await kinject([], {
    stdin: list('functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  data: [a]\n'),
  });
  t.equal(badData.status, 2);
  t.match(badData.stderr, /functionConfig\.data: expected a mapping/);

  const notObject = await kinject([], {
    stdin: 'apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- just a string\n',
  });
  t.equal(notObject.status, 2);
  t.match(notObject.stderr, /<stdin>:4:3: item is not a Kubernetes object/);

  const notAList = await kinject([], {
    stdin: 'apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: {a: b}\n',
  });
  t.equal(notAList.status, 2);
  t.match(notAList.stderr, /items: expected a list of resources/);
});

t.test('a ResourceList among other documents, or from a file, is plain input', async (t) => {
  const run = await kinject([], {
    stdin: `${list()}---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n`,
  });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stderr, /ResourceList <unnamed>: passed through/);
  const empty = await kinject([], {
    stdin: 'apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n',
  });
  t.equal(empty.status, 0, empty.stderr);
  t.equal(
    empty.stdout,
    'apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n',
    'no items, no results',
  );
});

const hasKpt = works('kpt', 'version');
const skipKpt = { skip: hasKpt ? false : 'kpt not installed' };

/** A kpt package: the shop app from the fixtures. */
function kptPackage(): string {
  const dir = scratch('kpt');
  cpSync(fixture('app.yaml'), path.join(dir, 'app.yaml'));
  return dir;
}

const kpt = (...args: string[]) =>
  spawnSync('kpt', args, { encoding: 'utf8', env: envWithKinject(), timeout: 120_000 });

t.test('kpt fn eval --exec kinject', skipKpt, async (t) => {
  const dir = kptPackage();
  const run = kpt('fn', 'eval', dir, '--exec', 'kinject', '--', 'revision=canary');
  t.equal(run.status, 0, run.stderr);
  t.match(run.stderr, /\[info\] apps\/v1\/Deployment\/shop\/web: injected/);
  const text = readFileSync(path.join(dir, 'app.yaml'), 'utf8');
  t.match(text, 'istio.io/rev: canary');
  t.match(text, '# pinned', 'comments survive the round trip');
  t.notMatch(text, 'config.kubernetes.io', 'kpt got its annotations back and removed them');

  const bad = kpt('fn', 'eval', dir, '--exec', 'kinject', '--', 'bogus=1');
  t.not(bad.status, 0);
  t.match(bad.stderr, /\[error\]: unknown option "bogus"/);
});

t.test('a Kptfile pipeline under kpt fn render --allow-exec', skipKpt, async (t) => {
  const dir = kptPackage();
  writeFileSync(
    path.join(dir, 'Kptfile'),
    'apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata:\n  name: shop\npipeline:\n  mutators:\n  - exec: kinject\n    configPath: kinject.yaml\n',
  );
  writeFileSync(
    path.join(dir, 'kinject.yaml'),
    'apiVersion: kinject.dev/v1alpha1\nkind: Kinject\nmetadata:\n  name: kinject\n  annotations:\n    config.kubernetes.io/local-config: "true"\nspec:\n  native-sidecars: true\n',
  );
  const run = kpt('fn', 'render', dir, '--allow-exec');
  t.equal(run.status, 0, run.stderr);
  const text = readFileSync(path.join(dir, 'app.yaml'), 'utf8');
  t.match(text, /initContainers:[\s\S]*name: istio-proxy[\s\S]*restartPolicy: Always/);
});
