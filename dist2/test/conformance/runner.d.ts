import { type CliRunner, type Verdict } from './check.js';
import { type Track } from './corpus.js';
/** The repository root (this file is dist/test/conformance/runner.js). */
export declare const REPO_ROOT: string;
/** The corpus, beside the repository. */
export declare const DEFAULT_CORPUS: string;
/** The committed list of passing cases, per track. */
export declare const PASSING_FILE: string;
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
export declare function runConformance(opts: RunOptions): Promise<Verdict[]>;
/** The committed ratchet (empty lists if there is none yet). */
export declare function readPassing(): Promise<Passing>;
/** The passing cases of a run, sorted, as the ratchet stores them. */
export declare function passingOf(verdicts: readonly Verdict[]): Passing;
/** Record the ratchet (sorted lists, one name per line, so diffs are readable). */
export declare function writePassing(passing: Passing): Promise<void>;
/** Listed cases that did not pass: the regressions the ratchet forbids. */
export declare function regressions(listed: Passing, verdicts: readonly Verdict[]): Verdict[];
