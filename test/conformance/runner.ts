/** Running the conformance corpus in parallel, and the committed ratchet of passing cases. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/corpus.js';
import { checkCase, loadComparer, spawnCli, type CliRunner, type Verdict } from './check.js';
import { loadCorpus, TRACKS, type Track } from './corpus.js';

/** The committed list of passing cases, per track. */
export const PASSING_FILE = path.join(REPO_ROOT, 'test', 'conformance', 'passing.json');

/** Case names that pass, per track. */
export type Passing = Record<Track, string[]>;

/** What to run, and how. */
export interface RunOptions {
  corpus: string;
  /** Parallel kinject processes. */
  jobs: number;
  /** Run only these (case, track) pairs; all when undefined. */
  only?: Passing;
  /** How kinject is run (default: the built CLI, spawned). */
  runner?: CliRunner;
  /** Called as each verdict arrives (for progress output). */
  onVerdict?: (v: Verdict) => void;
}

/** Every (case, track) pair the options select, judged; verdicts in corpus order. */
export async function runConformance(opts: RunOptions): Promise<Verdict[]> {
  const cases = await loadCorpus(opts.corpus);
  const comparer = await loadComparer(opts.corpus);
  const work = await mkdtemp(path.join(os.tmpdir(), 'kinject-conformance-'));
  const jobs = cases.flatMap((c) =>
    TRACKS.filter((t) => !opts.only || opts.only[t].includes(c.name)).map((t) => ({ c, t })),
  );
  try {
    return await mapParallel(jobs, opts.jobs, async ({ c, t }, i) => {
      const v = await checkCase(
        opts.corpus,
        c,
        t,
        comparer,
        path.join(work, String(i)),
        opts.runner ?? spawnCli,
      );
      opts.onVerdict?.(v);
      return v;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** `fn` over `items` with at most `limit` running at once; results in item order. */
async function mapParallel<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** The committed ratchet (empty lists if there is none yet). */
export async function readPassing(): Promise<Passing> {
  const text = await readFile(PASSING_FILE, 'utf8').catch(() => '{}');
  const raw = JSON.parse(text) as Partial<Passing>;
  return { cluster: raw.cluster ?? [], embedded: raw.embedded ?? [] };
}

/** The passing cases of a run, sorted, as the ratchet stores them. */
export function passingOf(verdicts: readonly Verdict[]): Passing {
  const of = (t: Track): string[] =>
    verdicts
      .filter((v) => v.track === t && v.status === 'pass')
      .map((v) => v.name)
      .sort();
  return { cluster: of('cluster'), embedded: of('embedded') };
}

/** Record the ratchet (sorted lists, one name per line, so diffs are readable). */
export async function writePassing(passing: Passing): Promise<void> {
  await writeFile(PASSING_FILE, `${JSON.stringify(passing, null, 2)}\n`);
}

/** Listed cases that did not pass: the regressions the ratchet forbids. */
export function regressions(listed: Passing, verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.filter((v) => v.status !== 'pass' && listed[v.track].includes(v.name));
}
