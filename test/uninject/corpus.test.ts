/**
 * uninject(inject(x)) = x for every input of the conformance corpus (cluster track, each
 * case's configuration), compared with the corpus's own comparer; an input that was
 * injected already compares with its own uninjection. A document injection rewrote is
 * written back through its Go type as kube-inject does (zero-valued `status`, `{}` marks):
 * x is compared as that write-back leaves it, which uninject cannot know it did not write.
 * Skips when the corpus is absent.
 */
import type { JsonMap } from '../../lib/go/json-map.js';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { parseAllDocuments, stringify } from 'yaml';
import { roundTripObject } from '../../lib/goview/index.js';
import { dropSerializerNoise } from '../../lib/inject/serializer-noise.js';
import { deepEqual } from '../../lib/yaml/match.js';
import { loadComparer } from '../conformance/check.js';
import { caseArgs, loadCorpus, skipReason } from '../conformance/corpus.js';
import { inProcessCli } from '../conformance/in-process.js';
import { corpusTest } from '../support/corpus.js';

/** The documents of `x` that injection changed, as its Go write-back leaves them apart from the injection. */
function asWrittenBack(x: string, injected: string): string {
  const before = parseAllDocuments(x).map((d) => d.toJS() as unknown);
  const after = parseAllDocuments(injected).map((d) => d.toJS() as unknown);
  return before
    .map((doc, i) =>
      stringify(
        deepEqual(doc, after[i]) ? doc : dropSerializerNoise(doc, roundTripObject(doc as JsonMap)),
      ),
    )
    .join('---\n');
}

/** Cases uninject cannot restore from the pod alone, and why. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'custom-template':
    'a custom template adds annotations of its own; uninject knows Istio’s templates',
  'merge-probers':
    'the user wrote the number of a named port; injection records both as the number, uninject reads it as the name',
};

/** YAML text without empty mappings (Go's write-back leaves `metadata: {}` marks where none were). */
function withoutEmptyMaps(text: string): string {
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prune);
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v).map(([k, x]) => [k, prune(x)] as const);
    return Object.fromEntries(
      entries.filter(
        ([, x]) =>
          !(
            typeof x === 'object' &&
            x !== null &&
            !Array.isArray(x) &&
            Object.keys(x).length === 0
          ),
      ),
    );
  };
  return parseAllDocuments(text)
    .map((d) => stringify(prune(d.toJS())))
    .join('---\n');
}

await corpusTest(t, 'uninject(inject(x)) = x for the corpus inputs', async (t, corpus) => {
  const comparer = await loadComparer(corpus);
  const cases = (await loadCorpus(corpus)).filter(
    (c) => !('error' in c.expected) && skipReason(c) === undefined,
  );
  const work = await mkdtemp(path.join(os.tmpdir(), 'kinject-uninject-'));
  for (const c of cases) {
    const input = await readFile(path.join(c.dir, 'input.yaml'), 'utf8');
    const args = await caseArgs(corpus, c, 'cluster', path.join(work, c.name));
    const injected = await inProcessCli([...args, '-q'], input);
    t.equal(injected.status, 0, `${c.name}: injects`, { detail: injected.stderr });
    const back = await inProcessCli(['uninject', '-q'], injected.stdout);
    t.equal(back.status, 0, `${c.name}: uninjects`, { detail: back.stderr });
    const originals = input.includes('sidecar.istio.io/status')
      ? [(await inProcessCli(['uninject', '-q'], input)).stdout]
      : [input, asWrittenBack(input, injected.stdout)];
    const results = originals.map((x) =>
      comparer.compareYamlText(withoutEmptyMaps(x), withoutEmptyMaps(back.stdout)),
    );
    const gap = KNOWN_GAPS[c.name];
    t.equal(
      results.some((r) => r.equal),
      gap === undefined,
      `${c.name}: uninject(inject(x)) = x`,
      {
        diff: comparer.formatDifferences(results[results.length - 1], { max: 5 }),
        ...(gap === undefined ? {} : { todo: gap }),
      },
    );
  }
});
