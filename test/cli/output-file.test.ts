/** `-o FILE`: written atomically; a failed run or a failed write never leaves a damaged file. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
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
