/**
 * The shipped executable (package.json's bin: cli/kinject.ts running the bundle that
 * scripts/bundle.mjs makes, with its code cache): what users run answers as `main` does in
 * process, for the usual run and for what the bundle loads only on demand (globby, from its own
 * file beside the bundle, for a glob; diff for --diff), and for bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { binPath } from './clients.js';
import { FIXTURES, kinject } from './support.js';

const bin = binPath();
const BUNDLE = path.join(path.dirname(bin), 'kinject-bundle.cjs');

function runBin(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: FIXTURES, encoding: 'utf8' });
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
