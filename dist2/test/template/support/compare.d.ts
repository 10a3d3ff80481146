/**
 * Comparing what kinject's template engine did with what Go did, and saying how they differ.
 */
/** The result of rendering a template: its output, or its error message. */
export interface Outcome {
    output?: string;
    error?: string;
    /** The parsed main template printed back (Go's `Tree.Root.String()`), when it parsed. */
    tree?: string;
}
/** How two outcomes disagree, for grouping failures in reports. */
export type DivergenceKind = 'output differs' | 'Go failed, kinject rendered' | 'kinject failed, Go rendered' | 'error location differs' | 'error message differs' | 'JS exception' | 'parse tree prints differently' | 'kinject failed to parse, Go parsed';
/** A disagreement between Go and kinject. */
export interface Divergence {
    kind: DivergenceKind;
    /** Human-readable explanation with both sides. */
    detail: string;
}
/** Marks error texts that are JavaScript exceptions escaping the engine, not Go errors. */
export declare const JS_EXCEPTION_TAG = "[JS exception]";
/**
 * The part of a Go template error that says where it happened: `template: NAME:LINE:`.
 * Errors without a line (e.g. an incomplete template) are compared whole.
 */
export declare function extractErrorPrefix(message: string): string;
/**
 * How kinject's outcome differs from Go's, or `undefined` when they agree: outputs must be
 * byte-for-byte equal; errors must agree on `template: NAME:LINE:` (whole message if `strict`);
 * then the parse trees must print back the same.
 */
export declare function compareOutcomes(want: Outcome, got: Outcome, strict?: boolean): Divergence | undefined;
