/**
 * `.kinject.yaml` and `--config`: found upward from the working directory (not past the
 * repository root), keys are the long flags, flags override the file, FILE options resolve
 * against the file's folder, and a bad key or value is `kinject: FILE:LINE:COL`, exit 2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { OPTIONS } from '../../cli/args.js';
import { parseConfigFile, settingsToArgs } from '../../cli/config-file.js';
import { fixture, kinject } from './support.js';
import type { Manifest } from '../support/manifest.js';
import { scratch } from '../support/scratch.js';

/** A scratch repository (it has a .git) holding `files`; returns its root. */
function repo(files: Record<string, string>): string {
  const root = scratch('cfg');
  mkdirSync(path.join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const APP = fixture('app.yaml');

/** The `istio.io/rev` annotation and container names of the first Deployment in a stream. */
function injected(yaml: string): { rev?: string; containers: string[]; inits: string[] } {
  const deployment = parseAllDocuments(yaml)
    .map((d) => d.toJS() as Manifest | null)
    .find((o) => o?.kind === 'Deployment');
  const pod = deployment?.spec.template;
  return {
    rev: pod?.metadata.annotations?.['istio.io/rev'],
    containers: (pod?.spec.containers ?? []).map((c) => c.name),
    inits: (pod?.spec.initContainers ?? []).map((c) => c.name),
  };
}

t.test('.kinject.yaml is found upward from the working directory', async (t) => {
  const root = repo({
    '.kinject.yaml': 'revision: canary\nnative-sidecars: true\n',
    'a/b/.keep': '',
  });
  const run = await kinject(['-f', APP], { cwd: path.join(root, 'a', 'b') });
  t.equal(run.status, 0, run.stderr);
  const got = injected(run.stdout);
  t.equal(got.rev, 'canary');
  t.ok(got.inits.includes('istio-proxy'), 'native sidecar: istio-proxy is an init container');
});

t.test('flags override the file', async (t) => {
  const root = repo({ '.kinject.yaml': 'revision: canary\nnative-sidecars: true\n' });
  const run = await kinject(['-f', APP, '--revision', 'stable', '--no-native-sidecars'], {
    cwd: root,
  });
  t.equal(run.status, 0, run.stderr);
  const got = injected(run.stdout);
  t.equal(got.rev, 'stable');
  t.ok(got.containers.includes('istio-proxy'), 'a regular container again');
});

t.test('the search stops at the repository root', async (t) => {
  const outer = repo({ '.kinject.yaml': 'revision: outer\n' });
  mkdirSync(path.join(outer, 'inner', '.git'), { recursive: true });
  const run = await kinject(['-f', APP], { cwd: path.join(outer, 'inner') });
  t.equal(run.status, 0, run.stderr);
  t.equal(injected(run.stdout).rev, 'default', 'the outer repository’s file does not apply');
});

t.test('--config names the file; FILE options resolve against its folder', async (t) => {
  const root = repo({
    'conf/kinject.yaml':
      'values: [extra.yaml]\nset:\n  global.hub: my.registry/istio\nenv: {FOO: bar}\n',
    'conf/extra.yaml': 'global:\n  tag: 9.9.9\n',
    '.kinject.yaml': 'revision: ignored\n',
  });
  const run = await kinject(['-f', APP, '--config', 'conf/kinject.yaml'], { cwd: root });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stdout, 'image: my.registry/istio/proxyv2:9.9.9');
  t.equal(injected(run.stdout).rev, 'default', '--config replaces the search');
});

t.test('a Kinject resource given with --config layers over .kinject.yaml', async (t) => {
  const root = repo({
    '.kinject.yaml': 'revision: canary\n',
    'kinject.yaml':
      'apiVersion: kinject.dev/v1alpha1\nkind: Kinject\nmetadata:\n  name: kinject\nspec:\n  native-sidecars: true\n',
    'empty.yaml': 'apiVersion: kinject.dev/v1alpha1\nkind: Kinject\nmetadata:\n  name: kinject\n',
  });
  const run = await kinject(['-f', APP, '--config', 'kinject.yaml'], { cwd: root });
  t.equal(run.status, 0, run.stderr);
  const got = injected(run.stdout);
  t.equal(got.rev, 'canary');
  t.ok(got.inits.includes('istio-proxy'));
  const empty = await kinject(['-f', APP, '--config', 'empty.yaml'], { cwd: root });
  t.equal(empty.status, 0, empty.stderr);
  t.equal(injected(empty.stdout).rev, 'canary', 'a Kinject without spec adds nothing');
});

t.test('bad files: FILE:LINE:COL, exit 2, nothing on stdout', async (t) => {
  const cases: [string, string, RegExp][] = [
    [
      'revision: a\n\nbogus: 1\n',
      '.kinject.yaml',
      /^kinject: \.kinject\.yaml:3:1: unknown option "bogus"/,
    ],
    ['output: x.yaml\n', '.kinject.yaml', /:1:1: unknown option "output"/],
    [
      'native-sidecars: yes please\n',
      '.kinject.yaml',
      /:1:18: native-sidecars: expected true or false/,
    ],
    ['revision: [a, b]\n', '.kinject.yaml', /:1:11: revision: expected a value/],
    [
      'set: [{a: b}]\n',
      '.kinject.yaml',
      /:1:6: set: expected a value or a list of values or a mapping/,
    ],
    ['- revision\n', '.kinject.yaml', /:1:1: expected a mapping of options/],
    ['revision: [\n', '.kinject.yaml', /^kinject: \.kinject\.yaml:\d+:\d+: /],
    [
      'apiVersion: kinject.dev/v1alpha1\nkind: Kinject\nspec: [a]\n',
      '.kinject.yaml',
      /:3:7: spec: expected a mapping of options/,
    ],
  ];
  for (const [text, name, expected] of cases) {
    const root = repo({ [name]: text });
    const run = await kinject(['-f', APP], { cwd: root });
    t.equal(run.status, 2, text);
    t.equal(run.stdout, '', text);
    t.match(run.stderr, expected, text);
  }
  const missing = await kinject(['-f', APP, '--config', 'nope.yaml'], { cwd: repo({}) });
  t.equal(missing.status, 2);
  t.match(missing.stderr, /^kinject: nope\.yaml: cannot read/);
});

t.test('an empty file is no options', async (t) => {
  const run = await kinject(['-f', APP], { cwd: repo({ '.kinject.yaml': '# nothing yet\n' }) });
  t.equal(run.status, 0, run.stderr);
});

t.test('every option of the table is a key, with no code per option', async (t) => {
  // The table drives the file: each row's type decides how its value becomes an argument.
  for (const [name, row] of Object.entries(OPTIONS)) {
    if (['help', 'version', 'config', 'filename', 'output'].includes(name)) continue;
    const value = row.type === 'boolean' ? true : row.multiple ? ['x=1'] : 'x';
    const args = settingsToArgs([{ key: name, value }], { file: 'f', baseDir: '.' });
    t.strictSame(
      args,
      row.type === 'boolean' ? [`--${name}`] : [`--${name}=x${row.multiple ? '=1' : ''}`],
      name,
    );
  }
  t.strictSame(
    settingsToArgs([{ key: 'native-sidecars', value: false }], { file: 'f', baseDir: '.' }),
    ['--no-native-sidecars'],
    'false turns a switch off where it has a --no- twin',
  );
  t.strictSame(
    settingsToArgs([{ key: 'quiet', value: false }], { file: 'f', baseDir: '.' }),
    [],
    'false is the default for a switch without a twin',
  );
  t.strictSame(
    settingsToArgs(
      [
        { key: 'set', value: 'a=1\n\n b=2 \n' },
        { key: 'quiet', value: 'true' },
        { key: 'values', value: '/abs.yaml\nrel.yaml' },
      ],
      { file: 'f', baseDir: 'conf', stringsOnly: true },
    ),
    [
      '--set=a=1',
      '--set=b=2',
      '--quiet',
      '--values=/abs.yaml',
      `--values=${path.join('conf', 'rel.yaml')}`,
    ],
    'ConfigMap data: strings, one list entry per line',
  );
  t.strictSame(parseConfigFile('', 'f'), { settings: [], isResource: false });
});
