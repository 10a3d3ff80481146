/**
 * Sprig's math functions (numeric.go and the arithmetic of functions.go): int64 arithmetic
 * on spf13/cast conversions, and float arithmetic through shopspring/decimal, which works
 * on the shortest decimal form of each operand (so `addf 0.1 0.2` is 0.3).
 */
import { formatValue, sprint } from '../../template/fmt.js';
import { goFunc, type FuncMap, type GoInt } from '../../go/value.js';
import { fail, goInt, int64, parseIntBase, toFloat64, toInt64, wrapInt64 } from './convert.js';

/** A shopspring Decimal: v × 10^e. */
interface Decimal {
  v: bigint;
  e: number;
}

/** decimal.NewFromFloat: the shortest decimal that reads back as f. */
function fromFloat(f: number): Decimal {
  if (!Number.isFinite(f)) fail(`Cannot create a Decimal from ${formatValue(f)}`);
  if (f === 0) return { v: 0n, e: 0 };
  const [mant = '0', exp = '0'] = f.toExponential().split('e');
  const digits = mant.replace('.', '').replace('-', '');
  const v = BigInt(digits);
  return { v: f < 0 ? -v : v, e: Number(exp) - (digits.length - 1) };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.v * pow10(a.e - e), b.v * pow10(b.e - e), e];
}

// Digits after the point that decimal.Div keeps (decimal.DivisionPrecision).
const DIVISION_PRECISION = 16;

/** decimal.Div: the quotient rounded half away from zero to 16 decimal places. */
function divide(a: Decimal, b: Decimal): Decimal {
  if (b.v === 0n) fail('decimal division by 0');
  const shift = a.e - b.e + DIVISION_PRECISION;
  const num = shift >= 0 ? a.v * pow10(shift) : a.v;
  const den = shift >= 0 ? b.v : b.v * pow10(-shift);
  let q = num / den;
  const r = num % den;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  if (2n * abs(r) >= abs(den)) q += a.v < 0n !== b.v < 0n ? -1n : 1n;
  return { v: q, e: -DIVISION_PRECISION };
}

type DecimalOp = (a: Decimal, b: Decimal) => Decimal;

const OPS = {
  add: (a, b) => {
    const [x, y, e] = align(a, b);
    return { v: x + y, e };
  },
  sub: (a, b) => {
    const [x, y, e] = align(a, b);
    return { v: x - y, e };
  },
  mul: (a, b) => ({ v: a.v * b.v, e: a.e + b.e }),
  div: divide,
} satisfies Record<string, DecimalOp>;

/** sprig's execDecimalOp: fold the operands with a decimal operation, back to float64. */
function decimalOp(f: DecimalOp, first: unknown, rest: unknown[]): number {
  let acc = fromFloat(toFloat64(first));
  for (const x of rest) acc = f(acc, fromFloat(toFloat64(x)));
  const n = Number(`${acc.v}e${acc.e}`);
  // Float64 of a zero decimal is +0 even when the digits were negative.
  return n === 0 ? 0 : n;
}

/** Go's integer division and remainder panic on a zero divisor. */
function checkDivisor(b: number): number {
  if (b === 0) fail('runtime error: integer divide by zero');
  return b;
}

/** sprig's round: away from zero once the dropped fraction reaches `roundOn` (0.5 by default). */
function round(a: unknown, p: number, ...rOpt: number[]): number {
  const roundOn = rOpt.length > 0 ? (rOpt[0] ?? 0.5) : 0.5;
  const pow = Math.pow(10, p);
  const digit = pow * toFloat64(a);
  const frac = digit - Math.trunc(digit);
  return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}

/** strconv.Atoi with the error ignored: 0 on bad syntax, clamped on overflow. */
function atoi(s: string): number {
  if (!/^[+-]?[0-9]+$/.test(s)) return 0;
  const n = BigInt(s);
  const max = 0x7fffffffffffffffn;
  return Number(n > max ? max : n < -max - 1n ? -max - 1n : n);
}

