/** Istio faults: invalid Istio annotations and a broken injector configuration. */
import t from 'tap';
import { assertRefused, deployment } from './harness.js';

const app = (annotations: string): string =>
  deployment(
    `metadata:\n  annotations:\n${annotations}\nspec:\n  containers: [{name: app, image: nginx}]`,
  );

t.test('an invalid Istio annotation, at the annotation', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    sidecar.istio.io/interceptionMode: BOGUS') },
    ['-f', 'app.yaml'],
    {
      file: 'app.yaml',
      line: 11,
      col: 44,
      message: /interceptionMode invalid, use REDIRECT,TPROXY,NONE: BOGUS/,
    },
  );
});

t.test('an invalid port list annotation', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    traffic.sidecar.istio.io/includeInboundPorts: "80,http"') },
    ['-f', 'app.yaml'],
    { file: 'app.yaml', line: 11, col: 55, message: /failed parsing port 'http'/ },
  );
});

/** Proxy config annotations that are not a ProxyConfig's YAML: Istio's validation, at the annotation, on one line each. */
const PROXY_CONFIGS: Record<string, { value: string; message: RegExp }> = {
  'not YAML': {
    value: '"{"',
    message:
      /failed to convert to apply proxy config: Flow map must end with a \} at line 1, column 2\n/,
  },
  'not a mapping': {
    value: '"[1]"',
    message: /failed to convert to apply proxy config: not a mapping/,
  },
  'an anchor aliasing itself': {
    value: '"proxyMetadata: &m {x: *m}"',
    message: /an anchor’s value contains an alias to itself/,
  },
};

for (const [name, c] of Object.entries(PROXY_CONFIGS)) {
  t.test(`a proxy config annotation that is ${name}, at the annotation`, async (t) => {
    const run = await assertRefused(
      t,
      { 'app.yaml': app(`    proxy.istio.io/config: ${c.value}`) },
      ['-f', 'app.yaml'],
      { file: 'app.yaml', line: 11, col: 32, message: c.message },
    );
    t.match(run.stderr, /invalid value '.*' for annotation 'proxy\.istio\.io\/config'/);
    t.notMatch(run.stderr, /\n\s*\^/, 'no excerpt of the annotation’s text');
  });
}

t.test('a template that fails to parse names the template and its line', async (t) => {
  const config = 'templates:\n  sidecar: |\n    spec:\n      containers: {{ .Spec.Containers\n';
  await assertRefused(
    t,
    { 'injector.yaml': config, 'app.yaml': app('    a: b') },
    ['--injector-config', 'injector.yaml', '-f', 'app.yaml'],
    {
      // The action opens on the template's line 2: the file's line 4, where the block starts.
      file: 'injector.yaml',
      line: 4,
      col: 5,
      message: /template "sidecar": template: inject:3: unclosed action started at inject:2/,
    },
  );
});

/** A file's 1-based line holding `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

/** Injector configs (and values) whose template does not parse, and the text at fault. */
const BROKEN_TEMPLATES: {
  name: string;
  file: string;
  text: string;
  flag: string;
  needle: string;
  /** The template's first column in the file (Go names lines only). */
  col: number;
  message: RegExp;
  /** Where it is reported when it is not the needle's line (a template that is not a block). */
  at?: { line: number; col: number };
}[] = [
  {
    name: 'in an exported ConfigMap (a block inside the `config` block)',
    file: 'injector.yaml',
    flag: '--injector-config',
    text: [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: istio-sidecar-injector',
      'data:',
      '  config: |-',
      '    policy: enabled',
      '    templates:',
      '      sidecar: |',
      '        spec:',
      '          containers:',
      '          - name: istio-proxy',
      '            image: {{ .Values.global.hub',
      '  values: "{}"',
      '',
    ].join('\n'),
    needle: 'image: {{',
    col: 9,
    message: /template "sidecar": template: inject:\d+: unclosed action started at inject:4/,
  },
  {
    name: 'a function that does not exist',
    file: 'injector.yaml',
    flag: '--injector-config',
    text: 'templates:\n  sidecar: |\n    spec: {}\n    metadata: {{ nope }}\n',
    needle: 'nope',
    col: 5,
    message: /template "sidecar": template: inject:2: function "nope" not defined/,
  },
  {
    name: 'a template of the chart values',
    file: 'values.yaml',
    flag: '--values',
    text: [
      'sidecarInjectorWebhook:',
      '  templates:',
      '    audit: |',
      '      metadata:',
      '        labels: {{ .Nope',
      '',
    ].join('\n'),
    needle: '{{ .Nope',
    col: 7,
    message: /template "audit": template: inject:\d+: unclosed action started at inject:2/,
  },
  {
    name: 'a bare template file',
    file: 'sidecar.tmpl',
    flag: '--injector-config',
    text: 'spec:\n  containers:\n  - name: {{ .Nope\n',
    needle: '{{ .Nope',
    col: 1,
    message: /template "sidecar": template: inject:\d+: unclosed action started at inject:3/,
  },
  {
    name: 'a quoted template (mapped back through its escapes: where its line starts)',
    file: 'injector.yaml',
    flag: '--injector-config',
    text: 'templates:\n  sidecar: "spec:\\n  x: {{ nope }}"\n',
    needle: '',
    col: 20,
    at: { line: 2, col: 20 },
    message: /template "sidecar": template: inject:2: function "nope" not defined/,
  },
];

