/** File faults: a missing or unreadable file, a folder with no manifests, a glob matching nothing. */
import t from 'tap';
import { accepted, assertRefused } from './harness.js';
import { kinject } from '../cli/support.js';
import { nodeIO } from '../../cli/io.js';

t.test('a missing file', async (t) => {
  await assertRefused(t, {}, ['-f', 'nope.yaml'], {
    file: 'nope.yaml',
    line: null,
    col: null,
    message: /no such file or directory/,
  });
});

t.test('an unreadable file (the read fails as EACCES would)', async (t) => {
  const denied = Object.assign(new Error("EACCES: permission denied, open 'secret.yaml'"), {
    code: 'EACCES',
  });
  const run = await kinject(['-f', 'secret.yaml'], {
    io: {
      kindOf: async (file) => (file.endsWith('secret.yaml') ? 'file' : nodeIO().kindOf(file)),
      readFile: async (file) =>
        file.endsWith('secret.yaml') ? Promise.reject(denied) : nodeIO().readFile(file),
      // Inputs are streamed: the same failure on that path.
      streamFile: (file) =>
        file.endsWith('secret.yaml')
          ? {
              [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(denied) }),
            }
          : nodeIO().streamFile(file),
    },
  });
  t.equal(run.status, 2);
  t.equal(run.stdout, '');
  t.equal(
    run.stderr,
    "kinject: secret.yaml: cannot read: EACCES: permission denied, open 'secret.yaml'\n",
  );
});

t.test('a folder given where a file is read (the injector config)', async (t) => {
  await assertRefused(t, { 'conf/README': 'x' }, ['--injector-config', 'conf', '-f', 'conf'], {
    file: 'conf',
    line: null,
    col: null,
    message: /./,
  });
});

t.test('a folder with no manifests', async (t) => {
  await assertRefused(t, { 'empty/README.md': '# nothing here\n' }, ['-f', 'empty'], {
    file: 'empty',
    line: null,
    col: null,
    message: /no \*\.yaml, \*\.yml or \*\.json files in this folder/,
  });
});

t.test('a folder holding only a folder named like a manifest', async (t) => {
  await assertRefused(t, { 'apps/old.yaml/README.md': '# moved\n' }, ['-f', 'apps'], {
    file: 'apps',
    line: null,
    col: null,
    message: /no \*\.yaml, \*\.yml or \*\.json files in this folder/,
  });
});

t.test('a folder named like a manifest inside a folder is skipped, not read', async (t) => {
  const run = await accepted(
    t,
    { 'apps/a.yaml': 'kind: ConfigMap\n', 'apps/b.yaml/c.yaml': 'kind: Secret\n' },
    ['-f', 'apps'],
  );
  t.equal(run.stdout, 'kind: ConfigMap\n');
});

t.test('a glob that matches nothing', async (t) => {
  await assertRefused(t, { 'a.yaml': 'kind: ConfigMap\n' }, ['-f', 'manifests/*.yaml'], {
    file: 'manifests/*.yaml',
    line: null,
    col: null,
    message: /no files match this pattern/,
  });
});

t.test('one bad file among good ones fails the whole run, with nothing written', async (t) => {
  await assertRefused(
    t,
    { 'a.yaml': 'kind: ConfigMap\n', 'b.yaml': 'kind: ConfigMap\ndata:\n  k: 1\n  k: 2\n' },
    ['-f', 'a.yaml', '-f', 'b.yaml'],
    { file: 'b.yaml', line: 4, col: 3, message: /mapping key "k" already defined at line 3/ },
  );
});

t.test('a stream with no end, /dev/zero: refused at its first chunk', async (t) => {
  // Before, its NUL bytes were only checked once a document ended, which never came: the run
  // held ever more of them, until memory ran out.
  await assertRefused(t, {}, ['-f', '/dev/zero'], {
    file: '/dev/zero',
    line: 1,
    col: 1,
    message: /control characters are not allowed \(U\+0000\)/,
  });
});

t.test('a control character in a later chunk of a file: placed in the whole file', async (t) => {
  // Past the first 1 MiB read: the decoder finds it, counting the lines of the chunks before.
  const text = `${'# padding\n'.repeat(200_000)}kind: ConfigMap\ndata:\n  a: "x\u0001"\n`;
  await assertRefused(t, { 'big.yaml': text }, ['-f', 'big.yaml'], {
    file: 'big.yaml',
    line: 200_003,
    col: 8,
    message: /control characters are not allowed \(U\+0001\)/,
  });
});
