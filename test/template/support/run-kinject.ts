/**
 * Render a corpus or fuzz case with kinject's template engine, the way the Go oracle renders it.
 */
import { Template, sprigFuncs } from '../../../lib/go-template.js';
import type { CaseInput } from './case-files.js';
import { JS_EXCEPTION_TAG, type Outcome } from './compare.js';

/** JavaScript's own exception types: if one escapes the engine, it is a bug, not a Go error. */
const JS_EXCEPTIONS: readonly (new (...args: never[]) => Error)[] = [
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
];

/** Turn whatever the engine threw into an error text, tagging JavaScript exceptions. */
function describeThrown(e: unknown): string {
  if (!(e instanceof Error)) return `${JS_EXCEPTION_TAG} non-Error thrown: ${String(e)}`;
  if (JS_EXCEPTIONS.some((type) => e instanceof type))
    return `${JS_EXCEPTION_TAG} ${e.name}: ${e.message}`;
  return e.message;
}

/**
 * Parse and execute a case, and print its parse tree back as Go's `Tree.Root.String()` does. As in the oracle: the template is named `tname ?? name`, `sprig`
 * cases get sprig's function map, and JSON `null` as the whole data is Go's nil interface,
 * which text/template sees as no value at all (`undefined`).
 */
export function renderWithKinject(c: CaseInput): Outcome {
  let tree: string | undefined;
  try {
    let t = new Template(c.tname ?? c.name);
    if (c.funcs === 'sprig') t = t.funcs(sprigFuncs);
    for (const option of c.option?.split(',') ?? []) t = t.option(option);
    t = t.parse(c.template);
    tree = t.toString();
    return { output: t.execute(c.data ?? undefined), tree };
  } catch (e) {
    return { error: describeThrown(e), ...(tree !== undefined ? { tree } : {}) };
  }
}
