/**
 * `kinject uninject`: takes away exactly what injection added, byte for byte for manifests
 * written by hand and injected by kinject, in both sidecar layouts; usage rules.
 */
import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { parse, parseAllDocuments } from 'yaml';
import { dropWriteBackMarks } from '../../lib/uninject/write-back-marks.js';
import { fixture, kinject } from '../cli/support.js';

const here = (f: string): string =>
  new URL(`../../../test/uninject/fixtures/${f}`, import.meta.url).pathname;
const examples = (f: string): string => new URL(`../../../examples/${f}`, import.meta.url).pathname;

const HAND_WRITTEN = [fixture('app.yaml'), here('rewritten.yaml')];
/**
 * Equal as data, not as text: a JSON file is written back whole (its one-line arrays
 * spread out), and a flow mapping injection grew past 80 columns stays in block style.
 */
const SAME_DATA = [fixture('pod.json'), examples('bookstore.yaml')];

for (const layout of ['--no-native-sidecars', '--native-sidecars']) {
  t.test(`uninject(inject(x)) is x byte for byte (${layout})`, async (t) => {
    for (const file of HAND_WRITTEN) {
      const x = readFileSync(file, 'utf8');
      const injected = await kinject([layout, '-q', '-f', file]);
      t.equal(injected.status, 0, injected.stderr);
      t.not(injected.stdout, x, `${file} is injected`);
      const back = await kinject(['uninject', '-q'], { stdin: injected.stdout });
      t.equal(back.status, 0, back.stderr);
      t.equal(back.stdout, x, file);
    }
    for (const file of SAME_DATA) {
      const injected = await kinject([layout, '-q', '-f', file]);
      const back = await kinject(['uninject', '-q'], { stdin: injected.stdout });
      const data = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as unknown);
      t.strictSame(data(back.stdout), data(readFileSync(file, 'utf8')), file);
    }
  });
}

/**
 * `x` injected (its output matching `injected`, for the reason `why`), then uninjected: it
 * comes back byte for byte.
 */
async function roundTrip(t: Test, x: string, injected: RegExp, why: string): Promise<void> {
  const run = await kinject(['-q'], { stdin: x });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stdout, injected, why);
  const back = await kinject(['uninject', '-q'], { stdin: run.stdout });
  t.equal(back.status, 0, back.stderr);
  t.equal(back.stdout, x);
}

t.test('a workload without a selector comes back without one', async (t) => {
  // Go writes a Deployment's unset selector as `selector: null` (no omitempty), as Istio's
  // kube-inject does: injection keeps it, uninject takes it away with the other marks.
  const x = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: bare',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: app',
    '        image: example/app:1',
    '',
  ].join('\n');
  await roundTrip(t, x, /\n {2}selector: null\n/, 'as kube-inject writes it');
});

/** A Deployment as `kubectl get -o yaml` or kube-inject prints it: with an empty `status`. */
const WITH_EMPTY_STATUS = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '      - name: web',
  '        image: example/web:1',
  'status: {}',
  '',
].join('\n');

t.test("the user's empty status stays through inject and uninject", async (t) => {
  await roundTrip(t, WITH_EMPTY_STATUS, /\nstatus: \{\}\n$/, 'injection keeps it');
});

t.test('uninject neither drops nor adds an empty status', async (t) => {
  const injected = await kinject(['-q'], { stdin: WITH_EMPTY_STATUS });
  // As it comes from a cluster: one document of a List, which uninject rewrites item by item.
  const exported = `apiVersion: v1\nkind: List\nitems:\n- ${injected.stdout
    .trimEnd()
    .split('\n')
    .join('\n  ')}\n- apiVersion: v1\n  kind: Service\n  metadata: {name: web}\n  status: {}\n`;
  const back = await kinject(['uninject', '-q'], { stdin: exported });
  t.equal(back.status, 0, back.stderr);
  const items = (parse(back.stdout) as { items: Record<string, unknown>[] }).items;
  t.same(
    items.map((i) => i.status),
    [{}, {}],
    'both kept',
  );
  const bare = await kinject(['-q'], { stdin: WITH_EMPTY_STATUS.replace('status: {}\n', '') });
  const bareBack = await kinject(['uninject', '-q'], { stdin: bare.stdout });
  t.notMatch(bareBack.stdout, /^status:/m, 'none added');
});

t.test("only a status of Go's zero counts is a write-back mark", async (t) => {
  const sts = { kind: 'StatefulSet', spec: {} };
  t.same(dropWriteBackMarks({ ...sts, status: { replicas: 0, availableReplicas: 0 } }), sts);
  t.same(dropWriteBackMarks({ ...sts, status: {} }), { ...sts, status: {} });
  t.same(dropWriteBackMarks({ ...sts, status: { replicas: 1 } }), {
    ...sts,
    status: { replicas: 1 },
  });
});

