/**
 * An interrupted run (Ctrl-C, SIGTERM) leaves no temporary file behind: neither the hidden
 * file beside an `-o` target nor the spill file in the temporary folder. It ends as the
 * signal ends a process, and the target keeps its old content.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { binPath } from './clients.js';
import { scratch } from '../support/scratch.js';
import { fixture } from './support.js';

/** Enough workloads that the run is still going long after its output has spilled. */
const WORKLOADS = 20_000;

/** A stream of many Deployments, in a file of its own. */
function bigInput(dir: string): string {
  const file = path.join(dir, 'big.yaml');
  const app = readFileSync(fixture('app.yaml'), 'utf8');
  writeFileSync(file, Array.from({ length: WORKLOADS }, () => app).join('---\n'));
  return file;
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

/** How an interrupted run went. */
interface Interrupted {
  signal: NodeJS.Signals | null;
  /** Whether a temporary file showed before the run ended (then the signal was sent). */
  sawTemp: boolean;
  /** From the start to the first temporary file (ms): about one input chunk's work. */
  untilTemp: number;
  /** From the signal to the end (ms). */
  afterSignal: number;
}

/**
 * Run the built kinject with `args` (and `env`), send `signal` once a temporary file shows in
 * `watched`, and resolve to how it ended.
 */
async function interrupt(
  args: string[],
  watched: string,
  signal: NodeJS.Signals,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Interrupted> {
  const started = performance.now();
  const child = spawn(process.execPath, [binPath(), '-q', ...args], {
    env,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, sig) => resolve(sig)),
  );
  let running = true;
  void ended.then(() => (running = false));
  let sawTemp = false;
  while (running && !sawTemp) {
    sawTemp = temps(watched).length > 0;
    if (!sawTemp) await sleep(5);
  }
  const signalled = performance.now();
  if (sawTemp) child.kill(signal);
  const endedBy = await ended;
  const done = performance.now();
  return {
    signal: endedBy,
    sawTemp,
    untilTemp: signalled - started,
    afterSignal: done - signalled,
  };
}

t.test('-o: Ctrl-C removes the file beside the target, which keeps its content', async (t) => {
  const dir = scratch('int-o');
  const input = bigInput(dir);
  const out = path.join(dir, 'out.yaml');
  writeFileSync(out, 'previous content\n');
  const run = await interrupt(['-f', input, '-o', out], dir, 'SIGINT');
  t.ok(run.sawTemp, 'the output spilled beside the target before the run ended');
  t.equal(run.signal, 'SIGINT', 'it ends as Ctrl-C ends a process');
  // The first spill comes after the first 1 MiB chunk. The signal takes effect when the run
  // next gives the event loop a turn (between chunks, at most one a second: cli/io.ts), not
  // at the end of the run, ~14 chunks later.
  t.ok(
    run.afterSignal < 3 * run.untilTemp + 1000,
    `ended ${run.afterSignal.toFixed(0)} ms after the signal, within a chunk or two (${run.untilTemp.toFixed(0)} ms to the first spill)`,
  );
  t.strictSame(temps(dir), [], 'no temporary file left');
  t.equal(readFileSync(out, 'utf8'), 'previous content\n');
});

t.test('stdout: SIGTERM removes the spill file in the temporary folder', async (t) => {
  const tmp = scratch('int-spill');
  const input = bigInput(scratch('int-in'));
  const run = await interrupt(['-f', input], tmp, 'SIGTERM', { ...process.env, TMPDIR: tmp });
  t.ok(run.sawTemp, 'the output spilled to the temporary folder before the run ended');
  t.equal(run.signal, 'SIGTERM');
  t.strictSame(temps(tmp), [], 'no spill file left');
});
