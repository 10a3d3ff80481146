/**
 * Interpretation of numeric constants as Go's parser does it (parse.newNumber with
 * strconv.ParseInt/ParseUint/ParseFloat semantics): which of int, uint, float and complex a
 * literal can be, and its values.
 */
import { quote, unquoteChar } from '../../go/strconv.js';
import type { NumberValue } from './node.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's rule for '_' in number literals: only between digits (or after a base prefix). */
function underscoreOK(text: string): boolean {
  let s = text;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  let saw = '^';
  let i = 0;
  const prefix = s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]);
  const hex = prefix && (s[1] === 'x' || s[1] === 'X');
  if (prefix) {
    i = 2;
    saw = '0';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else if (saw === '_') return false;
    else saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseUint(s, 0, 64) as a BigInt, or undefined on any error. */
function parseUnsigned(s: string): bigint | undefined {
  let base = 10;
  let digits = s;
  if (s[0] === '0' && s.length > 1) {
    const p = s[1].toLowerCase();
    const prefixed =
      s.length >= 3 ? ({ b: 2, o: 8, x: 16 } as Record<string, number>)[p] : undefined;
    base = prefixed ?? 8;
    digits = s.slice(prefixed ? 2 : 1);
  }
  if (digits.length === 0) return undefined;
  let n = 0n;
  let underscores = false;
  for (const c of digits) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
  }
  if (n > UINT64_MAX || (underscores && !underscoreOK(s))) return undefined;
  return n;
}

/** strconv.ParseInt(s, 0, 64) as a BigInt, or undefined. */
function parseSigned(s: string): bigint | undefined {
  const neg = s[0] === '-';
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  const u = parseUnsigned(body);
  if (u === undefined) return undefined;
  const v = neg ? -u : u;
  return v < INT64_MIN || v > INT64_MAX ? undefined : v;
}

/** strconv.ParseFloat(s, 64) for the forms the lexer produces, or undefined. */
export function parseGoFloat(s: string): number | undefined {
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  const t = s.replaceAll('_', '');
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(t);
  if (m) {
    const [, sign, int = '', frac = '', exp = '0'] = m;
    if (int.length + frac.length === 0) return undefined;
    const mantissa = parseInt(int + frac || '0', 16) / 16 ** frac.length;
    const v = mantissa * 2 ** Number(exp);
    return Number.isFinite(v) ? (sign === '-' ? -v : v) : undefined;
  }
  if (!/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}

function emptyNumber(): NumberValue {
  return {
    isInt: false,
    isUint: false,
    isFloat: false,
    isComplex: false,
    int: 0,
    uint: 0,
    float: 0,
    complex: [0, 0],
  };
}

/** Set int/uint views of a float that is integral (Go: float64(int64(f)) == f). */
function addIntegerViews(n: NumberValue, f: number): void {
  if (!Number.isInteger(f)) return;
  if (!n.isInt && f >= -(2 ** 63) && f < 2 ** 63) {
    n.isInt = true;
    n.int = f;
  }
  if (!n.isUint && f >= 0 && f < 2 ** 64) {
    n.isUint = true;
    n.uint = f;
  }
}

function complexNumber(re: number, im: number): NumberValue {
  const n = emptyNumber();
  n.isComplex = true;
  n.complex = [re, im];
  if (im === 0) {
    n.isFloat = true;
    n.float = re;
    addIntegerViews(n, re);
  }
  return n;
}

function charNumber(text: string): NumberValue {
  const [ch, next] = unquoteChar(text, 1, "'");
  if (text.slice(next) !== "'") throw new Error(`malformed character constant: ${text}`);
  const cp = ch.codePointAt(0) ?? 0;
  return {
    ...emptyNumber(),
    isInt: true,
    isUint: true,
    isFloat: true,
    int: cp,
    uint: cp,
    float: cp,
  };
}

function parseComplex(text: string): NumberValue {
  // The imaginary part starts at the last sign that does not belong to an exponent.
  const m = /^(.*[^eEpP])([+-][^+-]*(?:[eEpP][+-][^+-]*)?)i$/.exec(text);
  const re = m ? parseGoFloat(m[1]) : undefined;
  const im = m ? parseGoFloat(m[2]) : undefined;
  if (re === undefined || im === undefined) throw new Error('expected integer');
  return complexNumber(re, im);
}

/**
 * Classify a number literal (item type `number`, `charConstant` or `complex`) as Go's
 * parse.newNumber does. Throws Error with Go's message when it is not a valid constant.
 */
export function parseNumber(
  text: string,
  kind: 'number' | 'charConstant' | 'complex',
): NumberValue {
  if (kind === 'charConstant') return charNumber(text);
  if (kind === 'complex') return parseComplex(text);
  if (text.endsWith('i')) {
    const f = parseGoFloat(text.slice(0, -1));
    if (f !== undefined) return complexNumber(0, f);
  }
  const n = emptyNumber();
  const u = parseUnsigned(text);
  const i = parseSigned(text);
  if (u !== undefined) {
    n.isUint = true;
    n.uint = Number(u);
  }
  if (i !== undefined) {
    n.isInt = true;
    n.int = Number(i);
    if (i === 0n) n.isUint = true; // in case of -0.
  }
  if (n.isInt || n.isUint) {
    n.isFloat = true;
    n.float = n.isInt ? n.int : n.uint;
    return n;
  }
  const f = parseGoFloat(text);
  if (f !== undefined) {
    // Looks like an integer but did not parse as one: too large.
    if (!/[.eEpP]/.test(text)) throw new Error(`integer overflow: ${quote(text)}`);
    n.isFloat = true;
    n.float = f;
    addIntegerViews(n, f);
    return n;
  }
  throw new Error(`illegal number syntax: ${quote(text)}`);
}
