/**
 * Running kinject on a bad input the way a pipeline would, and checking the contract every
 * refusal keeps: exit 2, nothing on stdout, `kinject: FILE:LINE:COL: message` on stderr, and
 * an existing `-o` target left exactly as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
  const prefix =
    want.col === null ? line.replace(/^(kinject: .*?:\d+):\d+: /, '$1:<any column>: ') : line;
  t.ok(prefix.startsWith(`kinject: ${where.join(':')}: `), `at ${where.join(':')}`, {
    found: run.stderr,
  });
  t.match(run.stderr.slice(run.stderr.indexOf(line)), want.message, 'says what is wrong');
  t.notMatch(run.stderr, /internal error|at .*\.js:\d+/, 'no stack trace');
  const toFile = await kinject([...argv, '-o', 'previous.yaml'], { cwd, stdin });
  t.equal(toFile.status, 2, 'exit 2 with -o');
  t.equal(readFileSync(path.join(cwd, 'previous.yaml'), 'utf8'), OLD_OUTPUT, '-o file untouched');
  return run;
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
