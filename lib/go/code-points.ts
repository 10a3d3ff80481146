/**
 * Tests of one code point against a Unicode property pattern (`\p{Lu}`, `[\p{L}\p{Nd}]` …),
 * each compiled on its first call. Making a `\p{}` pattern reads Unicode's tables (0.05 to
 * 0.7 ms each, cold): made as their modules loaded, ten of them cost ~1.3 ms of every start,
 * though callers decide ASCII, nearly all a run sees, without them.
 */

/** Whether a whole string matches `pattern` (anchored here), compiled on the first call. */
export function stringTest(pattern: string): (s: string) => boolean {
  let re: RegExp | undefined;
  return (s) => (re ??= new RegExp(`^${pattern}$`, 'u')).test(s);
}

/** Whether code point `r` matches `pattern`, a pattern for one character (anchored here). */
export function codePointTest(pattern: string): (r: number) => boolean {
  const test = stringTest(pattern);
  return (r) => test(String.fromCodePoint(r));
}
