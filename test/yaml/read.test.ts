// Reading streams: values typed as Kubernetes types them, errors as data with positions, and
// untouched streams written back byte for byte.
import t from 'tap';
import { readStream, writeStream } from '../../lib/yaml/index.js';

const HELM = `---
# Source: app/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: web   # the name
spec:
  ports:
    - port: 80
      targetPort: "http"
---
# Source: app/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations: {}

spec:
  template:
    spec:
      containers:
      - name: web
        args: [ "--a",   '--b' ]
        command:
        - sh
        - -c
        - |
          echo hi
          exit 0
`;

const STREAMS: Record<string, string> = {
  helm: HELM,
  crlf: HELM.replace(/\n/g, '\r\n'),
  'no trailing newline': 'a: 1\n---\nb: 2',
  'doc end markers': 'a: 1\n...\n---\nb: 2\n...\n# trailing comment\n',
  'empty documents': '---\n---\n# just a comment\n---\na: 1\n---\n',
  'directives and bom': '\ufeff%YAML 1.1\n---\na: 1\n',
  'leading comments and blank lines': '\n\n# hello\n\na: 1 # x\n\n\n',
  'separator with content': '--- a: 1\n--- !!map\nb: 2\n',
  'only comments': '# nothing here\n',
  empty: '',
  'flow json in yaml': 'a: 1\n---\n{"b": [1, 2]}\n',
  json: '{\n    "kind": "Pod",\n    "spec": {}\n}\n',
  'compact json': '[1,2,3]',
};

t.test('an untouched stream comes back byte for byte', async (t) => {
  for (const [name, text] of Object.entries(STREAMS)) {
    const stream = readStream(text, 'in.yaml');
    t.equal(writeStream(stream, new Map()), text, name);
    // Changing a document to an equal value is not a change.
    const same = new Map(
      stream.docs.map((d) => [d.index, structuredClone(d.value)] as [number, unknown]),
    );
    t.equal(writeStream(stream, same), text, `${name} (equal values)`);
  }
});

t.test('changing one document leaves the others byte for byte', async (t) => {
  const stream = readStream(STREAMS.crlf, 'in.yaml');
  const out = writeStream(stream, new Map([[0, { kind: 'Service' }]]));
  const [, second] = STREAMS.crlf.split('---\r\n# Source: app/templates/deployment.yaml');
  t.ok(out.endsWith(`---\r\n# Source: app/templates/deployment.yaml${second}`));
  t.notOk(/[^\r]\n/.test(out), 'the changed document keeps CRLF line ends');
  t.same(readStream(out, 'out').docs[0]?.value, { kind: 'Service' });
});

t.test('values are typed as Kubernetes (YAML 1.1) reads them', async (t) => {
  // Like go-yaml v2, keys are typed too: `on`, `n` and `y` are booleans (the JSON key is then "true"/"false").
  const doc = readStream(
    'mode: 0644\non: yes\nflag: off\nn: ~\nnull: 1\ndate: 2024-01-02\nport: "80"\nbig: 12345678901\nf: 1.5\nx: 0x10\n',
    'f',
  ).docs[0];
  t.same(doc?.value, {
    mode: 420,
    true: true,
    flag: false,
    false: null,
    '': 1,
    date: '2024-01-02',
    port: '80',
    big: 12345678901,
    f: 1.5,
    x: 16,
  });
  t.equal(typeof (doc?.value as Record<string, unknown>).big, 'number');
  t.same(
    readStream(STREAMS['empty documents'], 'f').docs.map((d) => d.value),
    [null, null, { a: 1 }, null],
  );
  t.same(readStream(STREAMS.json, 'f').docs[0]?.value, { kind: 'Pod', spec: {} });
  t.equal(readStream(STREAMS.json, 'f').format, 'json');
  t.equal(readStream(STREAMS.helm, 'f').format, 'yaml');
  t.equal(readStream(STREAMS.empty, 'f').docs.length, 0);
  t.same(readStream('base: &b {x: 1}\nuse: *b\nm:\n  <<: *b\n  z: 2\n', 'f').docs[0]?.value, {
    base: { x: 1 },
    use: { x: 1 },
    m: { x: 1, z: 2 },
  });
});

