/**
 * `--diff` end to end: the real `git apply` and `patch -p1` accept the output as it is, and
 * applying it gives exactly what kinject writes; exit codes as `git diff --exit-code`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { fixture, kinject } from './support.js';
import { scratch } from '../support/scratch.js';

/** Whether a program runs (`--version`). */
function has(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A scratch folder with `apps/`: the fixtures, a stream whose last line has no newline, and a JSON pod. */
function workspace(): string {
  const dir = scratch('diff');
  cpSync(fixture('app.yaml'), path.join(dir, 'apps', 'app.yaml'));
  cpSync(fixture('plain.yaml'), path.join(dir, 'apps', 'plain.yaml'));
  cpSync(fixture('pod.json'), path.join(dir, 'apps', 'pod.json'));
  // Two workloads with an untouched document between them: two hunks, then one at the end of the file.
  const app = readFileSync(fixture('app.yaml'), 'utf8').split('---\n')[1];
  const stream = [app, readFileSync(fixture('plain.yaml'), 'utf8'), app.replace(/web/g, 'shop')];
  writeFileSync(path.join(dir, 'apps', 'stream.yaml'), stream.join('---\n').trimEnd());
  return dir;
}

const run = (tool: string, args: string[], cwd: string, input: string): string =>
  execFileSync(tool, args, { cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

t.test(
  'git apply and patch -p1 take the diff as it is, and it gives what kinject writes',
  async (t) => {
    const dir = workspace();
    const diff = await kinject(['--diff', '-q', '-f', 'apps'], { cwd: dir });
    t.equal(diff.status, 1, diff.stderr);
    t.match(diff.stdout, /^--- a\/apps\/app\.yaml\n\+\+\+ b\/apps\/app\.yaml\n/m);
    t.notMatch(diff.stdout, 'plain.yaml', 'an unchanged file has no diff');
    t.equal(diff.stdout.match(/^--- a\/apps\/stream\.yaml$/gm)?.length, 1);
    t.ok((diff.stdout.match(/^@@ /gm)?.length ?? 0) >= 4, 'one hunk per changed document');
    const expected = Object.fromEntries(
      await Promise.all(
        ['app.yaml', 'stream.yaml', 'pod.json'].map(async (f): Promise<[string, string]> => [
          f,
          (await kinject(['-q', '-f', path.join('apps', f)], { cwd: dir })).stdout,
        ]),
      ),
    );
    if (has('patch')) {
      t.match(
        run('patch', ['-p1', '--dry-run'], dir, diff.stdout),
        'checking file apps/stream.yaml',
      );
    } else t.comment('patch is not installed: skipped');
    if (!has('git')) return void t.comment('git is not installed: skipped');
    run('git', ['init', '-q'], dir, '');
    run('git', ['apply', '--check'], dir, diff.stdout);
    run('git', ['apply'], dir, diff.stdout);
    for (const [f, text] of Object.entries(expected))
      t.equal(readFileSync(path.join(dir, 'apps', f), 'utf8'), text, `${f} as kinject writes it`);
    const again = await kinject(['--diff', '-q', '-f', 'apps'], { cwd: dir });
    t.equal(again.status, 0, 'nothing left to change');
    t.equal(again.stdout, '');
  },
);

t.test('stdin is `-`; colour only when stdout takes it', async (t) => {
  const stdin = readFileSync(fixture('app.yaml'), 'utf8');
  const plain = await kinject(['--diff'], { stdin });
  t.match(plain.stdout, /^--- a\/-\n\+\+\+ b\/-\n@@ /);
  t.notMatch(plain.stdout, '\u001b[');
  const coloured = await kinject(['--diff'], { stdin, io: { colour: true } });
  t.match(coloured.stdout, /^\u001b\[1m--- a\/-\u001b\[m\n/);
  t.match(coloured.stdout, /\n\u001b\[32m\+ *- name: istio-proxy\u001b\[m\n/);
});

t.test(
  'exit codes: 0 nothing would change, 1 something would, 2 error (and no diff)',
  async (t) => {
    t.equal((await kinject(['--diff', '-f', 'plain.yaml'])).status, 0);
    t.equal((await kinject(['--diff', '-f', 'app.yaml'])).status, 1);
    const bad = await kinject(['--diff', '-f', 'app.yaml', '-f', 'bad/broken.yaml']);
    t.equal(bad.status, 2);
    t.equal(bad.stdout, '');
  },
);
