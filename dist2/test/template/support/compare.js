/**
 * Comparing what kinject's template engine did with what Go did, and saying how they differ.
 */
/** Marks error texts that are JavaScript exceptions escaping the engine, not Go errors. */
export const JS_EXCEPTION_TAG = '[JS exception]';
/**
 * The part of a Go template error that says where it happened: `template: NAME:LINE:`.
 * Errors without a line (e.g. an incomplete template) are compared whole.
 */
export function extractErrorPrefix(message) {
    return /^template: [^:]*:\d+:/.exec(message)?.[0] ?? message;
}
/** Where two strings first differ, with a little context on each side. */
function locateFirstDifference(want, got) {
    let i = 0;
    while (i < want.length && i < got.length && want[i] === got[i])
        i++;
    const from = Math.max(0, i - 20);
    const show = (s) => JSON.stringify(s.slice(from, i + 30));
    return `first difference at offset ${i}:\n    go:      ${show(want)}\n    kinject: ${show(got)}`;
}
/** Explain a difference between two rendered outputs. */
function describeOutputs(want, got) {
    return `output differs\n  go:      ${JSON.stringify(want)}\n  kinject: ${JSON.stringify(got)}\n  ${locateFirstDifference(want, got)}`;
}
/** Compare two errors: by location prefix, or the whole message when `strict`. */
function compareErrors(want, got, strict) {
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
export function compareOutcomes(want, got, strict = false) {
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
function compareTrees(want, got) {
    if (want === undefined || want === got)
        return undefined;
    if (got === undefined)
        return {
            kind: 'kinject failed to parse, Go parsed',
            detail: `go tree: ${JSON.stringify(want)}`,
        };
    const detail = `go tree:      ${JSON.stringify(want)}\n  kinject tree: ${JSON.stringify(got)}\n  ${locateFirstDifference(want, got ?? '')}`;
    return { kind: 'parse tree prints differently', detail };
}
//# sourceMappingURL=compare.js.map