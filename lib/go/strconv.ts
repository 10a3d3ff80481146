/**
 * Go's `strconv` quoting: Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote,
 * IsPrint, Unquote, UnquoteChar — on JavaScript strings, read as sequences of Unicode code
 * points; and fmt's `%#U`, which is built on IsPrint.
 */

import { codePointTest } from './code-points.js';

// Go's IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const isPrintable = codePointTest('[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]');

/**
 * Code points (hex, ranges inclusive) that JavaScript's newer Unicode tables class as
 * printable but Go 1.19 (Unicode 13) does not, because they were assigned later. Found by
 * comparing strconv.IsPrint over all code points with the pattern above.
 */
const ASSIGNED_AFTER_GO_TEXT =
  '61d 870-88f 897-89f 8b5 8c8-8d2 c3c c5c-c5d cdc-cdd cf3 ece 170d 1715 171f 180f 1ac1-1add ' +
  '1ae0-1aeb 1b4c 1b4e-1b4f 1b7d-1b7f 1c89-1c8a 1dfa 20c0-20c1 2427-2429 2b96 2c2f 2c5f 2e53-2e5d ' +
  '2ffc-2fff 31e4-31e5 31ef 9ffd-9fff a7c0-a7c1 a7cb-a7dc a7f1-a7f4 fbc2-fbd2 fd40-fd4f fd90-fd91 ' +
  'fdc8-fdcf fdfe-fdff 10570-1057a 1057c-1058a 1058c-10592 10594-10595 10597-105a1 105a3-105b1 ' +
  '105b3-105b9 105bb-105bc 105c0-105f3 10780-10785 10787-107b0 107b2-107ba 10940-10959 10d40-10d65 ' +
  '10d69-10d85 10d8e-10d8f 10ec2-10ec7 10ed0-10ed8 10efa-10eff 10f70-10f89 11070-11075 110c2 ' +
  '1123f-11241 11380-11389 1138b 1138e 11390-113b5 113b7-113c0 113c2 113c5 113c7-113ca 113cc-113d5 ' +
  '113d7-113d8 113e1-113e2 116b9 116d0-116e3 11740-11746 11ab0-11abf 11b00-11b09 11b60-11b67 ' +
  '11bc0-11be1 11bf0-11bf9 11db0-11ddb 11de0-11de9 11f00-11f10 11f12-11f3a 11f3e-11f5a 12f90-12ff2 ' +
  '1342f 13440-13455 13460-143fa 16100-16139 16a70-16abe 16ac0-16ac9 16d40-16d79 16ea0-16eb8 ' +
  '16ebb-16ed3 16ff2-16ff6 187f8-187ff 18cff 18d09-18d1e 18d80-18df2 1aff0-1aff3 1aff5-1affb ' +
  '1affd-1affe 1b11f-1b122 1b132 1b155 1cc00-1ccfc 1cd00-1ceb3 1ceba-1ced0 1cee0-1cef0 1cf00-1cf2d ' +
  '1cf30-1cf46 1cf50-1cfc3 1d1e9-1d1ea 1d2c0-1d2d3 1df00-1df1e 1df25-1df2a 1e030-1e06d 1e08f ' +
  '1e290-1e2ae 1e4d0-1e4f9 1e5d0-1e5fa 1e5ff 1e6c0-1e6de 1e6e0-1e6f5 1e6fe-1e6ff 1e7e0-1e7e6 ' +
  '1e7e8-1e7eb 1e7ed-1e7ee 1e7f0-1e7fe 1f6d8 1f6dc-1f6df 1f774-1f77f 1f7d9 1f7f0 1f8b2-1f8bb ' +
  '1f8c0-1f8c1 1f8d0-1f8d8 1f979 1f9cc 1fa54-1fa57 1fa75-1fa77 1fa7b-1fa7c 1fa87-1fa8a 1fa8e-1fa8f ' +
  '1faa9-1faaf 1fab7-1fabf 1fac3-1fac6 1fac8 1facd-1facf 1fad7-1fadc 1fadf-1faea 1faef-1faf8 ' +
  '1fbcb-1fbef 1fbfa 2a6de-2a6df 2b735-2b73f 2cea2-2cead 2ebf0-2ee5d 31350-33479';

let assignedAfterGo: ReadonlyArray<readonly [number, number]> | undefined;

