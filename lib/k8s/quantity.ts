/**
 * Kubernetes resource quantities (`100m`, `1Gi`, `2`) in canonical form, as Go's
 * `resource.Quantity` writes them back after reading: Istio's output goes through Go's
 * types, so `2000m` comes out as `2` and `1024Mi` as `1Gi`.
 *
 * Rules of k8s.io/apimachinery/pkg/api/resource: the suffix kind is kept (binary `Ki…Ei`,
 * decimal SI `n…E`, or an `e<exp>` exponent); the value is exact (BigInt here), rounded up
 * to nano units; the output has no fractional digits and the largest suffix (a power of
 * 1000, or of 1024 for binary) that keeps it exact. Binary values below 1024 or with a
 * fraction switch to decimal SI. A string already in canonical form is kept byte for byte
 * (even a leading `+`, as Go keeps it).
 */
import { KinjectError } from '../errors.js';

type Format = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BINARY_SUFFIXES: Readonly<Record<string, number>> = {
  Ki: 10,
  Mi: 20,
  Gi: 30,
  Ti: 40,
  Pi: 50,
  Ei: 60,
};
const SUFFIX_CHARS = 'eEinumkKMGTP';
const NANO = -9;
const MAX_INT64 = (1n << 63n) - 1n;

const ERR_FORMAT =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const ERR_SUFFIX = "unable to parse quantity's suffix";

/** An exact quantity: (-1)^negative × mantissa × 10^exponent. */
interface Amount {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
  format: Format;
}

