// Aliases and merge keys read as go-yaml v2 decodes them (gopkg.in/yaml.v2 decode.go, `mapping`
// and `merge`), which is how sigs.k8s.io/yaml, and so `istioctl kube-inject`, reads a manifest.
import t from 'tap';
import { readStream } from '../../lib/yaml/index.js';

/** Documents and the plain value go-yaml v2 decodes each to. */
const VALUES: Record<string, [text: string, value: unknown]> = {
  'a key written before the merge is replaced by the merged value': [
    'a: mine\n<<: {a: merged, b: 2}\n',
    { a: 'merged', b: 2 },
  ],
  'a key written after the merge replaces the merged value': [
    '<<: {a: merged, b: 2}\na: mine\n',
    { a: 'mine', b: 2 },
  ],
  'keys on both sides of the merge': [
    'base: &b {a: 1, b: 1, c: 1}\nm:\n  a: 0\n  <<: *b\n  c: 0\n',
    { base: { a: 1, b: 1, c: 1 }, m: { a: 1, b: 1, c: 0 } },
  ],
  'in a list of merges the earlier one wins': [
    'x: &x {a: x}\nz: &z {a: z, b: z}\nm:\n  <<: [*x, *z]\n',
    { x: { a: 'x' }, z: { a: 'z', b: 'z' }, m: { a: 'x', b: 'z' } },
  ],
  'an inline mapping in a list of merges': [
    'x: &x {a: x}\nm: {<<: [{a: inline}, *x]}\n',
    { x: { a: 'x' }, m: { a: 'inline' } },
  ],
  'a merged mapping that merges in turn, in its own order': [
    'x: &x {a: x, b: x}\nz: &z {a: z, <<: *x, b: z}\nm: {<<: *z}\n',
    { x: { a: 'x', b: 'x' }, z: { a: 'x', b: 'z' }, m: { a: 'x', b: 'z' } },
  ],
  'a quoted "<<" is an ordinary key': ['"<<": {a: 1}\n', { '<<': { a: 1 } }],
  'a merged null replaces the key': ['a: 1\n<<: {a: null}\n', { a: null }],
  'an empty mapping merges nothing': ['a: 1\n<<: {}\n', { a: 1 }],
};

for (const [name, [text, value]] of Object.entries(VALUES)) {
  t.test(name, async (t) => {
    const [doc] = readStream(text, 'f.yaml').docs;
    t.same(doc?.errors, []);
    t.same(doc?.value, value);
  });
}

t.test('a merged __proto__ is an own key, not the prototype', async (t) => {
  const [doc] = readStream('x: &x {__proto__: {polluted: 1}}\nm: {<<: *x}\n', 'f.yaml').docs;
  const m = (doc?.value as Record<string, Record<string, unknown>>).m;
  t.ok(Object.hasOwn(m, '__proto__'));
  t.equal(({} as Record<string, unknown>).polluted, undefined);
});

t.test('an alias is its anchor’s value, however many times it is used', async (t) => {
  const [doc] = readStream('a: &a {k: [1, 2]}\nb: *a\nc: [*a, *a]\n', 'f.yaml').docs;
  t.same(doc?.value, { a: { k: [1, 2] }, b: { k: [1, 2] }, c: [{ k: [1, 2] }, { k: [1, 2] }] });
});

t.test('an alias names the anchor last set before it', async (t) => {
  const [doc] = readStream('a: &x 1\nb: *x\nc: &x 2\nd: *x\n', 'f.yaml').docs;
  t.same(doc?.value, { a: 1, b: 1, c: 2, d: 2 });
});

/** Documents go-yaml refuses, and where kinject places the refusal (the alias or the merge's value). */
const REFUSED: Record<string, [text: string, message: RegExp, line: number, col: number]> = {
  'a merge of a scalar': [
    'kind: ConfigMap\ndata:\n  <<: nope\n',
    /^map merge requires map or sequence of maps as the value$/,
    3,
    7,
  ],
  'a merge of nothing, at its key': [
    'kind: ConfigMap\ndata:\n  a: 1\n  <<:\n',
    /^map merge requires map or sequence of maps as the value$/,
    4,
    3,
  ],
  'a merge of an alias of a sequence': [
    'kind: ConfigMap\nlist: &l [a]\ndata:\n  <<: *l\n',
    /^map merge requires map or sequence of maps as the value$/,
    4,
    7,
  ],
  'a merge of a sequence holding a scalar, at the scalar': [
    'kind: ConfigMap\nm: &m {a: 1}\ndata:\n  <<: [*m,\n    oops]\n',
    /^map merge requires map or sequence of maps as the value$/,
    5,
    5,
  ],
  'a merge of a sequence holding an alias of a scalar': [
    'kind: ConfigMap\ns: &s x\ndata:\n  <<: [*s]\n',
    /^map merge requires map or sequence of maps as the value$/,
    4,
    8,
  ],
  // go-yaml checks the kind of the last node the name anchors, not only the one aliased.
  'a merge of an anchor whose name is later given to a sequence': [
    'kind: ConfigMap\nm: &x {a: 1}\ndata:\n  <<: *x\nlater: &x [1]\n',
    /^map merge requires map or sequence of maps as the value$/,
    4,
    7,
  ],
  'an alias to no anchor': [
    'kind: ConfigMap\ndata:\n  a: 1\n  b: *nope\n',
    /^unknown anchor 'nope' referenced$/,
    4,
    6,
  ],
  'an alias used before its anchor': [
    'kind: ConfigMap\ndata:\n  b: *later\n  a: &later 1\n',
    /^unknown anchor 'later' referenced$/,
    3,
    6,
  ],
  'an anchor holding an alias to itself': [
    'kind: ConfigMap\ndata: &d\n  a: 1\n  b: [*d]\n',
    /an alias to itself/,
    4,
    7,
  ],
  'a merge of the mapping being built': [
    'kind: ConfigMap\ndata: &d\n  a: 1\n  <<: *d\n',
    /an alias to itself/,
    4,
    7,
  ],
};

for (const [name, [text, message, line, col]] of Object.entries(REFUSED)) {
  t.test(`refused: ${name}`, async (t) => {
    const [doc] = readStream(text, 'f.yaml').docs;
    t.equal(doc?.value, null);
    t.equal(doc?.errors.length, 1);
    t.equal(doc?.errors[0]?.code, 'YAML_PARSE');
    t.match(doc?.errors[0]?.message, message);
    t.same(doc?.errors[0]?.pos, { line, col });
  });
}

t.test('a later document’s alias problem is placed in the stream', async (t) => {
  const docs = readStream('kind: ConfigMap\n---\nkind: ConfigMap\ndata: {a: *x}\n', 'f.yaml').docs;
  t.same(docs[1]?.errors[0]?.pos, { line: 4, col: 11 });
  t.same(readStream('a: *x\n', 'f.yaml', 10).docs[0]?.errors[0]?.pos, { line: 11, col: 4 });
});

t.test('many aliases are read in time linear in the document', async (t) => {
  // Each alias used to be resolved by a walk of the whole document: 20,000 took a minute.
  const text = `kind: ConfigMap\ndata:\n  a: &a x\n  list:\n${'  - *a\n'.repeat(50_000)}`;
  const started = performance.now();
  const [doc] = readStream(text, 'f.yaml').docs;
  t.same(doc?.errors, []);
  t.equal((doc?.value as { data: { list: unknown[] } }).data.list.length, 50_000);
  t.ok(performance.now() - started < 10_000, 'well under the time a quadratic walk takes');
});
