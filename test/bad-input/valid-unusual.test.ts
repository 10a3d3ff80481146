/**
 * Unusual but valid input is handled like any other: no error, untouched documents byte for
 * byte, workloads injected.
 */
import t from 'tap';
import { accepted } from './harness.js';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: nginx\n';
const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  k: v\n';

/** Inputs that are not workloads: output must equal input. */
const UNCHANGED: Record<string, string> = {
  'empty input': '',
  'only comments': '# nothing\n# at all\n',
  'only separators': '---\n---\n---\n',
  'empty documents between objects': `---\n${CM}---\n---\n${CM}`,
  'document end markers': `${CM}...\n---\n${CM}...\n`,
  'an unknown kind':
    'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  containers: nonsense\n',
  'a List with no workloads': `apiVersion: v1\nkind: List\nitems:\n- ${CM.replace(/\n(?!$)/g, '\n  ')}`,
  'an empty List': 'apiVersion: v1\nkind: List\nitems: []\n',
  'a byte-order mark': `\ufeff${CM}`,
  'CRLF line ends': CM.replace(/\n/g, '\r\n'),
  JSON: `${JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }, null, 2)}\n`,
  'a very long line': `${CM}  long: ${'x'.repeat(200_000)}\n`,
  'aliases within the bound': 'kind: ConfigMap\ndata:\n  a: &v hello\n  b: *v\n  c: *v\n',
  'a replacement character written on purpose': `${CM}  r: "\ufffd"\n`,
};

for (const [name, text] of Object.entries(UNCHANGED)) {
  t.test(`${name}: passed through byte for byte`, async (t) => {
    const run = await accepted(t, { 'in.yaml': text }, ['-f', 'in.yaml']);
    t.equal(run.stdout, text);
  });
}

/** Workloads in unusual dress: injected. */
const INJECTED: Record<string, string> = {
  'a pod after a byte-order mark': `\ufeff${POD}`,
  'a pod with CRLF line ends': POD.replace(/\n/g, '\r\n'),
  'a pod in JSON': JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'app', image: 'nginx' }] },
  }),
  'a pod between end markers and comments': `# c\n---\n${POD}...\n# trailing\n`,
  'a pod with no containers at all': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec: {}\n',
  'a pod whose fields are null': `${POD}  initContainers: null\n  volumes: ~\n`,
  // Istio's IntoObject recurses into a List item that is a List.
  'a pod in a List in a List': `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: List\n  items:\n  - ${POD.trimEnd().replace(/\n/g, '\n    ')}\n`,
};

for (const [name, text] of Object.entries(INJECTED)) {
  t.test(`${name}: injected`, async (t) => {
    const run = await accepted(t, { 'in.yaml': text }, ['-f', 'in.yaml']);
    t.match(run.stdout, /istio-proxy/);
    t.match(run.stderr, /injected/);
  });
}

t.test('a %YAML 1.1 directive and a merge key: injected, the merged fields kept', async (t) => {
  const text =
    '%YAML 1.1\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - <<: {image: nginx}\n    name: app\n';
  const run = await accepted(t, { 'in.yaml': text }, ['-f', 'in.yaml']);
  t.match(run.stdout, /istio-proxy/);
  t.ok(run.stdout.startsWith('%YAML 1.1\n---\n'), 'the directive kept');
  t.match(run.stdout, /- <<: \{image: nginx\}\n {4}name: app\n/, 'the merge key kept');
});

t.test('CRLF input keeps working after injection: the output parses', async (t) => {
  const run = await accepted(
    t,
    { 'in.yaml': `${CM.replace(/\n/g, '\r\n')}---\r\n${POD.replace(/\n/g, '\r\n')}` },
    ['-f', 'in.yaml'],
  );
  t.match(run.stdout, /istio-proxy/);
  t.ok(
    run.stdout.startsWith(CM.replace(/\n/g, '\r\n')),
    'the untouched document is kept byte for byte',
  );
});

/**
 * Scalars of 12 million characters, past where a regular expression for a quoted string ran
 * out of backtracking stack (an internal error): read like any other, in both quotes, in
 * block and flow context, in the pod's annotations (which the template renders too).
 */
const LONG = 'y'.repeat(12_000_000);
const LONG_SCALARS: Record<string, string> = {
  'double-quoted in a block mapping': `${CM}  long: "${LONG}"\n`,
  'single-quoted in a block mapping': `${CM}  long: '${LONG}'\n`,
  'double-quoted in a flow mapping': `${CM}  more: {long: "${LONG}", n: 1}\n`,
  'single-quoted in a flow mapping': `${CM}  more: {long: '${LONG}', n: 1}\n`,
};

for (const [name, text] of Object.entries(LONG_SCALARS)) {
  t.test(`a long scalar ${name}: passed through byte for byte`, async (t) => {
    const run = await accepted(t, { 'in.yaml': text }, ['-f', 'in.yaml']);
    t.ok(run.stdout === text, 'the output is the input');
  });
}

t.test('a long pod annotation: injected, the annotation kept', async (t) => {
  const pod = POD.replace('  name: p\n', `  name: p\n  annotations:\n    long: "${LONG}"\n`);
  const run = await accepted(t, { 'in.yaml': pod }, ['-f', 'in.yaml']);
  t.match(run.stdout, /istio-proxy/);
  t.ok(run.stdout.includes(`    long: "${LONG}"\n`), 'the annotation as it was');
});

t.test(
  'a label written before a merge key takes the merged value, as kube-inject reads it',
  async (t) => {
    // go-yaml v2 writes a mapping's entries in order: the merge replaces `app: old`, and
    // Istio's canonical name comes from the app label it reads.
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: old\n    <<: {app: web}\n    tier: after\nspec:\n  containers:\n  - name: app\n    image: nginx\n';
    const run = await accepted(t, { 'in.yaml': text }, ['-f', 'in.yaml']);
    t.match(run.stdout, /service\.istio\.io\/canonical-name: web\n/);
    t.match(
      run.stdout,
      / {4}app: old\n {4}<<: \{app: web\}\n {4}tier: after\n/,
      'the labels as written',
    );
  },
);

t.test('a pod in a List in a List: uninject takes its sidecar away again', async (t) => {
  const text = INJECTED['a pod in a List in a List'] ?? '';
  const injected = await accepted(t, { 'in.yaml': text }, ['-f', 'in.yaml']);
  const back = await accepted(t, { 'out.yaml': injected.stdout }, ['uninject', '-f', 'out.yaml']);
  t.notMatch(back.stdout, /istio-proxy/);
  t.match(back.stderr, /uninjected/);
});
