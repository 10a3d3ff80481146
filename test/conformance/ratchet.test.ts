/**
 * The conformance ratchet: every case listed in test/conformance/passing.json must still
 * pass. Runs kinject's `main` in-process (see in-process.ts); `npm run conformance` runs the
 * same checks through the built CLI, and `npm run conformance -- --update` refreshes the list.
 * Needs the conformance corpus (skipped, saying so, without it).
 */
import t from 'tap';
import { corpusTest } from '../support/corpus.js';
import { inProcessCli } from './in-process.js';
import { readPassing, runConformance } from './runner.js';

corpusTest(t, 'every case of the ratchet still passes', async (t, corpus) => {
  const listed = await readPassing();
  const total = listed.cluster.length + listed.embedded.length;
  t.ok(total > 0, 'test/conformance/passing.json lists cases');
  // In-process runs share one CPU, so more than two at once only interleave.
  const verdicts = await runConformance({ corpus, jobs: 2, only: listed, runner: inProcessCli });
  t.equal(verdicts.length, total, 'every listed case ran');
  for (const v of verdicts) t.equal(v.status, 'pass', `${v.track} ${v.name}`, { detail: v.detail });
});
