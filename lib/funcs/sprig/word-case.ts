/**
 * Sprig's word and case functions, after the libraries sprig delegates to: Go's strings.Title,
 * Masterminds/goutils (untitle, swapcase, initials, nospace, wrap, abbrev) and
 * huandu/xstrings (camelcase, snakecase, kebabcase). goutils works on bytes in places;
 * so do these ports, for identical output.
 */
import { goFunc, type FuncMap, type GoInt } from '../../go/value.js';
import {
  fromBinary,
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isTitle,
  isUpper,
  mapRunes,
  runes,
  toBinary,
  toLower,
  toUpper,
} from './unicode.js';

/** Go's strings.Title separator rule: ASCII alphanumerics, `_`, letters and digits join words. */
function isSeparator(r: number): boolean {
  if (r <= 0x7f) return !/[0-9A-Za-z_]/.test(String.fromCharCode(r));
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/** Go's strings.Title: upper-case the first letter of every word. */
function title(s: string): string {
  let prev = 0x20;
  return mapRunes(s, (r) => {
    const out = isSeparator(prev) ? toUpper(r) : r;
    prev = r;
    return out;
  });
}

/** goutils.Uncapitalize: lower-case the first letter of every space-separated word. */
function untitle(s: string): string {
  let next = true;
  return mapRunes(s, (r) => {
    if (isSpace(r)) {
      next = true;
      return r;
    }
    const out = next ? toLower(r) : r;
    next = false;
    return out;
  });
}

/** goutils.SwapCase: upper and title case to lower, lower to upper (title case = upper here). */
function swapcase(s: string): string {
  return mapRunes(s, (r) => (isUpper(r) || isTitle(r) ? toLower(r) : isLower(r) ? toUpper(r) : r));
}

/** goutils reads bytes as runes here, so each byte is a Latin-1 character of the result. */
function latin1Runes(s: string): number[] {
  return Array.from(toBinary(s), (c) => c.charCodeAt(0));
}

/** goutils.Initials: the first byte of every space-separated word. */
function initials(s: string): string {
  let gap = true;
  let out = '';
  for (const r of latin1Runes(s)) {
    if (isSpace(r)) gap = true;
    else if (gap) {
      out += String.fromCharCode(r);
      gap = false;
    }
  }
  return out;
}

/** goutils.DeleteWhiteSpace (bytewise, like goutils). */
function nospace(s: string): string {
  const bytes = latin1Runes(s);
  const kept = bytes.filter((r) => !isSpace(r));
  return kept.length === bytes.length ? s : String.fromCharCode(...kept);
}

/** goutils.WrapCustom on bytes: break lines at spaces before `width`, long words optionally. */
function wrapCustom(text: string, width: number, newline: string, wrapLong: boolean): string {
  if (text === '') return '';
  const nl = toBinary(newline === '' ? '\n' : newline);
  const str = toBinary(text);
  const len = str.length;
  const w = Math.max(width, 1);
  let offset = 0;
  let out = '';
  while (len - offset > w) {
    if (str[offset] === ' ') {
      offset++;
      continue;
    }
    const at = str.slice(offset, w + offset + 1).lastIndexOf(' ') + offset;
    if (at >= offset) {
      out += str.slice(offset, at) + nl;
      offset = at + 1;
    } else if (wrapLong) {
      out += str.slice(offset, offset + w) + nl;
      offset += w;
    } else {
      const next = str.indexOf(' ', w + offset);
      if (next < 0) {
        out += str.slice(offset);
        offset = len;
      } else {
        out += str.slice(offset, next) + nl;
        offset = next + 1;
      }
    }
  }
  return fromBinary(out + str.slice(offset));
}

/** goutils.AbbreviateFull, byte-indexed; returns undefined where goutils reports an error. */
function abbreviateFull(text: string, offset: number, maxWidth: number): string | undefined {
  if (text === '') return '';
  if (maxWidth < 4) return undefined;
  const str = toBinary(text);
  const len = str.length;
  if (len <= maxWidth) return text;
  let off = Math.min(offset, len);
  if (len - off < maxWidth - 3) off = len - (maxWidth - 3);
  if (off <= 4) return fromBinary(str.slice(0, maxWidth - 3) + '...');
  if (maxWidth < 7) return undefined;
  if (off + maxWidth - 3 < len)
    return '...' + (abbreviateFull(fromBinary(str.slice(off)), 0, maxWidth - 3) ?? '');
  return fromBinary('...' + str.slice(len - (maxWidth - 3)));
}

function abbrev(width: number, s: string): string {
  return width < 4 ? s : (abbreviateFull(s, 0, width) ?? '');
}

function abbrevboth(left: number, right: number, s: string): string {
  if (right < 4 || (left > 0 && right < 7)) return s;
  return abbreviateFull(s, left, right) ?? '';
}

/** xstrings' connector: `-`, `_` or a space. */
const isConnector = (r: number): boolean => r === 0x2d || r === 0x5f || isSpace(r);

/** xstrings.ToCamelCase: drop connectors, upper-case what follows them, lower-case the rest. */
function camelcase(s: string): string {
  const rs = runes(s);
  let out = '';
  let i = 0;
  // Leading connectors are kept; the first other rune is upper-cased.
  while (i < rs.length && isConnector(rs[i] ?? 0)) out += String.fromCodePoint(rs[i++] ?? 0);
  if (i >= rs.length) return out;
  let r0 = toUpper(rs[i++] ?? 0);
  for (; i < rs.length; i++) {
    const r1 = r0;
    r0 = rs[i] ?? 0;
    if (isConnector(r0) && isConnector(r1)) {
      out += String.fromCodePoint(r1);
      continue;
    }
    if (isConnector(r1)) r0 = toUpper(r0);
    else {
      r0 = toLower(r0);
      out += String.fromCodePoint(r1);
    }
  }
  return out + String.fromCodePoint(r0);
}

/** Word functions of sprig's map (snakecase and kebabcase live in snake-case.ts). */
export const wordFuncs: FuncMap = {
  title: goFunc(['string'], title),
  untitle: goFunc(['string'], untitle),
  swapcase: goFunc(['string'], swapcase),
  initials: goFunc(['string'], initials),
  nospace: goFunc(['string'], nospace),
  camelcase: goFunc(['string'], camelcase),
  wrap: goFunc(['int', 'string'], (n: GoInt, s: string) => wrapCustom(s, n.value, '', false)),
  wrapWith: goFunc(['int', 'string', 'string'], (n: GoInt, sep: string, s: string) =>
    wrapCustom(s, n.value, sep, true),
  ),
  abbrev: goFunc(['int', 'string'], (n: GoInt, s: string) => abbrev(n.value, s)),
  abbrevboth: goFunc(['int', 'int', 'string'], (l: GoInt, r: GoInt, s: string) =>
    abbrevboth(l.value, r.value, s),
  ),
};
