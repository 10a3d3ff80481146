/**
 * Go's `strconv.FormatFloat(x, fmt, prec, 64)` for the formats fmt uses: `e E f g G b x X`.
 *
 * Shortest output (prec < 0) takes the digits of JavaScript's shortest round-trip
 * representation, which are the digits Go's Ryu algorithm picks. Fixed precision rounds the
 * exact binary value half-to-even, computed with BigInt, as Go's correctly rounded paths do.
 */

/** Decimal digits of a non-negative float: value = 0.d × 10^dp; `d` has no trailing zeros. */
interface Digits {
  d: string;
  dp: number;
}

/** The parts of an IEEE-754 double: value = mant × 2^exp (mant includes the hidden bit). */
interface Binary {
  neg: boolean;
  mant: bigint;
  exp: number;
}

/** Split a finite double into sign, integer mantissa and binary exponent. */
function decompose(x: number): Binary {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const neg = bits >> 63n === 1n;
  // Subnormals have no hidden bit and the minimum exponent.
  if (biased === 0) return { neg, mant: frac, exp: -1074 };
  return { neg, mant: frac | (1n << 52n), exp: biased - 1075 };
}

function trimZeros(d: string): string {
  let n = d.length;
  while (n > 0 && d[n - 1] === '0') n--;
  return d.slice(0, n);
}

/** The exact decimal expansion of |x| (always finite for a binary fraction). */
function exactDigits(b: Binary): Digits {
  if (b.mant === 0n) return { d: '', dp: 0 };
  if (b.exp >= 0) {
    const s = (b.mant << BigInt(b.exp)).toString();
    return { d: trimZeros(s), dp: s.length };
  }
  // m × 2^-k = m × 5^k / 10^k
  const s = (b.mant * 5n ** BigInt(-b.exp)).toString();
  return { d: trimZeros(s), dp: s.length + b.exp };
}

/** The shortest digits that read back as |x|. */
function shortestDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [mant = '', exp = '0'] = Math.abs(x).toExponential().split('e');
  return { d: trimZeros(mant.replace('.', '')), dp: Number(exp) + 1 };
}

/** Round to `nd` significant digits, half to even (Go's decimal.Round on an exact value). */
function roundDigits(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const next = x.d.charCodeAt(nd) - 48;
  const half = next === 5 && nd + 1 === x.d.length;
  const up = half ? nd > 0 && (x.d.charCodeAt(nd - 1) - 48) % 2 === 1 : next >= 5;
  if (!up) return { d: trimZeros(x.d.slice(0, nd)), dp: x.dp };
  let i = nd - 1;
  while (i >= 0 && x.d[i] === '9') i--;
  // All nines: 999 rounds to 1000.
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp };
}

/** `d.ddddde±XX` with `prec` digits after the point. */
function layoutE(x: Digits, prec: number, e: string): string {
  let out = x.d[0] ?? '0';
  if (prec > 0) out += '.' + x.d.slice(1, prec + 1).padEnd(prec, '0');
  const exp = x.d.length === 0 ? 0 : x.dp - 1;
  const abs = Math.abs(exp);
  return `${out}${e}${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

/** `ddd.ddd` with `prec` digits after the point. */
function layoutF(x: Digits, prec: number): string {
  let out = x.dp > 0 ? x.d.slice(0, x.dp).padEnd(x.dp, '0') : '0';
  if (prec > 0) {
    let frac = '';
    for (let i = 1; i <= prec; i++) {
      const j = x.dp + i - 1;
      frac += j >= 0 && j < x.d.length ? x.d[j] : '0';
    }
    out += '.' + frac;
  }
  return out;
}

/** %g: %e for large or small exponents, else %f (strconv's rule, 6 when shortest). */
function layoutG(x: Digits, prec: number, shortest: boolean, e: string): string {
  let eprec = prec;
  if (eprec > x.d.length && x.d.length >= x.dp) eprec = x.d.length;
  if (shortest) eprec = 6;
  const exp = x.dp - 1;
  if (exp < -4 || exp >= eprec) return layoutE(x, Math.min(prec, x.d.length) - 1, e);
  return layoutF(x, Math.max((prec > x.dp ? x.d.length : prec) - x.dp, 0));
}

/** Go's %b: decimal mantissa, 'p', binary exponent (`4503599627370496p-52`). */
function layoutB(b: Binary): string {
  return `${b.mant}p${b.exp >= 0 ? '+' : ''}${b.exp}`;
}

/** Go's %x / %X: `0x1.8p+01`, rounded to `prec` hex digits when prec ≥ 0. */
function layoutX(b: Binary, prec: number, upper: boolean): string {
  let mant = b.mant;
  // Exponent of the leading bit, with the leading 1 moved to bit 60.
  let exp = mant === 0n ? 0 : b.exp + 52;
  mant <<= 8n;
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = (n: bigint): string => n.toString(16);
  let out = '0x' + hex((mant >> 60n) & 1n);
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  const digits = prec < 0 ? (mant === 0n ? 0 : 16) : prec;
  if (digits > 0) {
    let frac = '';
    for (let i = 0; i < digits && (prec >= 0 || mant !== 0n); i++) {
      frac += hex((mant >> 60n) & 15n);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
    out += '.' + frac;
  }
  const abs = Math.abs(exp);
  out += `p${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
  return upper ? out.toUpperCase() : out;
}

/** Float formats strconv accepts. */
export type FloatFormat = 'e' | 'E' | 'f' | 'g' | 'G' | 'b' | 'x' | 'X';

/**
 * Go's `strconv.FormatFloat(x, format, prec, 64)`; prec < 0 means the shortest
 * representation that reads back exactly. Infinities are `+Inf`/`-Inf`, NaN is `NaN`.
 */
export function formatFloat(x: number, format: FloatFormat, prec: number): string {
  // %v of a whole number below 1e6 (ports, counts from JSON): its shortest digits, no exponent.
  if (format === 'g' && prec < 0 && Number.isInteger(x) && Math.abs(x) < 1e6 && !Object.is(x, -0))
    return String(x);
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const b = decompose(x);
  const sign = b.neg ? '-' : '';
  if (format === 'b') return sign + layoutB(b);
  if (format === 'x' || format === 'X') return sign + layoutX(b, prec, format === 'X');
  return sign + formatDecimal(x, b, format, prec);
}

function formatDecimal(
  x: number,
  b: Binary,
  format: 'e' | 'E' | 'f' | 'g' | 'G',
  prec: number,
): string {
  const shortest = prec < 0;
  const e = format === 'E' || format === 'G' ? 'E' : 'e';
  if (shortest) {
    const digs = shortestDigits(x);
    if (format === 'f') return layoutF(digs, Math.max(digs.d.length - digs.dp, 0));
    if (format === 'e' || format === 'E') return layoutE(digs, Math.max(digs.d.length - 1, 0), e);
    return layoutG(digs, digs.d.length, true, e);
  }
  const exact = exactDigits(b);
  if (format === 'f') return layoutF(roundDigits(exact, exact.dp + prec), prec);
  if (format === 'e' || format === 'E') return layoutE(roundDigits(exact, prec + 1), prec, e);
  const p = prec === 0 ? 1 : prec;
  return layoutG(roundDigits(exact, p), p, false, e);
}
