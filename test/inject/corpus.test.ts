/**
 * Every conformance case straight through prepareInjector / injectObject (no CLI): the
 * output must equal Istio's golden semantically (the corpus's compare.mjs), error cases
 * must fail with Istio's text, expected log lines must be among the warnings, and
 * injecting the output again must change nothing. Needs the corpus (one skip line without).
 */
import t from 'tap';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { prepareInjector } from '../../lib/inject/index.js';
import { loadCorpus } from '../conformance/corpus.js';
import { unstableInIstio } from '../conformance/check.js';
import { corpusDocs, corpusTest } from '../support/corpus.js';
import { caseConfig } from './corpus-config.js';

interface CompareResult {
  equal: boolean;
  differences: unknown[];
}
interface CompareModule {
  compareYamlText(expected: string, actual: string): CompareResult;
  formatDifferences(r: CompareResult, o: { max: number }): string;
}

corpusTest(t, "Istio's conformance cases through injectObject", async (t, corpus) => {
  const compare = (await import(
    pathToFileURL(path.join(corpus, 'compare.mjs')).href
  )) as CompareModule;
  for (const c of await loadCorpus(corpus)) {
    // The corpus skips the FIPS case as process configuration; kinject takes it from `env`.
    await t.test(c.name, { skip: c.settings.compliancePolicy ? false : c.skip }, async (t) => {
      const injector = prepareInjector(caseConfig(c.settings));
      const docs = corpusDocs(path.join(path.relative(corpus, c.dir), 'input.yaml'));
      if ('error' in c.expected) {
        const want = c.expected.error.toLowerCase();
        const err = t.throws(() => docs.forEach((d) => injector.injectObject(d)), {
          code: 'INVALID_ANNOTATION',
        }) as Error;
        t.match(err.message.toLowerCase(), want);
        return;
      }
      const outcomes = docs.map((d) => injector.injectObject(d));
      const actual = outcomes.map((o) => stringify(o.object)).join('---\n');
      const r = compare.compareYamlText(c.expected.yaml, actual);
      t.ok(r.equal, 'equals the golden', {
        diff: r.equal ? '' : compare.formatDifferences(r, { max: 10 }),
      });
      if (c.settings.expectedLog !== undefined) {
        const log = c.settings.expectedLog;
        t.ok(
          outcomes.some((o) => o.warnings.some((w) => w.includes(log))),
          'expected warning',
        );
      }
      // Istio's own second run changes its first here (unstableInIstio has the reason).
      if (unstableInIstio(c.name) !== undefined) return;
      const again = outcomes.map((o) => injector.injectObject(o.object));
      const r2 = compare.compareYamlText(
        actual,
        again.map((o) => stringify(o.object)).join('---\n'),
      );
      t.ok(r2.equal, 'idempotent', {
        diff: r2.equal ? '' : compare.formatDifferences(r2, { max: 10 }),
      });
    });
  }
});
