/** Helm's typing of a `--set` value. */
export declare function typeSetValue(raw: string): unknown;
/**
 * Parse one `--set` argument into `data` (a fresh tree by default), e.g. `a.b=1,c[0]=x` →
 * `{a: {b: 1}, c: ['x']}`. As with Helm, several `--set`s parse into the same tree, so
 * `a[0].x=1` then `a[0].y=2` both land in `a[0]`. Throws a CONFIG KinjectError with Helm's message.
 */
export declare function parseSetValues(expr: string, data?: Record<string, unknown>): Record<string, unknown>;
