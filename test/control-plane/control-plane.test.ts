/** `--control-plane FILE`: a rendered control plane configures the run, as the three config flags would. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { parse, stringify } from 'yaml';
import {
  decideNativeSidecars,
  emptyControlPlane,
  kubeMinorVersion,
  readControlPlane,
  revisionPieces,
} from '../../lib/control-plane/index.js';
import { fixture, kinject } from '../cli/support.js';
import { injectorConfigText, renderControlPlane } from './fixture.js';
import { scratch } from '../support/scratch.js';

const dir = scratch('cp');
/** Write a file into the scratch folder; returns its path. */
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const APP = fixture('app.yaml');

t.test('reading: pieces by revision, istiod env, webhooks; everything else ignored', async (t) => {
  const cp = emptyControlPlane();
  readControlPlane(cp, renderControlPlane({ env: { ENABLE_NATIVE_SIDECARS: 'false' } }), 'a.yaml');
  readControlPlane(
    cp,
    renderControlPlane({
      revision: 'canary',
      webhooks: [{ name: 'rev.object.sidecar-injector.istio.io' }],
    }),
    'b.yaml',
  );
  const base = revisionPieces(cp, '');
  t.ok(base.injector?.text.includes('istio-sidecar-injector'), 'the default injector ConfigMap');
  t.ok(base.mesh?.text.includes('kind: ConfigMap'), 'the default mesh ConfigMap');
  t.equal(base.env?.ENABLE_NATIVE_SIDECARS, 'false');
  t.equal(base.env?.REVISION, 'default');
  t.notOk('POD_NAME' in (base.env ?? {}), 'valueFrom entries have no value offline');
  t.strictSame(revisionPieces(cp, 'default'), base, '"default" names the default revision');
  const canary = revisionPieces(cp, 'canary');
  t.ok(canary.injector?.text.includes('istio-sidecar-injector-canary'));
  t.equal(cp.webhooks.length, 1);
  t.equal(cp.webhooks[0]?.name, 'istio-sidecar-injector-canary');
  t.equal(cp.webhooks[0]?.origin.file, 'b.yaml');
  t.ok(cp.contents.includes('Service istio-system/istiod'), 'contents list every object');
  t.strictSame(revisionPieces(cp, 'other'), {});
});

t.test('reading: a kubectl List (JSON) works like a stream', async (t) => {
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'istio-sidecar-injector', namespace: 'istio-system' },
        data: { config: injectorConfigText({ policy: 'disabled' }), values: '{}' },
      },
      {
        apiVersion: 'networking.istio.io/v1beta1',
        kind: 'ProxyConfig',
        metadata: { name: 'pc', namespace: 'istio-system' },
        spec: { concurrency: 2 },
      },
    ],
  };
  const cp = readControlPlane(emptyControlPlane(), JSON.stringify(list), 'list.json');
  t.match(revisionPieces(cp, '').injector?.text, /policy: disabled/);
  t.equal(cp.proxyConfigs[0]?.spec.concurrency, 2);
  t.throws(() => readControlPlane(emptyControlPlane(), '- a\n', 'x.yaml'), {
    code: 'NOT_AN_OBJECT',
  });
  t.throws(() => readControlPlane(emptyControlPlane(), 'a: [\n', 'x.yaml'), { code: 'YAML_PARSE' });
});

t.test('injecting with --control-plane equals the three config flags', async (t) => {
  const text = renderControlPlane({
    values: { global: { hub: 'example.com/mirror', tag: '9.9.9', proxy: { image: 'proxyv2' } } },
  });
  const cp = file('istiod.yaml', text);
  const viaControlPlane = await kinject(['--control-plane', cp, '-f', APP]);
  t.equal(viaControlPlane.status, 0, viaControlPlane.stderr);
  t.match(viaControlPlane.stdout, 'example.com/mirror/proxyv2:9.9.9', 'the chart values are used');
  t.match(viaControlPlane.stderr, /native sidecars off: ENABLE_NATIVE_SIDECARS=auto without/);
  // The same pieces, as separate files.
  const docs = text.split(/^---\n/m).filter((d) => d.includes('kind: ConfigMap'));
  const injector = file(
    'injector.yaml',
    docs.find((d) => d.includes('istio-sidecar-injector')) ?? '',
  );
  const mesh = file('mesh.yaml', docs.find((d) => d.includes('name: istio\n')) ?? '');
  const viaFlags = await kinject(['--injector-config', injector, '--mesh-config', mesh, '-f', APP]);
  t.equal(viaFlags.status, 0, viaFlags.stderr);
  t.equal(viaControlPlane.stdout, viaFlags.stdout);
  const embedded = await kinject(['-f', APP]);
  t.not(embedded.stdout, viaControlPlane.stdout, 'the control plane changed something');
});

