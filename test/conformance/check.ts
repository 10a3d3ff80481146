/**
 * Running one conformance case through the built CLI, as a user would, and judging it:
 * output semantically equal to Istio's (compare.mjs), error cases failing with the expected
 * text, `expectedLog` on stderr, and a second run over the output changing nothing.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { caseArgs, skipReason, type Case, type Track } from './corpus.js';

/** The built CLI bundle, package.json's bin (this file is dist/test/conformance/check.js). */
const BIN = fileURLToPath(new URL('../../cli/kinject.js', import.meta.url));

/** What one run of kinject did. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The verdict on one case on one track. */
export interface Verdict {
  name: string;
  track: Track;
  status: 'pass' | 'fail' | 'skip';
  /** Why it failed or was skipped (first lines only). */
  detail?: string;
}

/** The part of the corpus's compare.mjs the runner uses. */
interface Comparer {
  compareYamlText(expected: string, actual: string): { equal: boolean; differences: unknown[] };
  formatDifferences(
    result: { equal: boolean; differences: unknown[] },
    opts: { max: number },
  ): string;
}

/** Load compare.mjs from the corpus (it is plain JS, so its shape is asserted here). */
export async function loadComparer(corpus: string): Promise<Comparer> {
  return (await import(pathToFileURL(path.join(corpus, 'compare.mjs')).href)) as Comparer;
}

/** A way to run kinject: the built CLI in a process of its own, or `main` in-process. */
export type CliRunner = (args: readonly string[], stdin?: string) => Promise<CliRun>;

/** Run `node dist/cli/kinject.js ARGS` (the bundle users run) with `stdin`, as a user would. */
export const spawnCli: CliRunner = (args, stdin = '') => {
  return new Promise<CliRun>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(stdin);
  });
};

/** Run and judge one case on one track; `workDir` is a scratch folder of its own. */
export async function checkCase(
  corpus: string,
  c: Case,
  track: Track,
  comparer: Comparer,
  workDir: string,
  runCli: CliRunner = spawnCli,
): Promise<Verdict> {
  const verdict = (status: Verdict['status'], detail?: string): Verdict => ({
    name: c.name,
    track,
    status,
    detail,
  });
  const skip = skipReason(c);
  if (skip) return verdict('skip', skip);
  const args = await caseArgs(corpus, c, track, workDir);
  const first = await runCli([...args, '-f', path.join(c.dir, 'input.yaml')]);
  const unstable = unstableInIstio(c.name);
  const problem =
    'error' in c.expected
      ? judgeError(first, c.expected.error)
      : (judgeOutput(first, c.expected.yaml, comparer) ??
        judgeLog(first, c.settings.expectedLog) ??
        (unstable === undefined ? await judgeIdempotence(first, args, runCli) : undefined));
  if (problem) return verdict('fail', problem);
  return unstable === undefined
    ? verdict('pass')
    : verdict('pass', `second run not checked: ${unstable}`);
}

function judgeError(run: CliRun, expected: string): string | undefined {
  if (run.status !== 2)
    return `expected exit 2 with an error containing ${JSON.stringify(expected)}, got exit ${run.status}`;
  if (run.stdout !== '') return 'a failed run wrote to stdout';
  if (!run.stderr.toLowerCase().includes(expected.toLowerCase())) {
    return `error does not contain ${JSON.stringify(expected)}: ${firstLines(run.stderr)}`;
  }
  return undefined;
}

function judgeOutput(run: CliRun, expected: string, comparer: Comparer): string | undefined {
  if (run.status !== 0) return `exit ${run.status}: ${firstLines(run.stderr)}`;
  try {
    const result = comparer.compareYamlText(expected, run.stdout);
    return result.equal ? undefined : firstLines(comparer.formatDifferences(result, { max: 3 }));
  } catch (e) {
    return `output does not parse: ${(e as Error).message}`;
  }
}

function judgeLog(run: CliRun, expectedLog: string | undefined): string | undefined {
  if (expectedLog === undefined || run.stderr.includes(expectedLog)) return undefined;
  return `stderr lacks ${JSON.stringify(expectedLog)}`;
}

/**
 * Istio's golden cases on which Istio's own second run changes its first, and why. kinject
 * matches the first run there; the second-run check does not apply.
 */
const KNOWN_UNSTABLE: Readonly<Record<string, string>> = {
  'merge-probers':
    'its input was injected by an older Istio in the classic layout; moving the proxy to a ' +
    "native sidecar, Istio takes the old proxy for the user's own and keeps its settings " +
    '(--concurrency 2, JWT_POLICY) once, then drops them on the next run',
};

/** Why Istio's own second run changes case `name`'s first, if it does (KNOWN_UNSTABLE). */
export function unstableInIstio(name: string): string | undefined {
  return Object.hasOwn(KNOWN_UNSTABLE, name) ? KNOWN_UNSTABLE[name] : undefined;
}

/** kinject over its own output must change nothing (`--diff` exits 0). */
async function judgeIdempotence(
  run: CliRun,
  args: readonly string[],
  runCli: CliRunner,
): Promise<string | undefined> {
  const again = await runCli([...args, '--diff', '-q'], run.stdout);
  if (again.status === 0) return undefined;
  if (again.status !== 1) return `a second run over the output fails: ${firstLines(again.stderr)}`;
  // The patch's changed lines say more than its headers.
  const changed = again.stdout.split('\n').filter((l) => /^[-+@](?!--|\+\+)/.test(l));
  return `not idempotent: a second run changes the output:\n    ${changed.slice(0, 8).join('\n    ')}`;
}

function firstLines(text: string, n = 6): string {
  return text.trim().split('\n').slice(0, n).join('\n    ');
}