/**
 * {@link ASSIGNED_AFTER_GO_TEXT} as ranges, made on first use: at the module's top level its
 * ~160 splits cost about 0.6 ms of every start (timed alone, cold), and most runs never ask
 * (quoting ASCII text does not).
 */
function assignedAfterGoRanges(): ReadonlyArray<readonly [number, number]> {
  return (assignedAfterGo ??= ASSIGNED_AFTER_GO_TEXT.split(' ').map((item) => {
    const [lo = '0', hi = lo] = item.split('-');
    return [parseInt(lo, 16), parseInt(hi, 16)] as const;
  }));
}

/** Is r in one of the sorted, disjoint ranges? */
function inRanges(r: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid] ?? [0, -1];
    if (r < a) hi = mid - 1;
    else if (r > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Go's `strconv.IsPrint` for one code point. */
export function isPrint(r: number): boolean {
  // In ASCII the printable ones are the space and what follows it up to `~`.
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return r <= 0x10ffff && isPrintable(r) && !inRanges(r, assignedAfterGoRanges());
}

// Escapes with a letter, as Go writes them.
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
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

/** Printable ASCII with no double quote or backslash: Quote leaves it as it is (most template values). */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  const q = String.fromCharCode(quote);
  if (quote === 0x22 && PLAIN_ASCII.test(s)) return q + s + q;
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

const UNESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** fmt's `%#U`: `U+0023 '#'` (the character only when printable). */
export function formatRune(cp: number): string {
  const code = 'U+' + hex(cp, 4).toUpperCase();
  return isPrint(cp) ? `${code} '${String.fromCodePoint(cp)}'` : code;
}

/** strconv.ErrSyntax's text. */
const SYNTAX = 'invalid syntax';

/**
 * Go's strconv.UnquoteChar: decode one (possibly escaped) character at `s[i]` of a literal
 * quoted with `quote`. Returns the decoded text and the index after it; throws on bad syntax.
 */
export function unquoteChar(s: string, i: number, quote: string): [string, number] {
  const c = s[i];
  if (c === undefined || (c === quote && (quote === "'" || quote === '"')))
    throw new SyntaxError(SYNTAX);
  if (c !== '\\') {
    const cp = s.codePointAt(i) ?? 0;
    return [String.fromCodePoint(cp), i + (cp > 0xffff ? 2 : 1)];
  }
  const e = s[i + 1];
  if (e === undefined) throw new SyntaxError(SYNTAX);
  const simple = UNESCAPES[e];
  if (simple !== undefined) {
    if ((e === "'" || e === '"') && e !== quote) throw new SyntaxError(SYNTAX);
    return [simple, i + 2];
  }
  const width = { x: 2, u: 4, U: 8 }[e as 'x' | 'u' | 'U'];
  if (width !== undefined) return decodeHex(s, i + 2, width);
  if (e >= '0' && e <= '7') {
    const digits = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 255) throw new SyntaxError(SYNTAX);
    return [String.fromCharCode(parseInt(digits, 8)), i + 4];
  }
  throw new SyntaxError(SYNTAX);
}

function decodeHex(s: string, start: number, width: number): [string, number] {
  const digits = s.slice(start, start + width);
  if (digits.length !== width || !/^[0-9a-fA-F]+$/.test(digits)) throw new SyntaxError(SYNTAX);
  const cp = parseInt(digits, 16);
  // \x escapes are bytes; \u and \U must be valid code points.
  if (width > 2 && (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) throw new SyntaxError(SYNTAX);
  return [String.fromCodePoint(cp), start + width];
}

/** Go's strconv.Unquote for "…" and `…` literals; throws SyntaxError('invalid syntax'). */
export function unquote(lit: string): string {
  const q = lit[0];
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new SyntaxError(SYNTAX);
  const body = lit.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new SyntaxError(SYNTAX);
    return body.replaceAll('\r', '');
  }
  if (q !== '"') throw new SyntaxError(SYNTAX);
  if (!body.includes('\\') && !body.includes('\n')) {
    if (body.includes('"')) throw new SyntaxError(SYNTAX);
    return body;
  }
  let out = '';
  for (let i = 0; i < body.length;) {
    if (body[i] === '\n') throw new SyntaxError(SYNTAX);
    const [text, next] = unquoteChar(body, i, '"');
    out += text;
    i = next;
  }
  return out;
}