t.test('pieces from several files combine; the explicit flags win', async (t) => {
  const injectorOnly = file('injector-only.yaml', renderControlPlane({ without: ['mesh'] }));
  const meshOnly = file(
    'mesh-only.yaml',
    renderControlPlane({ without: ['injector'], mesh: 'trustDomain: seven.example\n' }),
  );
  const run = await kinject([
    '--control-plane',
    injectorOnly,
    '--control-plane',
    meshOnly,
    '-f',
    APP,
  ]);
  t.equal(run.status, 0, run.stderr);
  t.match(run.stdout, 'seven.example', 'the mesh of the second file');
  const flagMesh = file('flag-mesh.yaml', 'trustDomain: three.example\n');
  const overridden = await kinject([
    ...['--control-plane', injectorOnly, '--control-plane', meshOnly],
    ...['--mesh-config', flagMesh, '-f', APP],
  ]);
  t.match(overridden.stdout, 'three.example', '--mesh-config wins');
  t.notMatch(overridden.stdout, 'seven.example');
});

t.test('what a run needs and the files lack is an error listing what they contain', async (t) => {
  const cp = file('no-canary.yaml', renderControlPlane());
  const run = await kinject(['--control-plane', cp, '--revision', 'canary', '-f', APP]);
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  t.match(
    run.stderr,
    'no ConfigMap istio-sidecar-injector-canary or istio-canary for revision "canary"',
  );
  t.match(run.stderr, 'ConfigMap istio-system/istio-sidecar-injector');
  t.match(run.stderr, 'revisions with configuration: default');
  const noMesh = file('no-mesh.yaml', renderControlPlane({ without: ['mesh'] }));
  const missingMesh = await kinject(['--control-plane', noMesh, '-f', APP]);
  t.equal(missingMesh.status, 2);
  t.match(missingMesh.stderr, /no ConfigMap istio for the default revision/);
  const empty = await kinject(['--control-plane', file('empty.yaml', ''), '-f', APP]);
  t.match(empty.stderr, 'the files contain no objects');
});

t.test('native sidecars: istiod env, --kube-version, KUBE_VERSION, the flags win', async (t) => {
  const auto = file('auto.yaml', renderControlPlane());
  const isNative = (stdout: string): boolean =>
    /initContainers:[\s\S]*restartPolicy: Always/.test(stdout);
  const k33 = await kinject(['--control-plane', auto, '--kube-version', '1.33', '-f', APP]);
  t.ok(isNative(k33.stdout), 'auto with 1.33: native');
  t.match(k33.stderr, 'native sidecars on: ENABLE_NATIVE_SIDECARS=auto and Kubernetes 1.33');
  const k32 = await kinject(['--control-plane', auto, '--kube-version', 'v1.32.4', '-f', APP]);
  t.notOk(isNative(k32.stdout), 'auto with 1.32: not native');
  const fromEnv = await kinject(['--control-plane', auto, '-f', APP], {
    io: { env: { KUBE_VERSION: '1.34+' } },
  });
  t.ok(isNative(fromEnv.stdout), 'KUBE_VERSION as Argo CD gives it');
  const off = file('off.yaml', renderControlPlane({ env: { ENABLE_NATIVE_SIDECARS: 'false' } }));
  const offRun = await kinject(['--control-plane', off, '--kube-version', '1.34', '-f', APP]);
  t.notOk(isNative(offRun.stdout), 'istiod says false');
  t.match(offRun.stderr, 'native sidecars off: ENABLE_NATIVE_SIDECARS=false');
  const flag = await kinject(['--control-plane', off, '--native-sidecars', '-f', APP]);
  t.ok(isNative(flag.stdout), '--native-sidecars wins over istiod');
  t.match(flag.stderr, 'native sidecars on: --native-sidecars');
  const bad = await kinject(['--kube-version', 'latest', '-f', APP]);
  t.equal(bad.status, 2);
  t.match(bad.stderr, '--kube-version "latest": expected MAJOR.MINOR');
});

