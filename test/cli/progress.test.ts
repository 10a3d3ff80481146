/** Progress on stderr: shown on a terminal for runs of many files, never otherwise. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { PROGRESS_MIN_FILES } from '../../cli/progress.js';
import { scratch } from '../support/scratch.js';
import { kinject } from './support.js';

/** A folder of `n` small manifests. */
function manyFiles(n: number): string {
  const dir = scratch('many');
  mkdirSync(path.join(dir, '.git'));
  for (let i = 0; i < n; i++)
    writeFileSync(
      path.join(dir, `pod-${String(i).padStart(2, '0')}.yaml`),
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {containers: [{name: a, image: b}]}\n`,
    );
  return dir;
}

t.test('a terminal sees progress for many files; the report is left clean', async (t) => {
  const dir = manyFiles(PROGRESS_MIN_FILES);
  const run = await kinject(['-q', '-f', '.'], { cwd: dir, io: { stderrIsTTY: true } });
  t.equal(run.status, 0, run.stderr);
  t.match(run.stderr, `kinject: 1/${PROGRESS_MIN_FILES} pod-00.yaml`);
  t.match(
    run.stderr,
    `kinject: ${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} pod-${String(PROGRESS_MIN_FILES - 1).padStart(2, '0')}.yaml`,
  );
  t.ok(run.stderr.endsWith('\r\x1b[K'), 'the progress line is wiped');
});

t.test('no progress in a pipe, or for a few files', async (t) => {
  const dir = manyFiles(PROGRESS_MIN_FILES);
  const piped = await kinject(['-q', '-f', '.'], { cwd: dir });
  t.equal(piped.stderr, '');
  const few = await kinject(['-q', '-f', 'pod-00.yaml'], { cwd: dir, io: { stderrIsTTY: true } });
  t.equal(few.stderr, '');
});
