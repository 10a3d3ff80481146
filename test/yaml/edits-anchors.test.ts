// Editing documents that use anchors, aliases and merge keys: the result reads as the new value
// (aliases expanded, merges applied as go-yaml applies them), and only the text that must change
// does; a merge line stays when the edit only adds keys.
import t, { type Test } from 'tap';
import { patchYamlText, readStream } from '../../lib/yaml/index.js';

type Json = Record<string, unknown>;

/** `text` patched with `change` applied to a copy of its value; must read back as that value. */
function edit(t: Test, text: string, change: (v: Json) => void): string {
  const [doc] = readStream(text, 'in').docs;
  // Copied through JSON: an alias's object is its anchor's, and the edit is of one place only.
  const value = JSON.parse(JSON.stringify(doc?.value)) as Json;
  change(value);
  const out = patchYamlText(text, value, 0);
  const [back] = readStream(out, 'out').docs;
  t.same(back?.errors, [], 'the result parses');
  t.same(back?.value, value, 'the result reads as the new value');
  return out;
}

/** Walks `v` down `path`. */
function at(v: unknown, ...path: (string | number)[]): Json {
  return path.reduce<unknown>((x, k) => (x as Json)[k], v) as Json;
}

t.test('a key added beside a merge: the merge line and the pairs stay', async (t) => {
  const text = 'base: &b {a: 1}\nm:\n  <<: *b\n  c: 3 # mine\n';
  const out = edit(t, text, (v) => {
    at(v, 'm').d = 4;
  });
  t.equal(out, 'base: &b {a: 1}\nm:\n  <<: *b\n  c: 3 # mine\n  d: 4\n');
});

t.test('a key added to an inline merge’s mapping stays out of the merge', async (t) => {
  const text = 'm:\n  <<: {a: 1}\n  b: 2\n';
  t.equal(
    edit(t, text, (v) => {
      at(v, 'm').c = 3;
    }),
    'm:\n  <<: {a: 1}\n  b: 2\n  c: 3\n',
  );
});

t.test('a merged key that changes, from an alias: overridden after the merge', async (t) => {
  const text = 'base: &b\n  a: 1\n  list: [p]\nm:\n  <<: *b\n  c: 3\n';
  const out = edit(t, text, (v) => {
    at(v, 'm').list = ['p', 'q'];
  });
  t.equal(out, 'base: &b\n  a: 1\n  list: [p]\nm:\n  <<: *b\n  c: 3\n  list:\n  - p\n  - q\n');
});

t.test('an own key a merge overrode is dropped when the merged key is overridden', async (t) => {
  const text = 'base: &b {a: 1}\nm:\n  a: dead\n  <<: *b\n';
  t.equal(
    edit(t, text, (v) => {
      at(v, 'm').a = 2;
    }),
    'base: &b {a: 1}\nm:\n  <<: *b\n  a: 2\n',
  );
});

t.test('a merged key that changes, from an inline block mapping: patched there', async (t) => {
  const text = 'spec:\n  <<: &pod\n    containers:\n    - name: app # the app\n  account: me\n';
  const out = edit(t, text, (v) => {
    (at(v, 'spec', 'containers') as unknown as unknown[]).push({ name: 'proxy' });
  });
  t.equal(
    out,
    'spec:\n  <<: &pod\n    containers:\n    - name: app # the app\n    - name: proxy\n  account: me\n',
  );
});

t.test('an own key written after the merge is patched in place', async (t) => {
  const text = 'base: &b {a: 1, c: 1}\nm:\n  <<: *b\n  c: 2 # mine\n';
  t.equal(
    edit(t, text, (v) => {
      at(v, 'm').c = 5;
    }),
    'base: &b {a: 1, c: 1}\nm:\n  <<: *b\n  c: 5 # mine\n',
  );
});

t.test('a merged key removed: the mapping is written out, merge expanded', async (t) => {
  const text = 'base: &b {a: 1, c: 1}\nm:\n  <<: *b\n';
  t.equal(
    edit(t, text, (v) => {
      delete at(v, 'm').a;
    }),
    'base: &b {a: 1, c: 1}\nm:\n  c: 1\n',
  );
});

t.test('an alias whose value changes is written out there, and its anchor kept', async (t) => {
  const text = 'a: &l\n  app: web\nb:\n  labels: *l\n  keep: 1\n';
  t.equal(
    edit(t, text, (v) => {
      at(v, 'b', 'labels').tier = 'x';
    }),
    'a: &l\n  app: web\nb:\n  labels:\n    app: web\n    tier: x\n  keep: 1\n',
  );
});

t.test('an anchored node edited in place: its unchanged aliases are written out', async (t) => {
  const text =
    'items:\n- template: &pod\n    labels: {app: a}\n    spec: 1 # here\n- copy: *pod\n  other: *pod\n';
  const out = edit(t, text, (v) => {
    at(v, 'items', 0, 'template').spec = 2;
  });
  t.equal(
    out,
    'items:\n- template: &pod\n    labels: {app: a}\n    spec: 2 # here\n- copy:\n    labels:\n      app: a\n    spec: 1\n  other:\n    labels:\n      app: a\n    spec: 1\n',
  );
});

t.test('an alias to an anchor edited the same way keeps reading it', async (t) => {
  const text = 'a: &x\n  k: 1\nb: *x\n';
  t.equal(
    edit(t, text, (v) => {
      v.a = { k: 2 };
      v.b = { k: 2 };
    }),
    'a: &x\n  k: 2\nb: *x\n',
  );
});

t.test('a merge of an anchor edited in place: that mapping is written out', async (t) => {
  const text = 'a: &x\n  j: 1\nb:\n  <<: *x\n  k: 2\n';
  t.equal(
    edit(t, text, (v) => {
      at(v, 'a').j = 2;
    }),
    'a: &x\n  j: 2\nb:\n  j: 1\n  k: 2\n',
  );
});
