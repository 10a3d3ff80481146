/**
 * Go's `strconv` quoting: Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote,
 * IsPrint — on JavaScript strings, read as sequences of Unicode code points.
 */

// Go's IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go's `strconv.IsPrint` for one code point. */
export function isPrint(r: number): boolean {
  return r >= 0 && r <= 0x10ffff && PRINTABLE.test(String.fromCodePoint(r));
}

// Escapes with a letter, as Go writes them.
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x0b: '\\v',
};

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** One code point as it appears inside a Go quoted literal. */
function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCodePoint(r);
  const printable = asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r);
  if (printable) return String.fromCodePoint(r);
  const short = SHORT_ESCAPES[r];
  if (short !== undefined) return short;
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  const q = String.fromCharCode(quote);
  let out = q;
  for (const ch of s) out += escapeRune(ch.codePointAt(0) ?? 0, quote, asciiOnly);
  return out + q;
}

/** Go's `strconv.Quote` (`asciiOnly`: `strconv.QuoteToASCII`). */
export function quote(s: string, asciiOnly = false): string {
  return quoteWith(s, 0x22, asciiOnly);
}

/** Go's `strconv.QuoteRune` (`asciiOnly`: `QuoteRuneToASCII`); invalid code points become U+FFFD. */
export function quoteRune(r: number, asciiOnly = false): string {
  const valid = r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);
  return quoteWith(String.fromCodePoint(valid ? r : 0xfffd), 0x27, asciiOnly);
}

/** Go's `strconv.CanBackquote`: no control characters but tab, no backquote, no BOM. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const r = ch.codePointAt(0) ?? 0;
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f || r === 0xfeff) return false;
    // A lone surrogate stands for invalid UTF-8.
    if (r >= 0xd800 && r <= 0xdfff) return false;
  }
  return true;
}