t.test('posOf gives 1-based positions of nodes', async (t) => {
  const stream = readStream(HELM, 'in.yaml');
  t.same(stream.docs[0]?.posOf(['metadata', 'name']), { line: 6, col: 9 });
  t.same(stream.docs[0]?.posOf(['spec', 'ports', 0, 'targetPort']), { line: 10, col: 19 });
  t.same(stream.docs[1]?.posOf(['spec', 'template', 'spec', 'containers', 0, 'args', 1]), {
    line: 24,
    col: 26,
  });
  t.same(stream.docs[1]?.posOf([]), { line: 13, col: 1 });
  t.equal(stream.docs[1]?.posOf(['nope']), undefined);
  t.same(
    readStream('a: 1\nb:\nc: # x\n', 'f').docs[0]?.posOf(['c']),
    { line: 3, col: 1 },
    'an empty value points at its key',
  );
  t.equal(stream.docs[1]?.posOf(['kind', 0]), undefined);
  const json = readStream(STREAMS.json, 'in.json');
  t.same(json.docs[0]?.posOf(['spec']), { line: 3, col: 13 });
});

t.test('syntax errors are data: code, file, document and position', async (t) => {
  const stream = readStream('a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n', 'bad.yaml');
  t.same(
    stream.docs.map((d) => d.errors.length > 0),
    [false, true, false],
  );
  const [err] = stream.docs[1].errors;
  t.equal(err?.code, 'YAML_PARSE');
  t.equal(err?.file, 'bad.yaml');
  t.equal(err?.doc, 1);
  t.same(err?.pos, { line: 4, col: 1 });
  t.equal(stream.docs[1]?.value, null);
  t.match(err?.message, /flow sequence/i);

  const json = readStream('{\n  "a": 1,\n  "b": }\n', 'bad.json');
  const [jerr] = json.docs[0].errors;
  t.equal(jerr?.code, 'JSON_PARSE');
  t.equal(jerr?.file, 'bad.json');
  t.equal(jerr?.doc, 0);
  t.same(jerr?.pos, { line: 3, col: 8 });

  t.same(readStream('\ufeff[1,\n  x]', 'bom.json').docs[0]?.errors[0]?.pos, { line: 2, col: 3 });
  t.same(readStream('\ufeff[1]', 'bom.json').docs[0]?.value, [1]);
  t.same(readStream('\ufeff{a', 'bom.json').docs[0]?.errors[0]?.pos, { line: 1, col: 2 });
  t.equal(
    readStream('[1,', 'short.json').docs[0]?.errors[0]?.message,
    'invalid JSON: unexpected end of input',
  );

  for (const text of ['a: *nope\n', 'a: &x [*x]\n']) {
    const [aliasErr] = readStream(text, 'alias.yaml').docs[0].errors;
    t.equal(
      aliasErr?.code,
      'YAML_PARSE',
      `${text.trim()}: an error, not a throw or a circular value`,
    );
  }

  // go-yaml refuses a scalar its explicit tag does not fit, and a `!!binary` that is not base64.
  const tagged = readStream('a:\n  b: [1, !!int x1]\n  c: !!bool yes\n', 'tag.yaml').docs[0];
  t.same(
    tagged.errors.map((e) => [e.message, e.pos]),
    [['cannot decode `x1` as a !!int', { line: 2, col: 16 }]],
  );
  t.same(
    readStream('c: !!binary abc\n', 'b.yaml').docs[0].errors.map((e) => [e.message, e.pos]),
    [['!!binary value contains invalid base64 data', { line: 1, col: 4 }]],
  );

  const tab = readStream('a:\n\t- b\n', 'tab.yaml').docs[0].errors;
  t.equal(tab[0]?.code, 'YAML_PARSE');
  t.ok(tab[0]?.pos);
});

t.test('a stream that starts like JSON must be JSON (as for kubectl)', async (t) => {
  const stream = readStream('{a: 1}\n---\n[b]\n', 'flow.yaml');
  t.equal(stream.format, 'json');
  t.equal(stream.docs[0]?.errors[0]?.code, 'JSON_PARSE');
  t.same(stream.docs[0]?.errors[0]?.pos, { line: 1, col: 2 });
});