const plus = (x: bigint, y: bigint): bigint => x + y;
const minus = (x: bigint, y: bigint): bigint => x - y;
const times = (x: bigint, y: bigint): bigint => x * y;
const quotient = (x: bigint, y: bigint): bigint => x / y;
const remainder = (x: bigint, y: bigint): bigint => x % y;

const fold =
  (pick: (a: number, b: number) => number) =>
  (a: unknown, ...rest: unknown[]): number =>
    rest.reduce<number>((acc, b) => pick(acc, toInt64(b)), toInt64(a));

const foldf =
  (pick: (a: number, b: number) => number) =>
  (a: unknown, ...rest: unknown[]): number =>
    rest.reduce<number>((acc, b) => pick(acc, toFloat64(b)), toFloat64(a));

/** Math functions of sprig's map. */
export const numericFuncs: FuncMap = {
  atoi: goFunc(['string'], (s: string) => goInt(atoi(s))),
  int64: goFunc(['any'], (v: unknown) => int64(toInt64(v))),
  int: goFunc(['any'], (v: unknown) => goInt(toInt64(v))),
  float64: goFunc(['any'], toFloat64),
  toDecimal: goFunc(['any'], (v: unknown) => int64(parseIntBase(sprint([v]), 8) ?? 0)),
  add1: goFunc(['any'], (v: unknown) => int64(wrapInt64(plus, toInt64(v), 1))),
  add: goFunc(
    ['any'],
    (...vs: unknown[]) => int64(vs.reduce<number>((acc, v) => wrapInt64(plus, acc, toInt64(v)), 0)),
    true,
  ),
  sub: goFunc(['any', 'any'], (a: unknown, b: unknown) =>
    int64(wrapInt64(minus, toInt64(a), toInt64(b))),
  ),
  div: goFunc(['any', 'any'], (a: unknown, b: unknown) =>
    int64(wrapInt64(quotient, toInt64(a), checkDivisor(toInt64(b)))),
  ),
  mod: goFunc(['any', 'any'], (a: unknown, b: unknown) =>
    int64(wrapInt64(remainder, toInt64(a), checkDivisor(toInt64(b)))),
  ),
  mul: goFunc(
    ['any', 'any'],
    (a: unknown, ...vs: unknown[]) => int64(fold((x, y) => wrapInt64(times, x, y))(a, ...vs)),
    true,
  ),
  add1f: goFunc(['any'], (v: unknown) => decimalOp(OPS.add, v, [goInt(1)])),
  addf: goFunc(['any'], (...vs: unknown[]) => decimalOp(OPS.add, 0, vs), true),
  subf: goFunc(['any', 'any'], (a: unknown, ...vs: unknown[]) => decimalOp(OPS.sub, a, vs), true),
  mulf: goFunc(['any', 'any'], (a: unknown, ...vs: unknown[]) => decimalOp(OPS.mul, a, vs), true),
  divf: goFunc(['any', 'any'], (a: unknown, ...vs: unknown[]) => decimalOp(OPS.div, a, vs), true),
  biggest: goFunc(
    ['any', 'any'],
    (a: unknown, ...vs: unknown[]) => int64(fold(Math.max)(a, ...vs)),
    true,
  ),
  max: goFunc(
    ['any', 'any'],
    (a: unknown, ...vs: unknown[]) => int64(fold(Math.max)(a, ...vs)),
    true,
  ),
  min: goFunc(
    ['any', 'any'],
    (a: unknown, ...vs: unknown[]) => int64(fold(Math.min)(a, ...vs)),
    true,
  ),
  maxf: goFunc(['any', 'any'], foldf(Math.max), true),
  minf: goFunc(['any', 'any'], foldf(Math.min), true),
  ceil: goFunc(['any'], (v: unknown) => Math.ceil(toFloat64(v))),
  floor: goFunc(['any'], (v: unknown) => Math.floor(toFloat64(v))),
  round: goFunc(
    ['any', 'int', 'float64'],
    (a: unknown, p: GoInt, ...r: number[]) => round(a, p.value, ...r),
    true,
  ),
};
