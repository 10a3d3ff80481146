/**
 * An `apiVersion` or `kind` of the wrong type, or a List item that is no object: Istio's first
 * decode (into metav1.TypeMeta) fails on it whatever the kind, so kinject refuses it at the
 * field, on every path that reads manifests, instead of passing it through as no workload.
 */
import t from 'tap';
import { kinject } from '../cli/support.js';
import { assertRefusedAt, folderWith, type FieldCase } from './harness.js';

const DEPLOYMENT = (apiVersion: string, kind: string): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: nginx}]\n`;

const CASES: FieldCase[] = [
  {
    name: 'a kind that is a number',
    text: DEPLOYMENT('apps/v1', '5'),
    line: 2,
    at: '5',
    message: 'kind: a number, where a string is expected',
  },
  {
    name: 'a kind that is a list',
    text: DEPLOYMENT('apps/v1', '[Deployment]'),
    line: 2,
    at: '[Deployment]',
    message: 'kind: a list, where a string is expected',
  },
  {
    name: 'an apiVersion that is a mapping',
    text: DEPLOYMENT('{a: b}', 'Deployment'),
    line: 1,
    at: '{a: b}',
    message: 'apiVersion: a mapping, where a string is expected',
  },
  {
    name: 'a List item that is a number, before a workload',
    text: 'apiVersion: v1\nkind: List\nitems:\n- 5\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n  spec: {containers: [{name: a}]}\n',
    line: 4,
    at: '5',
    message: 'items[0]: a number, where a mapping (a Kubernetes object) is expected',
  },
  {
    name: "a List item's kind",
    text: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: true\n',
    line: 5,
    at: 'true',
    message: 'items[0].kind: a boolean, where a string is expected',
  },
  {
    name: 'List items that are no list',
    text: 'apiVersion: v1\nkind: List\nitems: 5\n',
    line: 3,
    at: '5',
    message: 'items: a number, where a list is expected',
  },
];

for (const c of CASES) t.test(c.name, async (t) => assertRefusedAt(t, c));

const BAD_KIND = { 'app.yaml': DEPLOYMENT('apps/v1', '5') };
const REFUSAL = 'kinject: app.yaml:2:7: kind: a number, where a string is expected\n';

t.test('every reader of manifests refuses it the same way', async (t) => {
  const readers: string[][] = [
    ['--diff', '-f', 'app.yaml'],
    ['--check', '-f', 'app.yaml'],
    ['uninject', '-f', 'app.yaml'],
    ['explain', '-f', 'app.yaml'],
    ['--mode', 'cluster', '--namespace-labels', 'default:', '-f', 'app.yaml'],
    ['--control-plane', 'app.yaml', '-f', '-'],
  ];
  for (const argv of readers) {
    const run = await kinject(argv, { cwd: folderWith(t, BAD_KIND), stdin: '' });
    t.equal(run.status, 2, `${argv.join(' ')}: exit 2`);
    t.equal(run.stdout, '', `${argv.join(' ')}: nothing on stdout`);
    t.ok(run.stderr.endsWith(REFUSAL), `${argv.join(' ')}: at the field`, { found: run.stderr });
  }
});

t.test('a KRM function refuses the item, at its field', async (t) => {
  const run = await kinject([], {
    stdin:
      'apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: [Pod]\n',
  });
  t.equal(run.status, 2);
  t.match(run.stderr, /^kinject: <stdin>:5:9: kind: a list, where a string is expected$/m);
  t.match(run.stdout, /message: "kind: a list, where a string is expected"/, 'and in results');
});

t.test('null items and null TypeMeta fields decode (as empty), as in Go', async (t) => {
  const text = 'apiVersion: v1\nkind: List\nitems:\n- null\n- kind: null\n  apiVersion: ~\n';
  const run = await kinject(['-f', 'app.yaml'], { cwd: folderWith(t, { 'app.yaml': text }) });
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stdout, text);
});
