import type { CaseInput } from './case-files.js';
/** What Go made of a case: its output, or its error message. */
export interface OracleResult {
    output?: string;
    error?: string;
    /** The parsed main template printed back, when parsing succeeded. */
    tree?: string;
    /** The output was not valid UTF-8, so `output` is not byte-exact. */
    invalidUTF8?: boolean;
}
/** A built oracle binary; `dispose` removes it. */
export interface Oracle {
    run(cases: readonly CaseInput[]): OracleResult[];
    dispose(): void;
}
/**
 * Why the oracle cannot be built here (no `go`, no sprig), or `undefined` if it can.
 */
export declare function explainMissingGo(): string | undefined;
/** Compile the oracle into a fresh temp folder. Throws with Go's output if the build fails. */
export declare function buildOracle(): Oracle;
