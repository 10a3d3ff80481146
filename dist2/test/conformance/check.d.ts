import { type Case, type Track } from './corpus.js';
/** What one run of kinject did. */
export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}
/** The verdict on one case on one track. */
export interface Verdict {
    name: string;
    track: Track;
    status: 'pass' | 'fail' | 'skip';
    /** Why it failed or was skipped (first lines only). */
    detail?: string;
}
/** The part of the corpus's compare.mjs the runner uses. */
interface Comparer {
    compareYamlText(expected: string, actual: string): {
        equal: boolean;
        differences: unknown[];
    };
    formatDifferences(result: {
        equal: boolean;
        differences: unknown[];
    }, opts: {
        max: number;
    }): string;
}
/** Load compare.mjs from the corpus (it is plain JS, so its shape is asserted here). */
export declare function loadComparer(corpus: string): Promise<Comparer>;
/** A way to run kinject: the built CLI in a process of its own, or `main` in-process. */
export type CliRunner = (args: readonly string[], stdin?: string) => Promise<CliRun>;
/** Run `node dist/cli/bin.js ARGS` with `stdin`, as a user would. */
export declare const spawnCli: CliRunner;
/** Run and judge one case on one track; `workDir` is a scratch folder of its own. */
export declare function checkCase(corpus: string, c: Case, track: Track, comparer: Comparer, workDir: string, runCli?: CliRunner): Promise<Verdict>;
export {};
