/**
 * Following an earlier injection: a workload whose injection is turned off comes out
 * uninjected; one injected with another configuration is replaced cleanly, i.e.
 * inject_B(inject_A(x)) = inject_B(x), with nothing of A's sidecar left; and a second run
 * with the same configuration changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t, { type Test } from 'tap';
import { parseAllDocuments } from 'yaml';
import { fixture, kinject } from '../cli/support.js';
import { scratch } from '../support/scratch.js';

const APP = readFileSync(fixture('app.yaml'), 'utf8');

/** A YAML stream's documents as data. */
const data = (text: string): unknown[] => parseAllDocuments(text).map((d) => d.toJS() as unknown);

/** kinject with `args` over `stdin`; fails the test on a non-zero exit. */
async function inject(t: Test, args: string[], stdin: string): Promise<string> {
  const run = await kinject(['-q', ...args], { stdin });
  t.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** kinject uninject over `stdin`; fails the test on a non-zero exit. */
async function uninject(t: Test, stdin: string): Promise<string> {
  const run = await kinject(['uninject', '-q'], { stdin });
  t.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** Configurations to move between. */
const MOVES: [string, string[], string[]][] = [
  [
    'another proxy image',
    [],
    ['--set', 'global.hub=registry.example/istio', '--set', 'global.tag=1.99.0'],
  ],
  ['native sidecars on, then off', ['--native-sidecars'], ['--no-native-sidecars']],
  ['native sidecars off, then on', ['--no-native-sidecars'], ['--native-sidecars']],
];

for (const [name, a, b] of MOVES) {
  t.test(`upgrade: ${name}`, async (t) => {
    const first = await inject(t, a, APP);
    const moved = await inject(t, b, first);
    // As data: when the proxy moves between containers and init containers, its text keeps
    // the old key order.
    t.strictSame(
      data(moved),
      data(await inject(t, b, APP)),
      'as if injected with the new configuration alone',
    );
    t.equal(await inject(t, b, moved), moved, 'a second run changes nothing');
  });
}

t.test('upgrade: a template that stops adding a volume leaves no stale volume', async (t) => {
  const dir = scratch('upgrade');
  const template = (extra: string) =>
    [
      'spec:',
      '  containers:',
      '  - name: istio-proxy',
      '    image: proxy.example/proxy:1',
      '    env:',
      `    - {name: GENERATION, value: "${extra === '' ? 'new' : 'old'}"}`,
      '  volumes:',
      '  - name: istio-envoy',
      '    emptyDir: {}',
      extra,
      '',
    ].join('\n');
  writeFileSync(path.join(dir, 'old.yaml'), template('  - name: extra\n    emptyDir: {}'));
  writeFileSync(path.join(dir, 'new.yaml'), template(''));
  const oldTemplate = ['--injector-config', path.join(dir, 'old.yaml')];
  const newTemplate = ['--injector-config', path.join(dir, 'new.yaml')];
  const first = await inject(t, oldTemplate, APP);
  t.match(first, 'name: extra');
  const moved = await inject(t, newTemplate, first);
  t.notMatch(moved, 'name: extra', 'the volume the old template added is gone');
  t.notMatch(moved, 'value: "old"', 'so is its env');
  t.equal(moved, await inject(t, newTemplate, APP));
});

t.test('turning injection off takes the sidecar away, with a report line', async (t) => {
  const injected = await inject(t, [], APP);
  const off = (text: string) =>
    text.replace(/( {6}labels:\n {8}app: web\n)/, '$1        sidecar.istio.io/inject: "false"\n');
  const run = await kinject([], { stdin: off(injected) });
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stdout, off(APP), 'the manifest follows the label');
  t.match(
    run.stderr,
    /<stdin>:\d+: Deployment shop\/web: uninjected: injection is off, the earlier sidecar is taken away \(label sidecar.istio.io\/inject=false\)/,
  );
  const again = await kinject(['--diff'], { stdin: run.stdout });
  t.equal(again.status, 0, 'and stays so');
});

t.test(
  'classic to native with other settings: the old proxy comes along, as in Istio',
  async (t) => {
    // An earlier classic injection whose proxy has a setting the new configuration does not give.
    const classic = await inject(t, ['--no-native-sidecars'], APP);
    const edited = classic.replace(
      /(\n( *)- name: ISTIO_META_CLUSTER_ID\n)/,
      '\n$2- name: OLD_SETTING\n$2  value: kept$1',
    );
    t.not(edited, classic, 'the fixture has the env to edit');
    const native = await inject(t, ['--native-sidecars'], edited);
    t.match(native, 'name: OLD_SETTING', "the old proxy's settings are carried over");
    t.match(native, /initContainers:[^]*name: istio-proxy/, 'into the native sidecar');
    const clean = await inject(t, ['--native-sidecars'], await uninject(t, edited));
    t.notMatch(clean, 'OLD_SETTING', 'uninject first for a clean start');
    t.strictSame(data(clean), data(await inject(t, ['--native-sidecars'], APP)));
  },
);
