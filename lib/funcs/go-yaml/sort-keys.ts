/**
 * The order gopkg.in/yaml.v2 writes map keys in (its `keyList.Less`) for string keys:
 * letters after non-letters, and runs of digits compared by value, so `a2` < `a10`.
 * The order is not transitive for some keys with zeros before letters (`a0b` < `a1` < `a01`
 * < `a0b`); Go then sorts Go's random map order into varying results, so no single answer
 * exists to match.
 */

import { codePointTest } from '../../go/code-points.js';

const isUnicodeLetter = codePointTest('\\p{L}');
const isUnicodeDigit = codePointTest('\\p{Nd}');

// ASCII, which nearly every key is, is decided without building a string to test.
function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return isUnicodeLetter(cp);
}

function isDigit(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return isUnicodeDigit(cp);
}

/** The value of the digit run at `from` (wrapping like Go's int64) and where it ends. */
function digitRun(s: readonly number[], from: number, start: bigint): { n: bigint; end: number } {
  let n = start;
  let end = from;
  while (isDigit(s[end])) {
    n = BigInt.asIntN(64, n * 10n + BigInt((s[end] ?? 0) - 48));
    end++;
  }
  return { n, end };
}

/** Non-letters that differ: compare the numbers they start (yaml.v2's natural order). */
function compareNumbers(a: readonly number[], b: readonly number[], i: number): number {
  const ca = a[i] ?? 0;
  const cb = b[i] ?? 0;
  // A zero continuing a number that already has a non-zero digit is an ordinary digit.
  let seed = 0n;
  if (ca === 48 || cb === 48) {
    for (let j = i - 1; j >= 0 && isDigit(a[j]); j--) {
      if (a[j] !== 48) {
        seed = 1n;
        break;
      }
    }
  }
  const ra = digitRun(a, i, seed);
  const rb = digitRun(b, i, seed);
  if (ra.n !== rb.n) return ra.n < rb.n ? -1 : 1;
  if (ra.end !== rb.end) return ra.end - rb.end;
  return ca - cb;
}

/**
 * Compare two map keys, given as their code points (worked out once per key, not once per
 * comparison), the way yaml.v2 sorts them (negative: `a` first).
 */
export function compareYamlKeyPoints(ra: readonly number[], rb: readonly number[]): number {
  for (let i = 0; i < ra.length && i < rb.length; i++) {
    const ca = ra[i] ?? 0;
    const cb = rb[i] ?? 0;
    if (ca === cb) continue;
    const al = isLetter(ca);
    const bl = isLetter(cb);
    if (al && bl) return ca - cb;
    if (al || bl) return al ? 1 : -1;
    return compareNumbers(ra, rb, i);
  }
  return ra.length - rb.length;
}
