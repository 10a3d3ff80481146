/**
 * Shared helpers of the sprig functions: sprig's conversions (spf13/cast's ToInt64,
 * ToFloat64, ToInt; sprig's strval and empty), Go's reflect kinds and DeepEqual, and
 * Go string semantics (byte lengths and byte slicing with Go's runtime panics).
 */
import { formatValue, goTypeName } from '../../template/fmt.js';
import { FuncError, GoInt, GoStruct } from '../../go/value.js';

/** The panic Go raises when reflect.TypeOf(nil).Kind() is used, as the template reports it. */
const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

/** Throw a Go runtime panic / error result; the engine reports `error calling NAME: msg`. */
export function fail(message: string): never {
  throw new FuncError(message);
}

/** A Go int64 result. */
export const int64 = (n: number): GoInt => new GoInt(n, 'int64');

/** Go's int64 arithmetic, wrapping around at 64 bits (precision is a double's beyond 2^53). */
export function wrapInt64(op: (a: bigint, b: bigint) => bigint, a: number, b: number): number {
  return Number(BigInt.asIntN(64, op(BigInt(a), BigInt(b))));
}

/** A Go int result. */
export const goInt = (n: number): GoInt => new GoInt(n, 'int');

/** Go's reflect Kind name of a value (`map`, `slice`, `string`, `ptr`, `invalid` …). */
export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (v instanceof GoInt) return v.kind;
  if (v instanceof GoStruct) return v.type.startsWith('*') ? 'ptr' : 'struct';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'function') return 'func';
  return Array.isArray(v) ? 'slice' : 'map';
}

/** `reflect.TypeOf(v).Kind()`: panics on nil like Go. */
export function kindOrPanic(v: unknown): string {
  if (v === null || v === undefined) fail(NIL_DEREF);
  return kindOf(v);
}

/** Is it a Go byte slice (`[]uint8`)? */
export function isBytes(v: unknown): v is unknown[] {
  if (!Array.isArray(v)) return false;
  const t = goTypeName(v);
  return t === '[]uint8' || t === '[]byte';
}

/** Sprig's strval: strings as is, byte slices as text, everything else in `%v`. */
export function strval(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isBytes(v))
    return new TextDecoder().decode(
      Uint8Array.from(v, (b) => (b instanceof GoInt ? b.value : Number(b))),
    );
  return formatValue(v);
}

/** Sprig's `empty`: nil, zero numbers, false, empty strings, slices and maps; structs never. */
export function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (v instanceof GoStruct) return v.nil;
  if (v instanceof GoInt) return v.value === 0;
  switch (typeof v) {
    case 'boolean':
      return !v;
    case 'number':
      return v === 0;
    case 'string':
      return v.length === 0;
    case 'object':
      return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
    default:
      return false;
  }
}

/** Go's reflect.DeepEqual on the value model: same types, same contents (NaN ≠ NaN). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  if (goTypeName(a) !== goTypeName(b)) return false;
  if (a instanceof GoInt) return a.value === (b as GoInt).value;
  if (a instanceof GoStruct) {
    const s = b as GoStruct;
    if (a.nil || s.nil) return a.nil === s.nil;
    return deepEqual({ ...a.fields }, { ...s.fields });
  }
  if (typeof a !== 'object') return a === b;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((x, i) => deepEqual(x, y[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((k) => Object.hasOwn(y, k) && deepEqual(x[k], y[k]))
  );
}

const INT_LITERAL =
  /^[+-]?(0[xX](_?[0-9a-fA-F])+|0[bB](_?[01])+|0[oO](_?[0-7])+|0(_?[0-7])*|[1-9](_?[0-9])*)$/;

/** Go's strconv.ParseInt(s, 0, 64): base prefixes and underscores allowed; undefined on error. */
function parseIntBase0(s: string): number | undefined {
  if (!INT_LITERAL.test(s)) return undefined;
  const neg = s[0] === '-';
  let body = s.replace(/^[+-]/, '').replace(/_/g, '');
  // A leading 0 alone means octal.
  if (/^0[0-7]/.test(body)) body = '0o' + body.slice(1);
  const n = BigInt(body);
  const v = neg ? -n : n;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return undefined;
  return Number(v);
}

