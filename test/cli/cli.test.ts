/**
 * The kinject command end to end (in-process): streams, exit codes, inputs, -o, --diff.
 * Assertions are about behaviour the CLI promises (bytes kept, nothing written on error,
 * the sidecar present), not about the exact injected text, which conformance covers.
 */
import { getPath, isJsonMap, stringAt } from '../../lib/go/json-map.js';
import { readFileSync } from 'node:fs';
import t from 'tap';
import { parse, parseAllDocuments } from 'yaml';
import { fixture, kinject } from './support.js';

const text = (...parts: string[]): string => readFileSync(fixture(...parts), 'utf8');

/** Container names of every pod template in a YAML stream. */
function containerNames(yaml: string): string[][] {
  return parseAllDocuments(yaml)
    .map((d) => d.toJS() as unknown)
    .filter((o) => isJsonMap(o) && (o.kind === 'Deployment' || o.kind === 'Pod'))
    .map((o) => {
      const spec = getPath(
        o,
        stringAt(o, ['kind']) === 'Pod' ? ['spec'] : ['spec', 'template', 'spec'],
      );
      return (getPath(spec, ['containers']) as { name: string }[]).map((c) => c.name);
    });
}

t.test('documents without workloads come out byte for byte', async (t) => {
  const run = await kinject(['-f', 'plain.yaml']);
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stdout, text('plain.yaml'));
  t.match(run.stderr, /plain\.yaml:\d+: Service shop\/db: passed through/);
});

t.test('stdin is the default input; workloads get the sidecar, the rest is kept', async (t) => {
  const run = await kinject([], { stdin: text('app.yaml') });
  t.equal(run.status, 0, run.stderr);
  t.strictSame(containerNames(run.stdout), [['web', 'istio-proxy']]);
  const [service, , configMap] = text('app.yaml').split('---\n');
  t.ok(run.stdout.startsWith(service), 'the Service and its comments are untouched');
  t.ok(run.stdout.endsWith(configMap), 'the ConfigMap is untouched');
  t.match(run.stderr, /<stdin>:\d+: Deployment shop\/web: injected/);
});

t.test('JSON in, JSON out', async (t) => {
  const run = await kinject(['-f', 'pod.json']);
  t.equal(run.status, 0, run.stderr);
  const pod = JSON.parse(run.stdout) as { spec: { containers: { name: string }[] } };
  t.ok(pod.spec.containers.some((c) => c.name === 'istio-proxy'));
});

t.test("host networking: skipped with Istio's warning", async (t) => {
  const run = await kinject(['-f', 'host-network.yaml']);
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stdout, text('host-network.yaml'));
  t.match(
    run.stderr,
    'Skipping injection because DaemonSet "monitoring/node-agent" has host networking enabled',
  );
});

t.test('errors: exit 2, FILE:LINE:COL on stderr, nothing on stdout', async (t) => {
  const broken = await kinject(['-f', 'app.yaml', '-f', 'bad/broken.yaml']);
  t.equal(broken.status, 2);
  t.equal(broken.stdout, '');
  t.match(broken.stderr, /^kinject: bad\/broken\.yaml:\d+:\d+: /m);

  const annotation = await kinject(['-f', 'bad/bad-annotation.yaml']);
  t.equal(annotation.status, 2);
  t.equal(annotation.stdout, '');
  t.match(annotation.stderr.toLowerCase(), 'includeinboundports');

  const template = await kinject(['--injector-config', 'bad/bad-template.yaml', '-f', 'app.yaml']);
  t.equal(template.status, 2);
  t.equal(template.stdout, '');
  // At the file's line where the unclosed action opens (the template's line 2).
  t.match(template.stderr, /^kinject: bad\/bad-template\.yaml:5:5: .*unclosed action/m);

  const notObject = await kinject([], {
    stdin: 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n- a list\n',
  });
  t.equal(notObject.status, 2);
  t.equal(notObject.stdout, '');
  t.match(notObject.stderr, /^kinject: <stdin>:5:1: document is not a Kubernetes object/m);

  const missing = await kinject(['-f', 'nope.yaml']);
  t.equal(missing.status, 2);
  t.match(missing.stderr, /^kinject: nope\.yaml: no such file/);
});

t.test('usage errors exit 2', async (t) => {
  for (const argv of [
    ['--bogus'],
    ['app.yaml'],
    ['--set', 'a.b'],
    ['--env', 'NOEQUALS'],
    ['--values'],
    ['--diff', '-o', 'x.yaml'],
  ]) {
    const run = await kinject(argv);
    t.equal(run.status, 2, argv.join(' '));
    t.equal(run.stdout, '');
    t.match(run.stderr, /^kinject: /);
  }
});

