/**
 * Every conformance case straight through prepareInjector / injectObject (no CLI): the
 * output must equal Istio's golden semantically (the corpus's compare.mjs), error cases
 * must fail with Istio's text, expected log lines must be among the warnings, and
 * injecting the output again must change nothing.
 */
import t from 'tap';
import path from 'node:path';
import { stringify } from 'yaml';
import { prepareInjector } from '../../lib/inject/index.js';
import { loadCorpus } from '../conformance/corpus.js';
import { caseConfig, CORPUS, corpusText, yamlDocs } from './corpus-config.js';
/**
 * Cases where Istio itself is not idempotent and kinject follows Istio on the first run:
 * merge-probers is a pod injected by an older Istio (proxy in `containers`); Istio keeps
 * the old proxy's settings once, while moving it to a native sidecar, and drops them on
 * the next run.
 */
const NOT_IDEMPOTENT_IN_ISTIO = new Set(['merge-probers']);
const compare = (await import(path.join(CORPUS, 'compare.mjs')));
const cases = await loadCorpus(CORPUS);
for (const c of cases) {
    // The corpus skips the FIPS case as process configuration; kinject takes it from `env`.
    t.test(c.name, { skip: c.settings.compliancePolicy ? false : c.skip }, async (t) => {
        const injector = prepareInjector(caseConfig(c.settings));
        const docs = yamlDocs(corpusText(path.join(path.relative(CORPUS, c.dir), 'input.yaml')));
        if ('error' in c.expected) {
            const want = c.expected.error.toLowerCase();
            const err = t.throws(() => docs.forEach((d) => injector.injectObject(d)), {
                code: 'INVALID_ANNOTATION',
            });
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
            t.ok(outcomes.some((o) => o.warnings.some((w) => w.includes(log))), 'expected warning');
        }
        if (!NOT_IDEMPOTENT_IN_ISTIO.has(c.name)) {
            const again = outcomes.map((o) => injector.injectObject(o.object));
            const r2 = compare.compareYamlText(actual, again.map((o) => stringify(o.object)).join('---\n'));
            t.ok(r2.equal, 'idempotent', {
                diff: r2.equal ? '' : compare.formatDifferences(r2, { max: 10 }),
            });
        }
    });
}
//# sourceMappingURL=corpus.test.js.map