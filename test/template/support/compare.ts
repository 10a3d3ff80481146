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
export type DivergenceKind =
  | 'output differs'
  | 'Go failed, kinject rendered'
  | 'kinject failed, Go rendered'
  | 'error location differs'
  | 'error message differs'
  | 'JS exception'
  | 'parse tree prints differently'
  | 'kinject failed to parse, Go parsed';

/** A disagreement between Go and kinject. */
export interface Divergence {
  kind: DivergenceKind;
  /** Human-readable explanation with both sides. */
  detail: string;
}

/** Marks error texts that are JavaScript exceptions escaping the engine, not Go errors. */
export const JS_EXCEPTION_TAG = '[JS exception]';

/**
 * The part of a Go template error that says where it happened: `template: NAME:LINE:`.
 * Errors without a line (e.g. an incomplete template) are compared whole.
 */
export function extractErrorPrefix(message: string): string {
  return /^template: [^:]*:\d+:/.exec(message)?.[0] ?? message;
}

/** Where two strings first differ, with a little context on each side. */
function locateFirstDifference(want: string, got: string): string {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  const from = Math.max(0, i - 20);
  const show = (s: string): string => JSON.stringify(s.slice(from, i + 30));
  return `first difference at offset ${i}:\n    go:      ${show(want)}\n    kinject: ${show(got)}`;
}

/** Explain a difference between two rendered outputs. */
function describeOutputs(want: string, got: string): string {
  return `output differs\n  go:      ${JSON.stringify(want)}\n  kinject: ${JSON.stringify(got)}\n  ${locateFirstDifference(want, got)}`;
}

/** Compare two errors: by location prefix, or the whole message when `strict`. */
function compareErrors(want: string, got: string, strict: boolean): Divergence | undefined {
  if (got.startsWith(JS_EXCEPTION_TAG))
    return { kind: 'JS exception', detail: `go error: ${want}\n  kinject threw: ${got}` };
  if (extractErrorPrefix(want) !== extractErrorPrefix(got)) {
    return {
      kind: 'error location differs',
      detail: `go error:      ${want}\n  kinject error: ${got}`,
    };
  }
  if (strict && want !== got)
    return {
      kind: 'error message differs',
      detail: `go error:      ${want}\n  kinject error: ${got}`,
    };
  return undefined;
}

/**
 * How kinject's outcome differs from Go's, or `undefined` when they agree: outputs must be
 * byte-for-byte equal; errors must agree on `template: NAME:LINE:` (whole message if `strict`);
 * then the parse trees must print back the same.
 */
export function compareOutcomes(
  want: Outcome,
  got: Outcome,
  strict = false,
): Divergence | undefined {
  if (want.error !== undefined) {
    if (got.error === undefined) {
      return {
        kind: 'Go failed, kinject rendered',
        detail: `go error: ${want.error}\n  kinject output: ${JSON.stringify(got.output)}`,
      };
    }
    return compareErrors(want.error, got.error, strict) ?? compareTrees(want.tree, got.tree);
  }
  if (got.error !== undefined) {
    const kind = got.error.startsWith(JS_EXCEPTION_TAG)
      ? 'JS exception'
      : 'kinject failed, Go rendered';
    return {
      kind,
      detail: `go output: ${JSON.stringify(want.output)}\n  kinject error: ${got.error}`,
    };
  }
  if (want.output !== got.output)
    return { kind: 'output differs', detail: describeOutputs(want.output ?? '', got.output ?? '') };
  return compareTrees(want.tree, got.tree);
}

/** The parse trees printed back must agree too (checked only where Go recorded one). */
function compareTrees(want: string | undefined, got: string | undefined): Divergence | undefined {
  if (want === undefined || want === got) return undefined;
  if (got === undefined)
    return {
      kind: 'kinject failed to parse, Go parsed',
      detail: `go tree: ${JSON.stringify(want)}`,
    };
  const detail = `go tree:      ${JSON.stringify(want)}\n  kinject tree: ${JSON.stringify(got)}\n  ${locateFirstDifference(want, got ?? '')}`;
  return { kind: 'parse tree prints differently', detail };
}
