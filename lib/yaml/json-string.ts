/**
 * Where a JSON string ends, found by a scan of its characters. The regular expression for a
 * string, `"(?:[^"\\]|\\.)*"`, backtracks through a stack that grows with the string: a
 * 20 MB annotation overflowed it (RangeError), which made an internal error of a manifest
 * that is fine, or placed a JSON error at 1:1.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** What may follow a backslash, but `u`. */
const ESCAPED = new Set([...'"\\/bfnrt']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * The offset just past the JSON string whose opening quote is at `from`, or -1 where the
 * text there is no JSON string: an escape JSON does not have, a control character below
 * U+0020, or no closing quote.
 */
export function jsonStringEnd(text: string, from: number): number {
  if (text.charCodeAt(from) !== QUOTE) return -1;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c < 0x20) return -1;
    if (c !== BACKSLASH) continue;
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      if (!HEX4.test(text.slice(i + 2, i + 6))) return -1;
      i += 5;
    } else if (ESCAPED.has(next)) i++;
    else return -1;
  }
  return -1;
}
