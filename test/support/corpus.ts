/**
 * Istio's conformance corpus (Istio's own kube-inject golden files and the injector
 * configuration they ran with): where it is, and how the tests that need it skip when it is
 * not there. It is never part of this repository; tests read it in place, from
 * `KINJECT_CORPUS` if set, else from `../shared/conformance/istio` beside the repository
 * (where CI and the team's workspace have it). Every test that reads it goes through here,
 * so a fresh clone runs everything else and says, once per skipped test, what it skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';
import { parseAllDocuments } from 'yaml';
import { PARSE_OPTIONS } from '../../lib/yaml/schema.js';
import { isJsonMap, type JsonMap } from '../../lib/go/json-map.js';

/** The repository root (this file runs as dist/test/support/corpus.js). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the corpus is looked for when `KINJECT_CORPUS` is not set. */
export const DEFAULT_CORPUS = path.join(REPO_ROOT, '..', 'shared', 'conformance', 'istio');

/**
 * The corpus folder, or `undefined` when there is none. `KINJECT_CORPUS=none` runs as a
 * fresh clone does (no corpus, even if one is beside the repository). An explicit
 * `KINJECT_CORPUS` that does not hold a corpus is a mistake, not a reason to skip: it throws.
 */
export function locateCorpus(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env['KINJECT_CORPUS'];
  if (explicit === 'none') return undefined;
  if (explicit) {
    const dir = path.resolve(explicit);
    if (!existsSync(path.join(dir, 'cases.json')))
      throw new Error(`KINJECT_CORPUS=${explicit}: no conformance corpus there (no cases.json)`);
    return dir;
  }
  return existsSync(path.join(DEFAULT_CORPUS, 'cases.json')) ? DEFAULT_CORPUS : undefined;
}

/** The corpus of this run, or `undefined` (the tests that need it skip). */
export const CORPUS: string | undefined = locateCorpus();

/**
 * The tap `skip` option for a test that needs the corpus: `false` when it is here, else the
 * reason tap prints on the test's line (`ok N - NAME # SKIP …`): what is missing and where
 * the corpus comes from.
 */
export function corpusSkip(): string | false {
  if (CORPUS !== undefined) return false;
  const where = path.relative(process.cwd(), DEFAULT_CORPUS) || DEFAULT_CORPUS;
  return `needs Istio's conformance corpus (Istio's kube-inject goldens), not found: set KINJECT_CORPUS=DIR or put it at ${where}`;
}

/**
 * A subtest of `parent` that needs the corpus: skipped with {@link corpusSkip}'s line
 * without it, else run with the corpus folder. (`parent` is passed in, not imported, so
 * scripts such as `npm run conformance` can use this module without loading tap.)
 */
export function corpusTest(
  parent: Test,
  name: string,
  fn: (t: Test, corpus: string) => Promise<void>,
): ReturnType<Test['test']> {
  return parent.test(name, { skip: corpusSkip() }, (t) => fn(t, requireCorpus()));
}

/** The corpus folder; only for code that runs when {@link corpusSkip} said `false`. */
export function requireCorpus(): string {
  if (CORPUS === undefined) throw new Error(String(corpusSkip()));
  return CORPUS;
}

/** A corpus file's text (`rel` as in the corpus README, e.g. `base/values.json`). */
export function corpusText(rel: string): string {
  return readFileSync(path.join(requireCorpus(), rel), 'utf8');
}

/** The objects of a corpus YAML file, as Kubernetes reads them (empty documents dropped). */
export function corpusDocs(rel: string): JsonMap[] {
  return yamlObjects(corpusText(rel));
}

/** The non-empty object documents of a YAML text. */
export function yamlObjects(src: string): JsonMap[] {
  return parseAllDocuments(src, PARSE_OPTIONS)
    .map((d) => d.toJS() as unknown)
    .filter(isJsonMap);
}
