/**
 * Sprig's string functions (strings.go and the string entries of functions.go), with Go's
 * byte semantics where sprig slices strings.
 */
import { sprintf } from '../../template/fmt.js';
import { quote } from '../../go/strconv.js';
import { checkSize, MAX_OUTPUT } from '../../template/limits.js';
import { goFunc, withGoType, type FuncMap, type GoInt } from '../../go/value.js';
import { byteLen, byteSlice, fail, isBytes, kindOf, strval } from './convert.js';
import { isSpace, mapRunes, toLower, toUpper } from './unicode.js';

/** Go's strings.Repeat, with its panic on a negative count. */
export function repeat(s: string, count: number): string {
  if (count < 0) fail('strings: negative Repeat count');
  checkSize(s.length * count, MAX_OUTPUT, 'characters');
  return s.repeat(count);
}

/** Go's strings.TrimFunc with a code point predicate. */
function trimFunc(s: string, cut: (r: number) => boolean): string {
  // Scans code points from both ends in place (no array of characters per call).
  let a = 0;
  while (a < s.length) {
    const c = s.codePointAt(a) as number;
    if (!cut(c)) break;
    a += c > 0xffff ? 2 : 1;
  }
  let b = s.length;
  while (b > a) {
    let start = b - 1;
    const unit = s.charCodeAt(start);
    const high = start > a ? s.charCodeAt(start - 1) : 0;
    if (unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff) start--;
    if (!cut(s.codePointAt(start) as number)) break;
    b = start;
  }
  return s.slice(a, b);
}

/** Go's strings.TrimSpace. */
const trimSpace = (s: string): string => trimFunc(s, isSpace);

/** Go's strings.Trim(s, cutset). */
function trimCutset(s: string, cutset: string): string {
  const set = new Set(Array.from(cutset, (c) => c.codePointAt(0)));
  return trimFunc(s, (r) => set.has(r));
}

/** Go's strings.Split(s, sep), n pieces at most when n > 0 (SplitN); "" splits into runes. */
function splitN(s: string, sep: string, n = -1): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const cps = Array.from(s);
    if (n < 0 || n >= cps.length) return cps;
    return [...cps.slice(0, n - 1), cps.slice(n - 1).join('')];
  }
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** Go's strings.Replace(s, old, new, -1): an empty `old` matches before every rune and at the end. */
function replaceAll(s: string, old: string, repl: string): string {
  if (old !== '') return s.split(old).join(repl);
  return (
    repl +
    Array.from(s)
      .map((c) => c + repl)
      .join('')
  );
}

/** A `map[string]string` of parts keyed `_0`, `_1`, … (sprig's split / splitn). */
function indexedParts(parts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  parts.forEach((p, i) => (out[`_${i}`] = p));
  return withGoType(out, 'map[string]string');
}

/** sprig's strslice: a value as []string (nil elements of lists dropped). */
export function toStrings(v: unknown): string[] {
  if (Array.isArray(v) && !isBytes(v)) {
    return withGoType(v.filter((e) => e !== null && e !== undefined).map(strval), '[]string');
  }
  if (isBytes(v)) return withGoType(v.map(strval), '[]string');
  if (v === null || v === undefined) return withGoType([], '[]string');
  return withGoType([strval(v)], '[]string');
}

/** Sprig's trunc: the first c bytes, or the last -c bytes when c < 0. */
function trunc(c: number, s: string): string {
  const len = byteLen(s);
  if (c < 0 && len + c > 0) return byteSlice(s, len + c);
  if (c >= 0 && len > c) return byteSlice(s, 0, c);
  return s;
}

/** Sprig's substr: Go's s[start:end] with sprig's clamping of a negative or large end. */
function substr(start: number, end: number, s: string): string {
  if (start < 0) return byteSlice(s, 0, end);
  if (end < 0 || end > byteLen(s)) return byteSlice(s, start);
  return byteSlice(s, start, end);
}

function indent(spaces: number, v: string): string {
  const pad = repeat(' ', spaces);
  return pad + v.split('\n').join('\n' + pad);
}

