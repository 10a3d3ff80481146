/**
 * Output streams through a spill file and stays all-or-nothing (cli/output.ts), tested with a
 * spill threshold small enough that every run spills: the output is the same as from memory,
 * an error late in a stream leaves stdout (or the -o file) untouched, and no temporary file
 * is left behind either way.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { nodeIO } from '../../cli/io.js';
import { fixture, kinject } from './support.js';
import { scratch } from '../support/scratch.js';

const app = readFileSync(fixture('app.yaml'), 'utf8');
/** A stream of many documents: the app's, ten times over. */
const many = Array.from({ length: 10 }, () => app).join('---\n');

/** A fresh temporary folder for spill files, and IO that spills past `threshold` characters there. */
function spilling(threshold: number) {
  const tempDir = scratch('spill');
  return { tempDir, io: { tempDir, spillThreshold: threshold } };
}

t.test('spilled output is the output, and the spill file is gone', async (t) => {
  const inMemory = await kinject([], { stdin: many });
  t.equal(inMemory.status, 0, inMemory.stderr);
  const { tempDir, io } = spilling(100);
  let spills = 0;
  const run = await kinject([], {
    stdin: many,
    io: {
      ...io,
      appendFile: async (file, text) => {
        spills++;
        writeFileSync(file, text, { flag: 'a' });
      },
    },
  });
  t.equal(run.status, 0, run.stderr);
  t.ok(spills > 1, `spilled ${spills} times`);
  t.equal(run.stdout, inMemory.stdout);
  t.equal(run.stderr, inMemory.stderr);
  t.strictSame(readdirSync(tempDir), [], 'no spill file left');
});

t.test('the spill file in the temporary folder is readable by its owner only', async (t) => {
  const { io } = spilling(100);
  const modes = new Set<number>();
  const run = await kinject([], {
    stdin: many,
    io: {
      ...io,
      appendFile: async (file, text, mode) => {
        await nodeIO().appendFile(file, text, mode);
        modes.add(statSync(file).mode & 0o777);
      },
    },
  });
  t.equal(run.status, 0, run.stderr);
  t.strictSame([...modes], [0o600]);
});

t.test('an error late in the stream: nothing on stdout, no spill file left', async (t) => {
  const { tempDir, io } = spilling(100);
  const run = await kinject([], { stdin: `${many}---\nkind: [Service\n`, io });
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  t.match(run.stderr, /^kinject: <stdin>:\d+:\d+: /m);
  t.strictSame(readdirSync(tempDir), []);
});

t.test('-o spills beside the target and replaces it at the end, or not at all', async (t) => {
  const dir = scratch('spill-o');
  const out = path.join(dir, 'out.yaml');
  writeFileSync(out, 'previous content\n');
  const { io } = spilling(100);
  const failed = await kinject(['-o', out], { stdin: `${many}---\n- not an object\n`, io });
  t.equal(failed.status, 2);
  t.equal(readFileSync(out, 'utf8'), 'previous content\n');
  t.strictSame(readdirSync(dir), ['out.yaml'], 'no spill file left');

  const ok = await kinject(['-o', out], { stdin: many, io });
  t.equal(ok.status, 0, ok.stderr);
  t.equal(ok.stdout, '');
  t.equal(readFileSync(out, 'utf8'), (await kinject([], { stdin: many })).stdout);
  t.strictSame(readdirSync(dir), ['out.yaml']);
});

t.test('a spill that cannot be written fails the run as an output error', async (t) => {
  const { io } = spilling(100);
  const run = await kinject([], {
    stdin: many,
    io: {
      ...io,
      appendFile: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    },
  });
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  t.match(run.stderr, /^kinject: cannot write: ENOSPC/m);
});

t.test('inputs arrive in chunks cut anywhere', async (t) => {
  const whole = await kinject([], { stdin: many });
  const chunks = async function* () {
    for (let i = 0; i < many.length; i += 7) yield many.slice(i, i + 7);
  };
  const run = await kinject([], { io: { readStdin: chunks } });
  t.equal(run.status, 0, run.stderr);
  t.equal(run.stdout, whole.stdout);
  t.equal(run.stderr, whole.stderr);
});

t.test('several inputs are joined as one stream', async (t) => {
  const run = await kinject(['-f', 'plain.yaml', '-f', 'app.yaml', '-f', '-'], { stdin: '\n' });
  t.equal(run.status, 0, run.stderr);
  const plain = readFileSync(fixture('plain.yaml'), 'utf8');
  t.ok(run.stdout.startsWith(plain.endsWith('\n') ? plain : `${plain}\n`));
  t.equal(
    run.stdout.split(/^---$/m).length - 1,
    plain.split(/^---$/m).length + app.split(/^---$/m).length - 1,
    'one --- between inputs, none for a blank one',
  );
});

t.test('a file read in many chunks: a bad byte far in is placed in the whole file', async (t) => {
  const dir = scratch('chunks');
  // Several read chunks (1 MiB each) of text that is cheap to read: comments.
  const lines = 40_000;
  const comments = `# ${'é'.repeat(38)}\n`.repeat(lines);
  const file = path.join(dir, 'big.yaml');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`${comments}${app}---\nkind: "`), Buffer.from([0xc3, 0x28])]),
  );
  t.ok(Buffer.byteLength(comments) > 2 * (1 << 20), 'more than two read chunks');
  const run = await kinject(['-f', file]);
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  const line = lines + app.split('\n').length + 1;
  t.equal(run.stderr, `kinject: ${file}:${line}:8: invalid UTF-8 (byte 0xC3): not a text file?\n`);
});

t.test(
  'a repeated key in a later document is placed, and named, in the whole stream',
  async (t) => {
    const bad = `${many}---\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n`;
    const run = await kinject([], { stdin: bad });
    const line = bad.split('\n').length - 1;
    t.equal(run.status, 2);
    t.equal(run.stdout, '');
    t.equal(
      run.stderr,
      `kinject: <stdin>:${line}:3: mapping key "name" already defined at line ${line - 1}\n`,
      'only the parse error: no report lines, as for a whole text',
    );
  },
);
