/**
 * The npm package as users get it: `npm pack` (the build already ran: `prepack` builds when a
 * user packs, this test skips scripts so it does not rebuild dist/ under the running suite),
 * `npm install -g` into a scratch prefix, the bin run from there, the library imported from
 * there (`kinject` and `kinject/template`, with type declarations), and `npx` from the tarball.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { ROOT, works } from './clients.js';
import { scratch } from '../support/scratch.js';

const hasNpm = works('npm', '--version');
const run = (command: string, args: string[], opts: SpawnSyncOptions = {}) =>
  spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, ...opts }) as {
    status: number | null;
    stdout: string;
    stderr: string;
  };

t.test(
  'pack, install -g into a prefix, run',
  { skip: hasNpm ? false : 'npm not found' },
  async (t) => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
      scripts: Record<string, string>;
    };
    t.match(pkg.scripts['prepack'], /build/, 'packing builds first');

    const dir = scratch('pack');
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
    });
    t.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = (info?.files ?? []).map((f) => f.path);
    for (const needed of [
      'dist/cli/kinject.js',
      'dist/cli/kinject-bundle.cjs',
      'dist/cli/kinject-bundle.cjs.v8-cache',
      'dist/cli/embedded-defaults.cache',
      'dist/cli/api.d.ts',
      'dist/lib/index.d.ts',
      'dist/lib/template/index.d.ts',
      'templates/values.yaml',
    ])
      t.ok(files.includes(needed), `ships ${needed}`);
    t.notOk(
      files.some((f) => f.startsWith('dist/test/')),
      'not the tests',
    );
    const tarball = path.join(dir, path.basename(info?.filename ?? ''));

    const prefix = path.join(dir, 'prefix');
    const install = run('npm', [
      'install',
      '-g',
      '--prefix',
      prefix,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      tarball,
    ]);
    t.equal(install.status, 0, install.stderr);
    const bin = path.join(prefix, 'bin', 'kinject');
    t.ok(existsSync(bin), 'the bin is linked');

    const version = run(bin, ['--version']);
    t.equal(version.status, 0, version.stderr);
    t.match(
      version.stdout,
      new RegExp(
        `^kinject ${pkg.version.replace(/\./g, '\\.')} \\(embedded defaults: Istio \\d+\\.\\d+`,
      ),
    );

    const inject = run(bin, ['-f', path.join(ROOT, 'examples', 'bookstore.yaml')], { cwd: dir });
    t.equal(inject.status, 0, inject.stderr);
    t.match(inject.stdout, 'name: istio-proxy');

    // The library, imported by name from where npm put it.
    const script = [
      "import { inject } from 'kinject';",
      "import { Template } from 'kinject/template';",
      "const text = 'apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec: {containers: [{name: a, image: b}]}\\n';",
      "const out = await inject(text, { revision: 'canary' });",
      "console.log(out.errors.length, out.output.includes('istio-proxy'), out.output.includes('revision\":\"canary'), typeof Template);",
    ].join('\n');
    const library = run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: path.join(prefix, 'lib'),
    });
    t.equal(library.status, 0, library.stderr);
    t.equal(library.stdout.trim(), '0 true true function');

    const npx = run('npx', ['--yes', '--package', tarball, 'kinject', '--help'], { cwd: dir });
    t.equal(npx.status, 0, npx.stderr);
    t.match(npx.stdout, /^Usage: kinject/);
  },
);