/** The parts of a quantity string: sign, integer digits (leading zeros gone), fraction, suffix. */
interface Parts {
  positive: boolean;
  num: string;
  denom: string;
  suffix: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Skip characters while `test` holds; returns the new position. */
function skip(str: string, pos: number, test: (c: string | undefined) => boolean): number {
  let p = pos;
  while (p < str.length && test(str[p])) p++;
  return p;
}

/** Split a quantity string the way Go's parseQuantityString does; undefined when it does not match. */
function splitQuantity(str: string): Parts | undefined {
  const positive = str[0] !== '-';
  let pos = str[0] === '-' || str[0] === '+' ? 1 : 0;
  pos = skip(str, pos, (c) => c === '0');
  const numEnd = skip(str, pos, isDigit);
  const num = str.slice(pos, numEnd) || '0';
  pos = numEnd;
  let denom = '';
  if (str[pos] === '.') {
    const denomEnd = skip(str, pos + 1, isDigit);
    denom = str.slice(pos + 1, denomEnd);
    pos = denomEnd;
  }
  const suffixStart = pos;
  pos = skip(str, pos, (c) => c !== undefined && SUFFIX_CHARS.includes(c));
  if (pos < str.length && (str[pos] === '-' || str[pos] === '+')) pos++;
  pos = skip(str, pos, isDigit);
  if (pos < str.length) return undefined;
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

/** What a suffix means. */
interface Suffix {
  base: 10 | 2;
  exponent: number;
  format: Format;
}

/** Base and exponent of a suffix (quantitySuffixer.interpret); undefined when it has none. */
function interpretSuffix(suffix: string): Suffix | undefined {
  const has = (table: Readonly<Record<string, number>>): boolean =>
    Object.prototype.hasOwnProperty.call(table, suffix);
  if (has(DECIMAL_SUFFIXES))
    return { base: 10, exponent: DECIMAL_SUFFIXES[suffix], format: 'DecimalSI' };
  if (has(BINARY_SUFFIXES))
    return { base: 2, exponent: BINARY_SUFFIXES[suffix], format: 'BinarySI' };
  if (
    suffix.length > 1 &&
    (suffix[0] === 'e' || suffix[0] === 'E') &&
    /^[-+]?\d+$/.test(suffix.slice(1))
  ) {
    return { base: 10, exponent: Number(suffix.slice(1)), format: 'DecimalExponent' };
  }
  return undefined;
}

/**
 * Whether Go's fast path keeps the input text: it does for small values already written
 * canonically (no trailing `000`, a suffix step of three, binary values not divisible by 8).
 */
function keepsText(p: Parts, base: 10 | 2, exponent: number): boolean {
  const digits = p.num.length + p.denom.length;
  if (base === 2) {
    if (exponent < 0 || p.denom !== '') return false;
    const precision = 15 - p.num.length - Math.trunc((exponent * 3) / 10) - 1;
    const value = BigInt(p.num);
    return (
      precision >= 0 &&
      value << BigInt(exponent) <= MAX_INT64 &&
      (value & 7n) !== 0n &&
      exponent % 10 === 0
    );
  }
  const scale = exponent - p.denom.length;
  const shifted = p.num + p.denom;
  return (
    18 - digits >= 0 &&
    scale >= NANO &&
    scale % 3 === 0 &&
    !shifted.endsWith('000') &&
    shifted[0] !== '0'
  );
}

/** The exact amount, rounded up to nano units; binary values capped at 2^63-1. */
function toAmount(p: Parts, base: 10 | 2, exponent: number, format: Format): Amount {
  let mantissa = BigInt(p.num + p.denom);
  let exp = -p.denom.length;
  if (base === 10) exp += exponent;
  else mantissa <<= BigInt(exponent);
  if (exp < NANO) {
    const unit = 10n ** BigInt(NANO - exp);
    mantissa = (mantissa + unit - 1n) / unit; // round away from zero, as Go's inf.RoundUp
    exp = NANO;
  }
  let fmt = format;
  if (fmt === 'BinarySI') {
    if (compare(mantissa, exp, MAX_INT64) > 0) [mantissa, exp] = [MAX_INT64, 0];
    if (mantissa !== 0n && compare(mantissa, exp, 1n) < 0) fmt = 'DecimalSI';
  }
  return { negative: !p.positive, mantissa, exponent: exp, format: fmt };
}

/** Compare mantissa × 10^exp with an integer. */
function compare(mantissa: bigint, exp: number, n: bigint): number {
  const [a, b] =
    exp >= 0 ? [mantissa * 10n ** BigInt(exp), n] : [mantissa, n * 10n ** BigInt(-exp)];
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Divide out every factor `f`; returns the rest and how many there were. */
function removeFactors(n: bigint, f: bigint): [bigint, number] {
  let rest = n;
  let times = 0;
  while (rest !== 0n && rest % f === 0n) {
    rest /= f;
    times++;
  }
  return [rest, times];
}

/** The suffix text of a power (a missing table entry yields none, as in Go). */
function suffixFor(table: Readonly<Record<string, number>>, power: number): string {
  return Object.keys(table).find((k) => table[k] === power) ?? '';
}

/** Go's CanonicalizeBytes. */
function formatAmount(a: Amount): string {
  if (a.mantissa === 0n) return '0';
  const sign = a.negative ? '-' : '';
  const integral = a.exponent >= 0 || a.mantissa % 10n ** BigInt(-a.exponent) === 0n;
  if (a.format === 'BinarySI' && compare(a.mantissa, a.exponent, 1024n) >= 0 && integral) {
    const value =
      a.exponent >= 0
        ? a.mantissa * 10n ** BigInt(a.exponent)
        : a.mantissa / 10n ** BigInt(-a.exponent);
    const [rest, times] = removeFactors(value, 1024n);
    return `${sign}${rest}${suffixFor(BINARY_SUFFIXES, times * 10)}`;
  }
  const [unscaled, times] = removeFactors(a.mantissa, 10n);
  let mantissa = unscaled;
  let exp = a.exponent + times;
  while (exp % 3 !== 0) {
    mantissa *= 10n;
    exp--;
  }
  const suffix =
    a.format === 'DecimalExponent'
      ? exp === 0
        ? ''
        : `e${exp}`
      : suffixFor(DECIMAL_SUFFIXES, exp);
  return `${sign}${mantissa}${suffix}`;
}

/** A quantity's canonical text, or Go's reason for refusing it. */
export type QuantityResult = { readonly text: string } | { readonly error: string };

/**
 * The canonical text of a quantity given as a manifest holds it (a string, or a YAML
 * number), or Go's message when it does not parse. Callers that only probe whether a value
 * is a quantity use this: a thrown error's stack capture cost more than the parse.
 */
export function parseQuantity(value: string | number): QuantityResult {
  const str = String(value);
  let found = PARSED.get(str);
  if (found === undefined) {
    // A stream repeats a handful of quantities (`100m`, `128Mi`) in every pod, and the
    // parse (BigInt arithmetic) costs more than the lookup; the bound keeps odd inputs
    // from growing the cache without end.
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    found = parseText(str.trim());
    PARSED.set(str, found);
  }
  return found;
}

/** Parsed quantities by their text (the results are read-only: every caller shares them). */
const PARSED = new Map<string, QuantityResult>();
const PARSED_LIMIT = 4096;

/** {@link parseQuantity} of trimmed text. */
function parseText(str: string): QuantityResult {
  if (str === '') return { error: ERR_FORMAT };
  if (str === '0') return { text: str };
  const parts = splitQuantity(str);
  if (parts === undefined) return { error: ERR_FORMAT };
  const suffix = interpretSuffix(parts.suffix);
  if (suffix === undefined) return { error: ERR_SUFFIX };
  const { base, exponent, format } = suffix;
  if (keepsText(parts, base, exponent)) return { text: str };
  return { text: formatAmount(toAmount(parts, base, exponent, format)) };
}

/**
 * The canonical text of a quantity given as a manifest holds it (a string, or a YAML
 * number). Throws KinjectError (INJECTION) with Go's message when it does not parse.
 */
export function canonicalQuantity(value: string | number): string {
  const r = parseQuantity(value);
  if ('error' in r) throw new KinjectError('INJECTION', r.error);
  return r.text;
}
