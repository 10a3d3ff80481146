/**
 * A reader that stops reading (`kinject | head -1`) ends the run quietly: exit 141, as a
 * pipe's SIGPIPE ends kubectl, nothing on stderr, no temporary file left. Before, Node's
 * unheard EPIPE error ended it with a stack trace and status 1 (which reads as "changes").
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { binPath } from './clients.js';
import { scratch } from '../support/scratch.js';
import { fixture } from './support.js';

/** Run the built kinject on `workloads` copies of app.yaml; its stdout is closed after the first chunk. */
async function closedEarly(workloads: number, extra: string[] = []) {
  const dir = scratch('closed');
  const input = path.join(dir, 'in.yaml');
  const app = readFileSync(fixture('app.yaml'), 'utf8');
  writeFileSync(input, Array.from({ length: workloads }, () => app).join('---\n'));
  const child = spawn(process.execPath, [binPath(), '-q', '-f', input, ...extra], {
    env: { ...process.env, TMPDIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stderr, left: readdirSync(dir).filter((n) => n !== 'in.yaml') };
}

for (const [name, workloads, extra] of [
  ['streamed, in memory', 40, []],
  ['streamed, spilled to a temporary file', 2000, []],
  [
    'read whole (cluster mode)',
    40,
    ['--mode', 'cluster', '--namespace-labels', 'shop:istio-injection=enabled'],
  ],
] as const) {
  t.test(`stdout closed by its reader: ${name}`, async (t) => {
    const run = await closedEarly(workloads, [...extra]);
    t.equal(run.status, 141, run.stderr);
    t.equal(run.stderr, '', 'nothing said');
    t.strictSame(run.left, [], 'no temporary file left');
  });
}