t.test('decideNativeSidecars: every ENABLE_NATIVE_SIDECARS mode', async (t) => {
  t.equal(decideNativeSidecars({ env: { ENABLE_NATIVE_SIDECARS: 'true' } }).native, true);
  t.equal(decideNativeSidecars({ env: {}, kubeVersion: '1.33' }).native, true);
  t.equal(decideNativeSidecars({ env: {} }).native, false, 'auto without a version: off');
  const odd = decideNativeSidecars({ env: { ENABLE_NATIVE_SIDECARS: 'yes' }, kubeVersion: '1.40' });
  t.equal(odd.native, false);
  t.match(odd.decidedBy, 'istiod takes false');
  t.equal(
    decideNativeSidecars({ flag: false, env: { ENABLE_NATIVE_SIDECARS: 'true' } }).native,
    false,
  );
  t.equal(kubeMinorVersion('v1.29.3-gke.1'), 29);
});

t.test('the pod annotation still wins over the decision', async (t) => {
  const auto = file('auto2.yaml', renderControlPlane());
  const pod = file(
    'pod.yaml',
    stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', annotations: { 'sidecar.istio.io/nativeSidecar': 'false' } },
      spec: { containers: [{ name: 'app', image: 'app' }] },
    }),
  );
  const run = await kinject(['--control-plane', auto, '--kube-version', '1.33', '-f', pod]);
  t.equal(run.status, 0, run.stderr);
  t.notMatch(run.stdout, 'restartPolicy: Always');
});

/** The line of the `apiVersion:` that starts the object `Kind name` in a rendered stream. */
function lineOf(text: string, kind: string, name: string): number {
  const object = new RegExp(`^kind: ${kind}\nmetadata:\n  name: ${name}\n`, 'm').exec(text);
  const start = text.lastIndexOf('apiVersion:', object?.index ?? -1);
  return text.slice(0, start).split('\n').length;
}

t.test('a revision configured twice: the same data is one, other data is refused', async (t) => {
  const once = renderControlPlane();
  const copy = file('copy.yaml', once);
  const twice = await kinject(['--control-plane', copy, '--control-plane', copy, '-f', APP]);
  t.equal(twice.status, 0, 'the same export passed twice');
  // The same ConfigMaps in a List, as kubectl exports them (other metadata, same data).
  const docs = once.split(/^---\n/m).map((d) => parse(d) as Record<string, unknown> | null);
  const configMaps = docs.filter((d) => d?.kind === 'ConfigMap');
  const list = file('list.yaml', stringify({ apiVersion: 'v1', kind: 'List', items: configMaps }));
  const both = await kinject(['--control-plane', copy, '--control-plane', list, '-f', APP]);
  t.equal(both.status, 0, both.stderr);
  t.equal(both.stdout, twice.stdout);

  for (const [piece, other, object, configures] of [
    [
      'injector',
      renderControlPlane({ config: { policy: 'disabled' } }),
      'ConfigMap istio-sidecar-injector',
      'the injector',
    ],
    [
      'mesh',
      renderControlPlane({ mesh: 'trustDomain: other.example\n' }),
      'ConfigMap istio',
      'the mesh',
    ],
    [
      'env',
      renderControlPlane({ env: { ENABLE_NATIVE_SIDECARS: 'true' } }),
      'Deployment istiod',
      "istiod's environment",
    ],
  ] as const) {
    const second = file(`other-${piece}.yaml`, other);
    const run = await kinject(['--control-plane', copy, '--control-plane', second, '-f', APP]);
    t.equal(run.status, 2, `${piece}: refused`);
    t.equal(run.stdout, '', `${piece}: nothing written`);
    const [kind, name] = object.split(' ') as [string, string];
    const first = lineOf(once, kind, name);
    t.ok(first > 1, `${piece}: the fixture has the ${kind}`);
    const content = piece === 'env' ? 'another env' : 'other data';
    t.match(
      run.stderr,
      `kinject: ${second}:${lineOf(other, kind, name)}:1: ${kind} istio-system/${name} configures ${configures} of the default revision a second time, with ${content} than the one at ${copy}:${first};`,
      `${piece}: at the second, naming the first`,
    );
  }
  // istiod as `kubectl get deploy -o yaml` prints it (status, other metadata): the same env.
  const istiod = docs.find((d) => d?.kind === 'Deployment');
  const exported = file(
    'istiod.yaml',
    stringify({
      ...istiod,
      metadata: { name: 'istiod', namespace: 'istio-system', uid: 'x' },
      status: { replicas: 1 },
    }),
  );
  const alike = await kinject(['--control-plane', copy, '--control-plane', exported, '-f', APP]);
  t.equal(alike.status, 0, alike.stderr);
  const cp = readControlPlane(emptyControlPlane(), once, 'a.yaml');
  t.throws(() => readControlPlane(cp, renderControlPlane({ mesh: 'x: 1\n' }), 'b.yaml'), {
    code: 'CONFIG',
    file: 'b.yaml',
  });
});
