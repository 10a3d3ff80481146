/**
 * `-o FILE`: written atomically; a failed run or a failed write never leaves a damaged file.
 * What is there decides how: a symlink is written through, a file keeps its permission bits,
 * and what a rename cannot replace (a named pipe, /dev/stdout) is written into.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import t, { type Test } from 'tap';
import { binPath } from './clients.js';
import { fixture, kinject } from './support.js';
import { scratch } from '../support/scratch.js';

/** A scratch folder holding an earlier `out.yaml`. */
function withOutput(): { dir: string; out: string } {
  const dir = scratch('o');
  const out = path.join(dir, 'out.yaml');
  writeFileSync(out, 'previous content\n');
  return { dir, out };
}

t.test('success replaces the file and prints nothing on stdout', async (t) => {
  const { dir, out } = withOutput();
  const run = await kinject(['-f', fixture('plain.yaml'), '-o', out]);
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stdout, '');
  t.equal(readFileSync(out, 'utf8'), readFileSync(fixture('plain.yaml'), 'utf8'));
  t.strictSame(readdirSync(dir), ['out.yaml'], 'no temporary file left');
});

t.test('a failed run leaves the file alone', async (t) => {
  const { dir, out } = withOutput();
  const run = await kinject(['-f', fixture('bad', 'broken.yaml'), '-o', out]);
  t.equal(run.status, 2);
  t.equal(readFileSync(out, 'utf8'), 'previous content\n');
  t.strictSame(readdirSync(dir), ['out.yaml']);
});

t.test('a write that fails half-way leaves the old file and no temporary', async (t) => {
  const { dir, out } = withOutput();
  const run = await kinject(['-f', fixture('plain.yaml'), '-o', out], {
    io: {
      writeFile: async (file, text) => {
        writeFileSync(file, text.slice(0, 10)); // a partial write, then the disk fills up
        throw new Error('ENOSPC: no space left on device');
      },
    },
  });
  t.equal(run.status, 2);
  t.match(run.stderr, /^kinject: .*out\.yaml: cannot write: ENOSPC/m);
  t.equal(readFileSync(out, 'utf8'), 'previous content\n');
  t.strictSame(readdirSync(dir), ['out.yaml']);
});

/** What injecting plain.yaml gives on stdout: what every `-o` target below must get. */
async function expectedOutput(t: Test, extra: string[] = []): Promise<string> {
  const run = await kinject(['-q', '-f', fixture('plain.yaml'), ...extra]);
  t.equal(run.status, 0, run.stderr);
  return run.stdout;
}

t.test('a symlink is written through: its file is replaced, the link stays a link', async (t) => {
  const { dir, out } = withOutput();
  const link = path.join(dir, 'link.yaml');
  symlinkSync('out.yaml', link);
  const run = await kinject(['-q', '-f', fixture('plain.yaml'), '-o', link]);
  t.equal(run.status, 0, run.stderr);
  t.ok(lstatSync(link).isSymbolicLink(), 'still a link');
  t.equal(readFileSync(out, 'utf8'), await expectedOutput(t));
  t.strictSame(readdirSync(dir).sort(), ['link.yaml', 'out.yaml'], 'no temporary file left');
});

for (const extra of [[], ['--mode', 'cluster']]) {
  t.test(`the file replaced keeps its permission bits ${extra.join(' ')}`, async (t) => {
    const { out } = withOutput();
    chmodSync(out, 0o600);
    const run = await kinject(['-q', '-f', fixture('plain.yaml'), '-o', out, ...extra]);
    t.equal(run.status, 0, run.stderr);
    t.equal(statSync(out).mode & 0o777, 0o600, 'the owner only, as before');
    t.equal(readFileSync(out, 'utf8'), await expectedOutput(t, extra));
  });
}

t.test('a named pipe gets the output written into it, and stays a pipe', async (t) => {
  const dir = scratch('o');
  const fifo = path.join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
  let read = '';
  reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')));
  const closed = new Promise((resolve) => reader.on('close', resolve));
  const run = await kinject(['-q', '-f', fixture('plain.yaml'), '-o', fifo]);
  await closed;
  t.equal(run.status, 0, run.stderr);
  t.equal(read, await expectedOutput(t));
  t.ok(lstatSync(fifo).isFIFO(), 'still a named pipe');
  t.strictSame(readdirSync(dir), ['pipe'], 'no temporary file beside it');
});

t.test('-o /dev/stdout appends where the shell sent stdout (>> log)', async (t) => {
  const dir = scratch('o');
  const log = path.join(dir, 'log');
  writeFileSync(log, 'kept\n');
  const fd = openSync(log, 'a');
  try {
    const run = spawnSync(
      process.execPath,
      [binPath(), '-q', '-f', fixture('plain.yaml'), '-o', '/dev/stdout'],
      { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' },
    );
    t.equal(run.status, 0, run.stderr);
  } finally {
    closeSync(fd);
  }
  t.equal(readFileSync(log, 'utf8'), `kept\n${await expectedOutput(t)}`);
  t.strictSame(readdirSync(dir), ['log'], 'no temporary file beside it');
});
