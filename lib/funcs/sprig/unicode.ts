/**
 * Go's `unicode` predicates and simple case mappings, per code point, and Go's byte view of
 * strings ("binary strings": one JS char per UTF-8 byte) for functions that work on bytes.
 */
import { codePointTest } from '../../go/code-points.js';

// unicode.IsSpace: Go's White_Space set.
const SPACES: ReadonlySet<number> = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Go's unicode.IsSpace. */
export const isSpace = (r: number): boolean => SPACES.has(r);

/** Go's unicode.IsUpper / IsLower / IsTitle / IsLetter / IsDigit / IsPunct. */
export const isUpper = codePointTest('\\p{Lu}');
export const isLower = codePointTest('\\p{Ll}');
export const isTitle = codePointTest('\\p{Lt}');
export const isLetter = codePointTest('\\p{L}');
export const isDigit = codePointTest('\\p{Nd}');
export const isPunct = codePointTest('\\p{P}');

/** A simple (one code point to one) case mapping, as Go's unicode.ToUpper/ToLower do. */
function simpleCase(r: number, map: (s: string) => string): number {
  const mapped = [...map(String.fromCodePoint(r))];
  return mapped.length === 1 ? (mapped[0]?.codePointAt(0) ?? r) : r;
}

/** Go's unicode.ToUpper. */
export const toUpper = (r: number): number => simpleCase(r, (s) => s.toUpperCase());
/** Go's unicode.ToLower. */
export const toLower = (r: number): number => simpleCase(r, (s) => s.toLowerCase());

/** Apply a code point mapping to every code point (Go's strings.Map). */
export function mapRunes(s: string, f: (r: number) => number): string {
  let out = '';
  for (const ch of s) out += String.fromCodePoint(f(ch.codePointAt(0) ?? 0));
  return out;
}

/** The code points of a string. */
export function runes(s: string): number[] {
  return Array.from(s, (ch) => ch.codePointAt(0) ?? 0);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The UTF-8 bytes of s as a binary string (char code = byte), for byte-indexed Go code. */
export function toBinary(s: string): string {
  let out = '';
  for (const b of encoder.encode(s)) out += String.fromCharCode(b);
  return out;
}

/** Back from a binary string to text (invalid UTF-8 becomes U+FFFD). */
export function fromBinary(b: string): string {
  return decoder.decode(Uint8Array.from(b, (c) => c.charCodeAt(0)));
}
