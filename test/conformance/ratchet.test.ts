/**
 * The conformance ratchet: every case listed in test/conformance/passing.json must still
 * pass through the built CLI. (`npm run conformance -- --update` refreshes the list.)
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import t from 'tap';
import { DEFAULT_CORPUS, readPassing, runConformance } from './runner.js';

const listed = await readPassing();
const total = listed.cluster.length + listed.embedded.length;

if (!existsSync(DEFAULT_CORPUS)) {
  t.plan(0, `conformance corpus not found at ${DEFAULT_CORPUS}`);
} else if (total === 0) {
  t.pass('no passing cases recorded yet');
} else {
  const verdicts = await runConformance({ corpus: DEFAULT_CORPUS, jobs: Math.min(4, os.availableParallelism()), only: listed });
  t.equal(verdicts.length, total, 'every listed case ran');
  for (const v of verdicts) t.equal(v.status, 'pass', `${v.track} ${v.name}`, { detail: v.detail });
}
