/**
 * What happened to each resource of a run, as data (for `--json`-style consumers and tests)
 * and as the one-line-per-resource text the CLI prints on stderr.
 */
import type { Position } from '../errors.js';
/** How much a result matters: `info` lines are hidden by `--quiet`. */
export type Severity = 'error' | 'warning' | 'info';
/** What happened to a resource. */
export type ResultCode = 'INJECTED' | 'SKIPPED' | 'UNINJECTED' | 'PASSED_THROUGH' | 'ISTIO_WARNING';
/** The Kubernetes object a result is about. */
export interface ResourceRef {
    apiVersion?: string;
    kind?: string;
    name?: string;
    namespace?: string;
}
/** One line of the report. */
export interface Result {
    severity: Severity;
    code: ResultCode;
    message: string;
    /** For INJECTED / SKIPPED: the injector's reason code (e.g. `HOST_NETWORK`). */
    reason?: string;
    resourceRef: ResourceRef;
    /** The input file as the user named it, and the 0-based document index within it. */
    file: {
        path: string;
        index: number;
    };
    pos?: Position;
}
/** Results in a stable order: by file, document, position, then severity (most severe first). */
export declare function sortResults(results: readonly Result[]): Result[];
/** `Deployment sample/hello` (namespace and kind left out when unknown). */
export declare function formatResourceRef(ref: ResourceRef): string;
/** One line: `FILE:LINE: Deployment sample/hello: injected`. */
export declare function formatResult(r: Result): string;
/** The report for stderr: sorted, one line each; `quiet` keeps only warnings and errors. */
export declare function renderReport(results: readonly Result[], quiet?: boolean): string;