const present = (args: unknown[]): unknown[] => args.filter((a) => a !== null && a !== undefined);

/** Sprig's sortAlpha: lists as sorted []string (by bytes), anything else as a one-element list. */
function sortAlpha(v: unknown): string[] {
  const kind = kindOf(v);
  if (kind !== 'slice') return withGoType([strval(v)], '[]string');
  const enc = new TextEncoder();
  const key = (s: string): string =>
    Array.from(enc.encode(s), (b) => String.fromCharCode(b)).join('');
  return withGoType(
    [...toStrings(v)].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    '[]string',
  );
}

/** String functions of sprig's map. */
export const stringFuncs: FuncMap = {
  trunc: goFunc(['int', 'string'], (n: GoInt, s: string) => trunc(n.value, s)),
  trim: goFunc(['string'], trimSpace),
  upper: goFunc(['string'], (s: string) => mapRunes(s, toUpper)),
  lower: goFunc(['string'], (s: string) => mapRunes(s, toLower)),
  substr: goFunc(['int', 'int', 'string'], (a: GoInt, b: GoInt, s: string) =>
    substr(a.value, b.value, s),
  ),
  repeat: goFunc(['int', 'string'], (n: GoInt, s: string) => repeat(s, n.value)),
  trimall: goFunc(['string', 'string'], (a: string, b: string) => trimCutset(b, a)),
  trimAll: goFunc(['string', 'string'], (a: string, b: string) => trimCutset(b, a)),
  trimSuffix: goFunc(['string', 'string'], (a: string, b: string) =>
    a !== '' && b.endsWith(a) ? b.slice(0, b.length - a.length) : b,
  ),
  trimPrefix: goFunc(['string', 'string'], (a: string, b: string) =>
    b.startsWith(a) ? b.slice(a.length) : b,
  ),
  contains: goFunc(['string', 'string'], (sub: string, s: string) => s.includes(sub)),
  hasPrefix: goFunc(['string', 'string'], (sub: string, s: string) => s.startsWith(sub)),
  hasSuffix: goFunc(['string', 'string'], (sub: string, s: string) => s.endsWith(sub)),
  quote: goFunc(
    ['any'],
    // Sprintf("%q", s) is strconv.Quote(s): no formatter needed. One argument is the usual.
    (...args: unknown[]) =>
      args.length === 1 && args[0] !== null && args[0] !== undefined
        ? quote(strval(args[0]))
        : present(args)
            .map((a) => quote(strval(a)))
            .join(' '),
    true,
  ),
  squote: goFunc(
    ['any'],
    (...args: unknown[]) =>
      present(args)
        .map((a) => sprintf("'%v'", [a]))
        .join(' '),
    true,
  ),
  cat: goFunc(
    ['any'],
    (...args: unknown[]) =>
      present(args)
        .map((a) => sprintf('%v', [a]))
        .join(' '),
    true,
  ),
  indent: goFunc(['int', 'string'], (n: GoInt, s: string) => indent(n.value, s)),
  nindent: goFunc(['int', 'string'], (n: GoInt, s: string) => '\n' + indent(n.value, s)),
  replace: goFunc(['string', 'string', 'string'], (o: string, n: string, s: string) =>
    replaceAll(s, o, n),
  ),
  plural: goFunc(['string', 'string', 'int'], (one: string, many: string, n: GoInt) =>
    n.value === 1 ? one : many,
  ),
  toString: goFunc(['any'], strval),
  split: goFunc(['string', 'string'], (sep: string, s: string) => indexedParts(splitN(s, sep))),
  splitn: goFunc(['string', 'int', 'string'], (sep: string, n: GoInt, s: string) =>
    indexedParts(splitN(s, sep, n.value)),
  ),
  splitList: goFunc(['string', 'string'], (sep: string, s: string) =>
    withGoType(splitN(s, sep), '[]string'),
  ),
  toStrings: goFunc(['any'], toStrings),
  join: goFunc(['string', 'any'], (sep: string, v: unknown) => toStrings(v).join(sep)),
  sortAlpha: goFunc(['any'], sortAlpha),
  hello: goFunc([], () => 'Hello!'),
};
