/**
 * `--in-place`: changed files rewritten atomically with their mode kept, unchanged ones not
 * touched at all, all files or none, symlinks written through; stdin and -o refused.
 */
import {
  chmodSync,
  cpSync,
  readdirSync,
  readFileSync,
  lstatSync,
  statSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { fixture, kinject } from './support.js';
import { scratch } from '../support/scratch.js';

/** A scratch folder with the fixtures `app.yaml` (injectable), `plain.yaml` (nothing to inject) and `pod.json`. */
function workspace(): string {
  const dir = scratch('i');
  for (const f of ['app.yaml', 'plain.yaml', 'pod.json']) cpSync(fixture(f), path.join(dir, f));
  return dir;
}

const read = (dir: string, f: string): string => readFileSync(path.join(dir, f), 'utf8');
const OLD = new Date('2020-01-01T00:00:00Z');

t.test(
  'changed files are rewritten with their mode; unchanged ones keep even their mtime',
  async (t) => {
    const dir = workspace();
    chmodSync(path.join(dir, 'app.yaml'), 0o640);
    utimesSync(path.join(dir, 'plain.yaml'), OLD, OLD);
    const expected = (await kinject(['-q', '-f', 'app.yaml'], { cwd: dir })).stdout;
    const run = await kinject(['-i', '-f', '.'], { cwd: dir });
    t.equal(run.status, 0, run.stderr);
    t.equal(run.stdout, '');
    t.equal(read(dir, 'app.yaml'), expected);
    t.equal(statSync(path.join(dir, 'app.yaml')).mode & 0o777, 0o640, 'mode kept');
    t.match(read(dir, 'pod.json'), '"istio-proxy"');
    t.equal(read(dir, 'plain.yaml'), readFileSync(fixture('plain.yaml'), 'utf8'));
    t.equal(statSync(path.join(dir, 'plain.yaml')).mtimeMs, OLD.getTime(), 'not touched');
    t.match(run.stderr, /app\.yaml: written\n/);
    t.notMatch(run.stderr, 'plain.yaml: written');
    t.strictSame(readdirSync(dir).sort(), ['app.yaml', 'plain.yaml', 'pod.json'], 'no temporaries');
    const again = await kinject(['--in-place', '-f', '.'], { cwd: dir });
    t.equal(again.status, 0);
    t.notMatch(again.stderr, 'written', 'a second run has nothing to write');
  },
);

t.test('one failed input leaves every file alone', async (t) => {
  const dir = workspace();
  cpSync(fixture('bad', 'bad-annotation.yaml'), path.join(dir, 'z-bad.yaml'));
  const run = await kinject(['-i', '-f', '.'], { cwd: dir });
  t.equal(run.status, 2);
  t.equal(read(dir, 'app.yaml'), readFileSync(fixture('app.yaml'), 'utf8'), 'the good file too');
  t.equal(readdirSync(dir).length, 4);
});

t.test('a write that fails leaves every file alone and no temporary', async (t) => {
  const dir = workspace();
  let writes = 0;
  const run = await kinject(['-i', '-f', 'app.yaml', '-f', 'pod.json'], {
    cwd: dir,
    io: {
      writeFile: async (file, text) => {
        if (++writes === 2) throw new Error('ENOSPC: no space left on device');
        const { writeFile } = await import('node:fs/promises');
        await writeFile(file, text);
      },
    },
  });
  t.equal(run.status, 2);
  t.match(run.stderr, /kinject: pod\.json: cannot write: ENOSPC/);
  t.equal(
    read(dir, 'app.yaml'),
    readFileSync(fixture('app.yaml'), 'utf8'),
    'staged, not committed',
  );
  t.strictSame(readdirSync(dir).sort(), ['app.yaml', 'plain.yaml', 'pod.json']);
});

t.test('a failed rename stops there and says what was already written', async (t) => {
  const dir = workspace();
  const { rename } = await import('node:fs/promises');
  let renames = 0;
  const run = await kinject(['-i', '-f', 'app.yaml', '-f', 'pod.json'], {
    cwd: dir,
    io: {
      rename: async (from, to) => {
        if (++renames === 2) throw new Error('EXDEV: cross-device link');
        await rename(from, to);
      },
    },
  });
  t.equal(run.status, 2);
  t.match(
    run.stderr,
    /pod\.json: cannot write: EXDEV: cross-device link \(already written: app\.yaml\)/,
  );
  t.strictSame(readdirSync(dir).sort(), ['app.yaml', 'plain.yaml', 'pod.json']);
});

t.test('a symlink is written through: the target changes, the link stays', async (t) => {
  const dir = workspace();
  symlinkSync('app.yaml', path.join(dir, 'link.yaml'));
  const run = await kinject(['-i', '-f', 'link.yaml', '-f', 'app.yaml'], { cwd: dir });
  t.equal(run.status, 0, run.stderr);
  t.ok(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink());
  t.match(read(dir, 'app.yaml'), 'istio-proxy');
  t.equal(run.stderr.match(/written/g)?.length, 1, 'one file behind two names: written once');
});

t.test('stdin, -o and --diff are refused', async (t) => {
  for (const argv of [
    ['-i'],
    ['-i', '-f', '-'],
    ['-i', '-f', 'app.yaml', '-o', 'x.yaml'],
    ['-i', '--diff', '-f', 'app.yaml'],
  ]) {
    const run = await kinject(argv, { stdin: 'kind: List\n' });
    t.equal(run.status, 2, argv.join(' '));
    t.match(run.stderr, /kinject: --in-place .*\(see kinject --help\)/);
  }
});