for (const c of BROKEN_TEMPLATES) {
  t.test(`a template that fails to parse: ${c.name}, at its line in the file`, async (t) => {
    const at = c.at ?? { line: lineOf(c.text, c.needle), col: c.col };
    await assertRefused(
      t,
      { [c.file]: c.text, 'app.yaml': app('    a: b') },
      [c.flag, c.file, '-f', 'app.yaml'],
      { file: c.file, line: at.line, col: at.col, message: c.message },
    );
  });
}

t.test('an unknown template requested by the pod, at its annotation', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    inject.istio.io/templates: sidecar,nope') },
    ['-f', 'app.yaml'],
    { file: 'app.yaml', line: 11, col: 36, message: /requested template "nope" not found; have/ },
  );
});

t.test('an unknown default template in the injector config', async (t) => {
  const config = 'defaultTemplates: [missing]\ntemplates:\n  sidecar: "spec: {}"\n';
  await assertRefused(
    t,
    { 'injector.yaml': config, 'app.yaml': app('    a: b') },
    ['--injector-config', 'injector.yaml', '-f', 'app.yaml'],
    { file: 'app.yaml', line: 1, col: 1, message: /requested template "missing" not found/ },
  );
});

t.test('values that are not JSON (nor YAML)', async (t) => {
  await assertRefused(
    t,
    { 'values.json': '{"global": {"hub": }\n', 'app.yaml': app('    a: b') },
    ['--values', 'values.json', '-f', 'app.yaml'],
    { file: 'values.json', line: 2, col: 1, message: /Flow map must end with a \}/ },
  );
});

t.test('values with an unterminated quote, where it opens', async (t) => {
  await assertRefused(
    t,
    {
      'values.yaml': 'global:\n  hub: "docker.io/istio\n  tag: 1.32.0\n',
      'app.yaml': app('    a: b'),
    },
    ['--values', 'values.yaml', '-f', 'app.yaml'],
    { file: 'values.yaml', line: 2, col: 8, message: /Missing closing "quote/ },
  );
});

t.test('values that are not a mapping', async (t) => {
  await assertRefused(
    t,
    { 'values.yaml': '- a\n- b\n', 'app.yaml': app('    a: b') },
    ['--values', 'values.yaml', '-f', 'app.yaml'],
    { file: 'values.yaml', line: 1, col: 1, message: /values must be a mapping/ },
  );
});

t.test('a template that renders something that is not YAML', async (t) => {
  const config = 'templates:\n  sidecar: |\n    spec: [\n';
  await assertRefused(
    t,
    { 'injector.yaml': config, 'app.yaml': app('    a: b') },
    ['--injector-config', 'injector.yaml', '-f', 'app.yaml'],
    { file: 'app.yaml', line: 1, col: 1, message: /./ },
  );
});

t.test('an overrides annotation that is not JSON, at the annotation', async (t) => {
  await assertRefused(
    t,
    { 'app.yaml': app('    proxy.istio.io/overrides: "{bad"') },
    ['-f', 'app.yaml'],
    { file: 'app.yaml', line: 11, col: 35, message: /proxy\.istio\.io\/overrides: / },
  );
});