/** Go's strconv.ParseInt(s, base, 64) for an explicit base 2–36; undefined on error. */
export function parseIntBase(s: string, base: number): number | undefined {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  const m = /^([+-]?)(.+)$/.exec(s);
  if (!m || ![...(m[2] ?? '')].every((c) => digits.includes(c.toLowerCase()))) return undefined;
  let n = 0n;
  for (const c of m[2] ?? '') n = n * BigInt(base) + BigInt(digits.indexOf(c.toLowerCase()));
  const v = m[1] === '-' ? -n : n;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return undefined;
  return Number(v);
}

const FLOAT_LITERAL =
  /^[+-]?((\d(_?\d)*)?\.?(\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?|0[xX](_?[0-9a-fA-F])*\.?[0-9a-fA-F]*[pP][+-]?\d+|inf|infinity|nan)$/i;

/** Go's strconv.ParseFloat(s, 64); undefined on a syntax or range error. */
function parseFloat64(s: string): number | undefined {
  if (!FLOAT_LITERAL.test(s) || !/[0-9]|inf|nan/i.test(s)) return undefined;
  const lower = s.toLowerCase().replace(/_/g, '');
  const sign = lower.startsWith('-') ? -1 : 1;
  const body = lower.replace(/^[+-]/, '');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  const v = body.startsWith('0x') ? sign * parseHexFloat(body.slice(2)) : Number(lower);
  return Number.isFinite(v) && !Number.isNaN(v) ? v : undefined;
}

/** The value of a hexadecimal float body `1.8p+01` (no sign, no 0x). */
function parseHexFloat(body: string): number {
  const [mant = '', exp = '0'] = body.split('p');
  const [int = '', frac = ''] = mant.split('.');
  const digits = BigInt('0x' + (int + frac || '0'));
  return Number(digits) * 2 ** (Number(exp) - 4 * frac.length);
}

/** cast's trimZeroDecimal: "1.00" → "1", so integer parsing accepts it. */
function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1];
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === '0') foundZero = true;
    else return s;
  }
  return s;
}

/** spf13/cast ToInt64 (and ToInt): numbers truncate, strings parse, failures give 0. */
export function toInt64(v: unknown): number {
  if (v instanceof GoInt) return v.value;
  switch (typeof v) {
    // Out-of-range conversions give int64's minimum on amd64, as Go's do there.
    case 'number':
      return Math.abs(v) < 2 ** 63 ? Math.trunc(v) : -(2 ** 63);
    case 'string':
      return parseIntBase0(trimZeroDecimal(v)) ?? 0;
    case 'boolean':
      return v ? 1 : 0;
    default:
      return 0;
  }
}

/** spf13/cast ToFloat64: failures give 0. */
export function toFloat64(v: unknown): number {
  if (v instanceof GoInt) return v.value;
  switch (typeof v) {
    case 'number':
      return v;
    case 'string':
      return parseFloat64(v) ?? 0;
    case 'boolean':
      return v ? 1 : 0;
    default:
      return 0;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const ASCII = /^[\x00-\x7f]*$/;

/** Go's len(s): bytes of the UTF-8 encoding. */
export function byteLen(s: string): number {
  return ASCII.test(s) ? s.length : encoder.encode(s).length;
}

/**
 * Go's s[start:end] on bytes, panicking as Go's runtime does for bad bounds
 * (`slice bounds out of range [:9] with length 5`). `end` defaults to len(s).
 */
export function byteSlice(s: string, start: number, end?: number): string {
  const len = byteLen(s);
  const bound = 'runtime error: slice bounds out of range';
  if (end !== undefined && end < 0) fail(`${bound} [:${end}]`);
  if (end !== undefined && end > len) fail(`${bound} [:${end}] with length ${len}`);
  if (start < 0) fail(`${bound} [${start}:]`);
  if (start > (end ?? len)) fail(`${bound} [${start}:${end ?? len}]`);
  if (ASCII.test(s)) return s.slice(start, end);
  return decoder.decode(encoder.encode(s).subarray(start, end ?? len));
}
