/**
 * Errors inside an exported control plane's texts (`data.config`, `data.values`, `data.mesh`)
 * are reported at their line:column in the file: in a `kind: List` as in a plain document,
 * and through the escapes of a double-quoted scalar as exporters write it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { stringify } from 'yaml';
import { fixture, kinject } from '../cli/support.js';
import { scratch } from '../support/scratch.js';

const dir = scratch('cp-positions');
const APP = fixture('app.yaml');

/** The 1-based line:column of the first `marker` in `text` (plus `shift` characters). */
function where(text: string, marker: string, shift = 0): string {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in the text`);
  const before = text.slice(0, at + shift).split('\n');
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

/** Run kinject on a control-plane file holding `text`; the error line it printed. */
async function errorOf(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const run = await kinject(['--control-plane', file, '-f', APP]);
  if (run.status !== 2 || run.stdout !== '') throw new Error(`expected a refusal: ${run.stderr}`);
  return run.stderr.split('\n')[0]?.replace(`${file}:`, '') ?? '';
}

const INJECTOR = 'policy: enabled\ntemplates:\n  sidecar: |\n    spec: {}\n';
const MESH = 'defaultConfig:\n  discoveryAddress: istiod.istio-system.svc:15012\n';

/** The two ConfigMaps, with `data` of our choosing. */
function configMaps(injector: Record<string, string>, mesh: Record<string, string>): unknown[] {
  const meta = (name: string) => ({ name, namespace: 'istio-system' });
  return [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta('istio-sidecar-injector'),
      data: injector,
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('istio'), data: mesh },
  ];
}

/** As `kubectl get cm -o yaml` prints it: a List, block scalars. */
const asList = (items: unknown[]): string =>
  stringify({ apiVersion: 'v1', kind: 'List', items }, { lineWidth: 0 });

/**
 * A string as some exporters write it: double-quoted with `\n` escapes, folded at 60
 * columns with escaped line breaks (`\ ` for a space that starts the next line).
 */
function exportQuoted(value: string, indent: string): string {
  const tokens = JSON.stringify(value).match(/\\u[0-9a-f]{4}|\\.|[^\\]/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.length >= 60) {
      lines.push(`${line}\\`);
      line = token === ' ' ? '\\ ' : token;
    } else line += token;
  }
  return [...lines, line].join(`\n${indent}`);
}

/** A List of the two ConfigMaps with exporter-quoted `data`. */
function quotedList(config: string): string {
  const cm = (name: string, data: Record<string, string>): string[] => [
    '- apiVersion: v1',
    '  kind: ConfigMap',
    `  metadata: {name: ${name}, namespace: istio-system}`,
    '  data:',
    ...Object.entries(data).map(([k, v]) => `    ${k}: ${exportQuoted(v, '      ')}`),
  ];
  return [
    'apiVersion: v1',
    'kind: List',
    'items:',
    ...cm('istio-sidecar-injector', { config, values: '{}' }),
    ...cm('istio', { mesh: MESH }),
    '',
  ].join('\n');
}

/** As the `yaml` library writes double-quoted strings: line breaks folded as blank lines. */
const yamlQuoted = (items: unknown[]): string =>
  stringify(
    { apiVersion: 'v1', kind: 'List', items },
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 60 },
  );

/** The file's text from the error's line:column on. */
function textAt(text: string, error: string): string {
  const [, l, c] = /^kinject: (\d+):(\d+): /.exec(error) ?? [];
  return (text.split('\n')[Number(l) - 1] ?? '').slice(Number(c) - 1);
}

const CASES: [
  name: string,
  injector: Record<string, string>,
  mesh: Record<string, string>,
  marker: string,
  shift: number,
][] = [
  [
    'bad YAML in data.config',
    { config: `${INJECTOR}neverInjectSelector: {a: b: c}\n`, values: '{}' },
    { mesh: MESH },
    'b: c}',
    0,
  ],
  [
    'a bad template in data.config',
    { config: `${INJECTOR}  other: |\n    a: {{ .Values\n`, values: '{}' },
    { mesh: MESH },
    'a: {{ .Values',
    0,
  ],
  [
    'invalid JSON in data.values',
    { config: INJECTOR, values: '{"global": {"hub": "x"}, "a": [1, 2}\n' },
    { mesh: MESH },
    '2}',
    1,
  ],
  [
    'bad YAML in data.mesh',
    { config: INJECTOR, values: '{}' },
    { mesh: `${MESH}  tracing: x: y\n` },
    'x: y',
    0,
  ],
];

t.test('a List with block scalars: the error is at its line:column in the file', async (t) => {
  for (const [name, injector, mesh, marker, shift] of CASES) {
    const text = asList(configMaps(injector, mesh));
    t.match(
      await errorOf('list.yaml', text),
      new RegExp(`^kinject: ${where(text, marker, shift)}: `),
      name,
    );
  }
});

t.test('a plain document with block scalars: the same places', async (t) => {
  for (const [name, injector, mesh, marker, shift] of CASES) {
    const text = configMaps(injector, mesh)
      .map((o) => stringify(o, { lineWidth: 0 }))
      .join('---\n');
    t.match(
      await errorOf('docs.yaml', text),
      new RegExp(`^kinject: ${where(text, marker, shift)}: `),
      name,
    );
  }
});

const QUOTED_CONFIG = `${INJECTOR}injectedAnnotations:\n  "a\\tb": "quoted \\"x\\" \\u00e9"\nneverInjectSelector: {a: b: c}\n`;

t.test('double-quoted scalars: mapped back through escapes and folds', async (t) => {
  const exported = quotedList(QUOTED_CONFIG);
  t.match(exported, /\\\n +\S/, 'the scalar is folded with escaped line breaks');
  const error = await errorOf('quoted.yaml', exported);
  t.match(textAt(exported, error), /^b: c\}/, `${error}: at the bad mapping`);
  const folded = yamlQuoted(configMaps({ config: QUOTED_CONFIG, values: '{}' }, { mesh: MESH }));
  t.match(folded, /\n\n/, 'line breaks folded as blank lines');
  const foldedError = await errorOf('folded-quoted.yaml', folded);
  t.match(textAt(folded, foldedError), /^b: c\}/, `${foldedError}: at the bad mapping`);
});

t.test('a template in a double-quoted config: its line is found in the file', async (t) => {
  const text = quotedList(`${INJECTOR}  other: |\n    a: {{ .Values\n`);
  const error = await errorOf('quoted-template.yaml', text);
  t.match(textAt(text, error), /^a: \{\{ \.Values/, `${error}: the template's line`);
  t.match(error, /unclosed action/);
});

t.test(
  'a scalar kinject cannot map back: the error is at the scalar, never a wrong line',
  async (t) => {
    // A folded block scalar's lines are joined: no position inside it is the file's.
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: istio-sidecar-injector, namespace: istio-system}',
      'data:',
      '  values: "{}"',
      '  config: >',
      '    neverInjectSelector:',
      '',
      '    - {a: b: c}',
      '---',
      stringify(configMaps({}, { mesh: MESH })[1]),
    ].join('\n');
    t.match(await errorOf('folded.yaml', text), new RegExp(`^kinject: ${where(text, '>')}: `));
  },
);
