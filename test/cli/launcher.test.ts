/**
 * The shipped executable (package.json's bin: cli/kinject.ts running the bundle that
 * scripts/bundle.mjs makes, with its code cache): what users run answers as `main` does in
 * process, for the usual run and for what the bundle loads only on demand (globby, from its own
 * file beside the bundle, for a glob; diff for --diff), and for bad input.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { binPath, ROOT } from './clients.js';
import { scratch } from '../support/scratch.js';
import { FIXTURES, kinject } from './support.js';

const bin = binPath();
const BUNDLE = path.join(path.dirname(bin), 'kinject-bundle.cjs');

function runBin(args: string[], launcher = bin) {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd: FIXTURES, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

t.test('the bin runs the bundle, with its code cache', async (t) => {
  t.ok(existsSync(BUNDLE) && existsSync(`${BUNDLE}.v8-cache`), 'the build made both');
  t.match(readFileSync(BUNDLE, 'latin1'), /^#!\/usr\/bin\/env node\n\(function \(/);
});

/** Arguments, and the exit status and a line of output they must give. */
const RUNS: [string[], number, RegExp][] = [
  [['-f', 'app.yaml'], 0, /- name: istio-proxy\n/],
  [['-f', '*.yaml'], 0, /- name: istio-proxy\n/], // A glob: globby, from kinject-globby.cjs.
  [['-f', 'dir'], 0, /^---$/m],
  [['--diff', '-f', 'app.yaml'], 1, /^\+\s+- name: istio-proxy$/m],
  [['-f', 'no-such-*.yaml'], 2, /no files match this pattern/],
  [['-f', 'bad/broken.yaml'], 2, /^kinject: bad\/broken\.yaml:\d+:\d+: /m],
];

for (const [args, status, shows] of RUNS) {
  t.test(`kinject ${args.join(' ')}: as in process`, async (t) => {
    const shipped = runBin(args);
    t.strictSame(shipped, await kinject(args));
    t.equal(shipped.status, status);
    t.match(shipped.stdout + shipped.stderr, shows);
  });
}

t.test(
  'the bin sets its V8 flags without a deprecation warning, even where they throw',
  async (t) => {
    // It reaches V8's flags through process.binding (cli/kinject.ts), which Node deprecates. Run
    // through a shell that drops NODE_OPTIONS: tap puts its coverage preload there, and that
    // calls process.binding itself.
    const args = ['-f', 'app.yaml'];
    const node = [process.execPath, '--pending-deprecation', '--throw-deprecation', bin];
    const r = spawnSync('/bin/sh', ['-c', 'unset NODE_OPTIONS; exec "$0" "$@"', ...node, ...args], {
      cwd: FIXTURES,
      encoding: 'utf8',
    });
    t.strictSame({ status: r.status, stdout: r.stdout, stderr: r.stderr }, await kinject(args));
  },
);

t.test('the ES module launcher (the README runs it) answers as the bin does', async (t) => {
  const args = ['-f', 'app.yaml'];
  t.strictSame(runBin(args, path.join(path.dirname(bin), 'kinject.js')), runBin(args));
});

t.test(
  'a damaged or truncated code cache is ignored: the bundle is compiled from its text',
  async (t) => {
    // A copy of the built package's files, so that damaging its cache disturbs no other test.
    const dir = scratch('cache');
    cpSync(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true });
    cpSync(path.dirname(bin), path.join(dir, 'dist', 'cli'), { recursive: true });
    const copy = path.join(dir, path.relative(ROOT, bin));
    const cache = path.join(dir, 'dist', 'cli', 'kinject-bundle.cjs.v8-cache');
    const good = readFileSync(cache);
    const flipped = Buffer.from(good);
    for (let i = 64; i < flipped.length; i += 997) flipped[i] = (flipped[i] ?? 0) ^ 0x5a;
    const args = ['-f', 'app.yaml'];
    const expected = await kinject(args);
    for (const [name, bytes] of [
      ['damaged', flipped],
      ['truncated', good.subarray(0, good.length >> 1)],
    ] as const) {
      writeFileSync(cache, bytes);
      t.strictSame(runBin(args, copy), expected, name);
    }
  },
);
