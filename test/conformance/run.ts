/**
 * `npm run conformance [-- CORPUS_DIR] [--update] [--jobs N] [--verbose]`: every corpus case
 * through the built CLI on both tracks, one line per case, then `N passed, N failed, N skipped`.
 * Exits 1 if a case listed in test/conformance/passing.json fails (a regression); `--update`
 * rewrites that list from this run.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Verdict } from './check.js';
import { DEFAULT_CORPUS, locateCorpus } from '../support/corpus.js';
import { passingOf, readPassing, regressions, runConformance, writePassing } from './runner.js';

const { values, positionals } = parseArgs({
  options: {
    update: { type: 'boolean' },
    jobs: { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
  },
  allowPositionals: true,
});

const MARK: Readonly<Record<Verdict['status'], string>> = {
  pass: 'PASS',
  fail: 'FAIL',
  skip: 'SKIP',
};

function line(v: Verdict): string {
  const head = `${MARK[v.status]} ${v.track.padEnd(8)} ${v.name}`;
  // Failures always say why; skip reasons only with --verbose.
  const showDetail = v.detail && (v.status === 'fail' || values.verbose);
  return showDetail ? `${head}\n    ${v.detail}` : head;
}

const verdicts = await runConformance({
  // The corpus as the tests find it (KINJECT_CORPUS, else beside the repository).
  corpus: positionals[0] ?? locateCorpus() ?? DEFAULT_CORPUS,
  jobs: Number(values.jobs ?? Math.min(4, os.availableParallelism())),
});
for (const v of verdicts) console.log(line(v));

const count = (s: Verdict['status']): number => verdicts.filter((v) => v.status === s).length;
const regressed = regressions(await readPassing(), verdicts);
for (const v of regressed) console.log(`REGRESSION ${v.track} ${v.name}`);
if (values.update) {
  await writePassing(passingOf(verdicts));
  console.log('updated test/conformance/passing.json');
}
console.log(`${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
process.exitCode = regressed.length > 0 && !values.update ? 1 : 0;
