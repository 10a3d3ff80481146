/**
 * The conformance ratchet: every case listed in test/conformance/passing.json must still
 * pass. Runs kinject's `main` in-process (see in-process.ts); `npm run conformance` runs the
 * same checks through the built CLI, and `npm run conformance -- --update` refreshes the list.
 */
import { existsSync } from 'node:fs';
import t from 'tap';
import { inProcessCli } from './in-process.js';
import { DEFAULT_CORPUS, readPassing, runConformance } from './runner.js';
const listed = await readPassing();
const total = listed.cluster.length + listed.embedded.length;
if (!existsSync(DEFAULT_CORPUS)) {
    t.plan(0, `conformance corpus not found at ${DEFAULT_CORPUS}`);
}
else if (total === 0) {
    t.pass('no passing cases recorded yet');
}
else {
    // In-process runs share one CPU, so more than two at once only interleave.
    const verdicts = await runConformance({
        corpus: DEFAULT_CORPUS,
        jobs: 2,
        only: listed,
        runner: inProcessCli,
    });
    t.equal(verdicts.length, total, 'every listed case ran');
    for (const v of verdicts)
        t.equal(v.status, 'pass', `${v.track} ${v.name}`, { detail: v.detail });
}
//# sourceMappingURL=ratchet.test.js.map