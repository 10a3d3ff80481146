/**
 * Running kinject on a bad input the way a pipeline would, and checking the contract every
 * refusal keeps: exit 2, nothing on stdout, `kinject: FILE:LINE:COL: message` on stderr, an
 * existing `-o` target left exactly as it was, and with `--in-place` every file as it was.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Test } from 'tap';
import { kinject, type Run } from '../cli/support.js';

/** Files of a case, by relative path: text, or bytes for encodings that are not UTF-8. */
export type Files = Readonly<Record<string, string | Uint8Array>>;

/** What a refusal must say: where (line null: no line; col null: any column) and a message pattern. */
export interface Refusal {
  file: string;
  line: number | null;
  col: number | null;
  message: RegExp;
}

/** A fresh folder holding `files`; removed when the test ends. */
export function folderWith(t: Test, files: Files): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinject-bad-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const OLD_OUTPUT = '# the previous output, which a failed run must not touch\n';

/** A manifest refused at one field: its line, the text there where the value starts, the message. */
export interface FieldCase {
  name: string;
  text: string;
  line: number;
  /** The text on that line where the offending value (or the nearest field there) starts. */
  at: string;
  message: string;
}

/** `c.text` as `app.yaml`, given with `-f`, refused at `c.at` on line `c.line` with `c.message` whole. */
export async function assertRefusedAt(t: Test, c: FieldCase): Promise<void> {
  await assertRefused(t, { 'app.yaml': c.text }, ['-f', 'app.yaml'], {
    file: 'app.yaml',
    line: c.line,
    col: (c.text.split('\n')[c.line - 1]?.indexOf(c.at) ?? -2) + 1,
    // The message whole, right after the position.
    message: new RegExp(`: ${c.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`),
  });
}

/** Run `argv` in a folder with `files`, to stdout and again with `-o`; both must refuse as `want`. */
export async function assertRefused(
  t: Test,
  files: Files,
  argv: readonly string[],
  want: Refusal,
  stdin?: string,
): Promise<Run> {
  const cwd = folderWith(t, { ...files, 'previous.yaml': OLD_OUTPUT });
  const run = await kinject([...argv], { cwd, stdin });
  t.equal(run.status, 2, 'exit 2');
  t.equal(run.stdout, '', 'nothing on stdout');
  const line = run.stderr.split('\n').find((l) => l.startsWith('kinject: ')) ?? '';
  const where =
    want.line === null ? [want.file] : [want.file, want.line, want.col ?? '<any column>'];
  // Where the parser ran out of stack depends on the stack in use: any column, then.
  const located = (l: string): string =>
    want.col === null ? l.replace(/^(kinject: .*?:\d+):\d+: /, '$1:<any column>: ') : l;
  const prefix = located(line);
  t.ok(prefix.startsWith(`kinject: ${where.join(':')}: `), `at ${where.join(':')}`, {
    found: run.stderr,
  });
  t.match(run.stderr.slice(run.stderr.indexOf(line)), want.message, 'says what is wrong');
  t.notMatch(run.stderr, /internal error|at .*\.js:\d+/, 'no stack trace');
  const toFile = await kinject([...argv, '-o', 'previous.yaml'], { cwd, stdin });
  t.equal(toFile.status, 2, 'exit 2 with -o');
  t.equal(readFileSync(path.join(cwd, 'previous.yaml'), 'utf8'), OLD_OUTPUT, '-o file untouched');
  if (readsFiles(argv)) await assertInPlaceRefused(t, cwd, argv, prefix, located);
  return run;
}

/** Whether a command line reads only files (`-f`, never stdin), so that `--in-place` applies. */
function readsFiles(argv: readonly string[]): boolean {
  const inputs = argv.flatMap((a, i) => (a === '-f' || a === '--filename' ? [argv[i + 1]] : []));
  return inputs.length > 0 && !inputs.includes('-');
}

/** A workload injection would change: with `--in-place` beside a bad input, it must stay as it is too. */
const INJECTABLE = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: bystander',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: registry.example.com/app:1.0',
  '',
].join('\n');

/** Every file under `dir` (relative path → content and mtime). */
function snapshot(dir: string): Record<string, { text: string; mtimeMs: number }> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(path.join(dir, f)).isFile(),
  );
  return Object.fromEntries(
    files.sort().map((f) => {
      const file = path.join(dir, f);
      return [f, { text: readFileSync(file, 'latin1'), mtimeMs: statSync(file).mtimeMs }];
    }),
  );
}

/**
 * `argv --in-place`, with a file injection would change beside the bad input: the same
 * refusal (exit 2, the same `kinject: FILE:LINE:COL:` line, nothing on stdout), and every
 * file in the folder as it was, content and mtime (no temporary file left either).
 */
async function assertInPlaceRefused(
  t: Test,
  cwd: string,
  argv: readonly string[],
  refusal: string,
  located: (line: string) => string,
): Promise<void> {
  writeFileSync(path.join(cwd, 'bystander.yaml'), INJECTABLE);
  const past = new Date('2020-01-02T03:04:05Z');
  for (const f of Object.keys(snapshot(cwd))) utimesSync(path.join(cwd, f), past, past);
  const before = snapshot(cwd);
  const run = await kinject(['-f', 'bystander.yaml', ...argv, '--in-place'], { cwd });
  t.equal(run.status, 2, 'exit 2 with --in-place');
  t.equal(run.stdout, '', 'nothing on stdout with --in-place');
  t.ok(run.stderr.split('\n').map(located).includes(refusal), 'the same refusal with --in-place', {
    found: run.stderr,
  });
  t.same(snapshot(cwd), before, '--in-place: every file unchanged (content and mtime), none added');
}

/** Run `argv` on `files` and expect success; returns the run. */
export async function accepted(t: Test, files: Files, argv: readonly string[]): Promise<Run> {
  const run = await kinject([...argv], { cwd: folderWith(t, files) });
  t.equal(run.status, 0, 'exit 0', { stderr: run.stderr });
  return run;
}

/** A Deployment whose pod template is `podYaml` (indented under `template:`), with a line counter aid. */
export function deployment(podYaml: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector:',
    '    matchLabels: {app: web}',
    '  template:',
    ...podYaml
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => `    ${l}`),
    '',
  ].join('\n');
}