t.test('what comes back: probes, Prometheus, labels, the override', async (t) => {
  const injected = await kinject(['-q', '-f', here('rewritten.yaml')]);
  /** The fields of the injected pod template this test reads. */
  interface Template {
    metadata: { annotations: Record<string, string> };
    spec: { containers: { livenessProbe: { httpGet: { path: string } } }[] };
  }
  const pod = (parse(injected.stdout) as { spec: { template: Template } }).spec.template;
  t.equal(pod.metadata.annotations['prometheus.io/port'], '15020', 'merged by injection');
  t.equal(pod.spec.containers[0]?.livenessProbe.httpGet.path, '/app-health/api/livez');
  const back = await kinject(['uninject'], { stdin: injected.stdout });
  t.match(back.stderr, /<stdin>:\d+: Deployment shop\/api: uninjected: /);
  t.equal(back.stdout, readFileSync(here('rewritten.yaml'), 'utf8'));
});

t.test('a pod that was not injected passes through, reported as such', async (t) => {
  const run = await kinject(['uninject', '-f', 'app.yaml']);
  t.equal(run.status, 0);
  t.equal(run.stdout, readFileSync(fixture('app.yaml'), 'utf8'));
  t.match(run.stderr, 'Deployment shop/web: skipped: not injected');
});

t.test('uninject --diff and -i work as for injection', async (t) => {
  const injected = await kinject(['-q', '-f', 'app.yaml']);
  const diff = await kinject(['uninject', '--diff'], { stdin: injected.stdout });
  t.equal(diff.status, 1);
  t.match(diff.stdout, /^--- a\/-\n\+\+\+ b\/-\n/);
  t.match(diff.stdout, /^- +- name: istio-proxy$/m);
  const none = await kinject(['uninject', '--diff', '-f', 'app.yaml']);
  t.equal(none.status, 0);
});

t.test('uninject takes configuration options, not those that decide or report', async (t) => {
  for (const flag of [['--mode', 'cluster'], ['--check'], ['-n', 'shop']]) {
    const run = await kinject(['uninject', ...flag, '-f', 'app.yaml']);
    t.equal(run.status, 2, flag.join(' '));
    t.match(run.stderr, `uninject takes no ${flag[0]}`);
  }
  for (const flag of [['--set', 'a=b'], ['--native-sidecars'], ['--revision', 'x']]) {
    const run = await kinject(['uninject', ...flag, '-q', '-f', 'app.yaml']);
    t.equal(run.status, 0, flag.join(' '), { stderr: run.stderr });
  }
});

t.test('with the configuration that injected, a template of our own comes away too', async (t) => {
  const values = ['--values', here('audit-values.yaml')];
  const x = readFileSync(here('audited.yaml'), 'utf8');
  const injected = await kinject([...values, '-q', '-f', here('audited.yaml')]);
  t.equal(injected.status, 0, injected.stderr);
  for (const key of [
    'audit.example.com/level: strict',
    'audit.example.com/enabled',
    'example.com/mesh',
  ])
    t.match(injected.stdout, key, `injection added ${key}`);
  const back = await kinject(['uninject', ...values, '-q'], { stdin: injected.stdout });
  t.equal(back.status, 0, back.stderr);
  t.equal(
    back.stdout,
    x,
    'byte for byte: its labels, annotations and injectedAnnotations are gone',
  );
  // The user's own value of a key the template would write otherwise stays (billing's team).
  t.match(back.stdout, 'audit.example.com/team: payments');
  // Without it, uninject knows only Istio's templates: the template's own keys stay.
  const blind = await kinject(['uninject', '-q'], { stdin: injected.stdout });
  t.equal(blind.status, 0, blind.stderr);
  t.match(blind.stdout, 'audit.example.com/owner: ledger');
  t.notMatch(blind.stdout, 'istio-proxy', 'the sidecar goes either way');
});

t.test("an empty list injection left alone stays (a chart's imagePullSecrets: [])", async (t) => {
  // Charts often render `imagePullSecrets: []`; injection adds no pull secret of its own, so
  // the status lists none, and uninject has nothing to take from that list.
  const x = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: exporter',
    'spec:',
    '  imagePullSecrets: []',
    '  containers:',
    '  - name: app',
    '    image: example/app:1',
    '',
  ].join('\n');
  await roundTrip(t, x, /\n {2}imagePullSecrets: \[\]\n/, 'injection keeps it');
});

t.test(
  'a status annotation that does not read: left alone, with a warning that says so',
  async (t) => {
    const injected = await kinject(['-q', '-f', fixture('app.yaml')]);
    t.equal(injected.status, 0, injected.stderr);
    const damaged = injected.stdout.replace(/(sidecar\.istio\.io\/status: )'\{/, "$1'{{");
    t.not(damaged, injected.stdout, 'the status annotation damaged');
    const back = await kinject(['uninject', '-q'], { stdin: damaged });
    t.equal(back.status, 0, back.stderr);
    t.equal(back.stdout, damaged, 'nothing taken away');
    t.match(
      back.stderr,
      /warning: its sidecar\.istio\.io\/status annotation is not the JSON object/,
    );
    const plain = await kinject(['uninject'], { stdin: readFileSync(fixture('app.yaml'), 'utf8') });
    t.match(plain.stderr, /not injected \(no sidecar\.istio\.io\/status annotation\)/);
    t.notMatch(plain.stderr, /warning/, 'a pod never injected is no news');
  },
);