t.test('--help and --version', async (t) => {
  const help = await kinject(['--help']);
  t.equal(help.status, 0);
  for (const flag of [
    '--filename',
    '--output',
    '--injector-config',
    '--values',
    '--mesh-config',
    '--set',
    '--revision',
    '--native-sidecars',
    '--env',
    '--diff',
    '--quiet',
  ]) {
    t.match(help.stdout, flag);
  }
  const version = await kinject(['--version']);
  t.equal(version.status, 0);
  const istio = /\n {2}tag: (\S+)/.exec(text('..', '..', '..', 'templates', 'values.yaml'))?.[1];
  t.equal(
    version.stdout,
    `kinject ${(JSON.parse(text('..', '..', '..', 'package.json')) as { version: string }).version} (embedded defaults: Istio ${istio})\n`,
  );
  for (const integration of [
    'kubectl apply',
    '--post-renderer kinject',
    'kpt fn eval',
    'KUSTOMIZE_PLUGIN_HOME',
    'examples/argocd',
    'npx kinject',
    '.kinject.yaml',
  ])
    t.match(help.stdout, integration, `--help shows ${integration}`);
});

t.test('folders: their *.yaml, *.yml and *.json, in name order', async (t) => {
  const run = await kinject(['-f', 'dir']);
  t.equal(run.status, 0, run.stderr);
  t.strictSame(
    parseAllDocuments(run.stdout).map(
      (d) => (d.toJS() as { metadata: { name: string } }).metadata.name,
    ),
    ['a', 'b', 'c'],
  );
  t.notMatch(run.stderr, 'notes');
});

t.test('globs', async (t) => {
  const run = await kinject(['-f', 'dir/*.y*ml']);
  t.equal(run.status, 0, run.stderr);
  t.strictSame(
    parseAllDocuments(run.stdout).map(
      (d) => (d.toJS() as { metadata: { name: string } }).metadata.name,
    ),
    ['a', 'b'],
  );
  const none = await kinject(['-f', 'dir/*.toml']);
  t.equal(none.status, 2);
  t.match(none.stderr, 'no files match');
});

t.test('--diff: a patch per changed input, exit 1; exit 0 when nothing changes', async (t) => {
  const changed = await kinject(['--diff', '-f', 'app.yaml', '-f', 'plain.yaml']);
  t.equal(changed.status, 1, changed.stderr);
  t.match(changed.stdout, /^--- a\/app\.yaml\n\+\+\+ b\/app\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@\n/m);
  t.notMatch(changed.stdout, 'plain.yaml');
  const same = await kinject(['--diff', '-f', 'plain.yaml']);
  t.equal(same.status, 0);
  t.equal(same.stdout, '');
});

t.test('running kinject on its own output changes nothing', async (t) => {
  const first = await kinject(['-f', 'app.yaml']);
  const again = await kinject(['--diff'], { stdin: first.stdout });
  t.equal(again.status, 0, again.stdout + again.stderr);
});

t.test('--quiet keeps warnings, drops the per-resource lines', async (t) => {
  const run = await kinject(['-q', '-f', 'app.yaml', '-f', 'host-network.yaml']);
  t.equal(run.status, 0);
  t.notMatch(run.stderr, 'injected');
  t.match(run.stderr, 'host networking enabled');
});

t.test('--native-sidecars / --no-native-sidecars: the last one wins', async (t) => {
  const initNames = (yaml: string): string[] =>
    (
      (parse(yaml) as { spec: { initContainers?: { name: string }[] } }).spec.initContainers ?? []
    ).map((c) => c.name);
  const native = await kinject(['--no-native-sidecars', '--native-sidecars', '-f', 'pod.json']);
  t.ok(
    initNames(native.stdout).includes('istio-proxy'),
    'native: istio-proxy is an init container',
  );
  const regular = await kinject(['--native-sidecars', '--no-native-sidecars', '-f', 'pod.json']);
  t.notOk(initNames(regular.stdout).includes('istio-proxy'));
});

t.test('--set and --revision reach the templates', async (t) => {
  const run = await kinject([
    '--set',
    'global.proxy.logLevel=debug',
    '--revision',
    'canary',
    '-f',
    'pod.json',
  ]);
  t.equal(run.status, 0, run.stderr);
  const pod = JSON.parse(run.stdout) as {
    metadata: { annotations: Record<string, string> };
    spec: { containers: { name: string; args?: string[] }[] };
  };
  t.equal(pod.metadata.annotations['istio.io/rev'], 'canary');
  t.ok(
    pod.spec.containers
      .find((c) => c.name === 'istio-proxy')
      ?.args?.includes('--proxyLogLevel=debug'),
  );
});

t.test('an invalid Istio annotation is reported at its own line and column', async (t) => {
  const manifest = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web, namespace: shop}',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        traffic.sidecar.istio.io/includeInboundPorts: "80,http"',
    '    spec:',
    '      containers: [{name: web, image: web:1}]',
    '',
  ].join('\n');
  const run = await kinject([], { stdin: manifest });
  t.equal(run.status, 2);
  t.equal(run.stdout, '', 'nothing half-written');
  t.match(
    run.stderr,
    /^kinject: <stdin>:8:55: failed to run injection template: .*\n\t\* invalid value '80,http' for annotation 'traffic\.sidecar\.istio\.io\/includeInboundPorts'/,
  );
});
