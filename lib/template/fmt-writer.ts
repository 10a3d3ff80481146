/**
 * The raw formatter behind Go's fmt (Go's internal `fmt` struct): flags, width, precision,
 * padding, and the per-kind formatting of integers, strings, floats and runes.
 * `fmt.ts` decides which of these a value and verb need.
 */
import { formatFloat, type FloatFormat } from './fmt-float.js';
import { canBackquote, isPrint, quote, quoteRune } from '../go/strconv.js';

/** Flags of one verb, reset before each. */
export interface FmtFlags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** `%+v`: field names in structs (plus is cleared). */
  plusV: boolean;
  /** `%#v`: Go syntax (sharp is cleared). */
  sharpV: boolean;
}

const noFlags = (): FmtFlags => ({
  widPresent: false,
  precPresent: false,
  minus: false,
  plus: false,
  sharp: false,
  space: false,
  zero: false,
  plusV: false,
  sharpV: false,
});

const utf8 = new TextEncoder();

/** Go's UTF-8 bytes of a string (lone surrogates become U+FFFD, as Go would have them). */
export function utf8Bytes(s: string): Uint8Array {
  return utf8.encode(s);
}

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Go's formatter state and primitives; output accumulates in `buf`. */
export class FmtWriter {
  buf = '';
  flags: FmtFlags = noFlags();
  wid = 0;
  prec = 0;

  /** Reset flags, width and precision for the next verb. */
  clearFlags(): void {
    this.flags = noFlags();
    this.wid = 0;
    this.prec = 0;
  }

  /** Append raw text. */
  write(s: string): void {
    this.buf += s;
  }

  /** n copies of the padding character (zero or space). */
  writePadding(n: number): void {
    if (n > 0) this.buf += (this.flags.zero ? '0' : ' ').repeat(n);
  }

  /** Append s padded to the width (left, or right with `-`). */
  pad(s: string): void {
    if (!this.flags.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (this.flags.minus) {
      this.buf += s;
      this.writePadding(width);
    } else {
      this.writePadding(width);
      this.buf += s;
    }
  }

  /** pad with zero padding switched off (numbers that handled zeros themselves, NaN…). */
  padNoZero(s: string): void {
    const zero = this.flags.zero;
    this.flags.zero = false;
    this.pad(s);
    this.flags.zero = zero;
  }

  /** `true` / `false`. */
  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** The string cut to the precision (counted in runes). */
  truncate(s: string): string {
    if (!this.flags.precPresent) return s;
    let n = this.prec;
    let i = 0;
    for (const ch of s) {
      if (n-- <= 0) return s.slice(0, i);
      i += ch.length;
    }
    return s;
  }

  /** %s of a string. */
  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  /** %x / %X of a string or byte slice: hex of its bytes, with `#` and space variants. */
  fmtSbx(bytes: Uint8Array, upper: boolean): void {
    const prefix = upper ? '0X' : '0x';
    let length = bytes.length;
    if (this.flags.precPresent && this.prec < length) length = this.prec;
    if (length <= 0) {
      if (this.flags.widPresent) this.writePadding(this.wid);
      return;
    }
    let out = this.flags.sharp ? prefix : '';
    for (let i = 0; i < length; i++) {
      if (this.flags.space && i > 0) out += this.flags.sharp ? ' ' + prefix : ' ';
      const h = (bytes[i] ?? 0).toString(16).padStart(2, '0');
      out += upper ? h.toUpperCase() : h;
    }
    // Go pads hex output with spaces only when the width is larger.
    const width = out.length;
    if (this.flags.widPresent && this.wid > width && !this.flags.minus)
      this.writePadding(this.wid - width);
    this.buf += out;
    if (this.flags.widPresent && this.wid > width && this.flags.minus)
      this.writePadding(this.wid - width);
  }

  /** %q of a string: Go-quoted, or backquoted with `#` when possible, ASCII-only with `+`. */
  fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.flags.sharp && canBackquote(s)) {
      this.pad('`' + s + '`');
      return;
    }
    this.pad(quote(s, this.flags.plus));
  }

  /** %c of an integer. */
  fmtC(c: number): void {
    const valid = c >= 0 && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff);
    this.pad(String.fromCodePoint(valid ? c : 0xfffd));
  }

  /** %q of an integer: a quoted rune. */
  fmtQc(c: number): void {
    this.pad(quoteRune(c, this.flags.plus));
  }

  /** %U: `U+0078`, with `#` also `U+0078 'x'`. */
  fmtUnicode(u: number): void {
    const prec = this.flags.precPresent && this.prec > 4 ? this.prec : 4;
    // Go formats the integer as a uint64, so negative values wrap around.
    let out = 'U+' + BigInt.asUintN(64, BigInt(u)).toString(16).toUpperCase().padStart(prec, '0');
    if (this.flags.sharp && u <= 0x10ffff && isPrint(u)) out += ` '${String.fromCodePoint(u)}'`;
    this.padNoZero(out);
  }

  /** Integers in base 2, 8, 10 or 16 with precision, zero padding, sign and prefixes. */
  fmtInteger(v: number, base: 2 | 8 | 10 | 16, verb: string, upper = false): void {
    const negative = v < 0;
    const u = Math.abs(v);
    let prec = 0;
    if (this.flags.precPresent) {
      prec = this.prec;
      // Precision 0 and value 0 print nothing but padding.
      if (prec === 0 && u === 0) {
        const zero = this.flags.zero;
        this.flags.zero = false;
        this.writePadding(this.wid);
        this.flags.zero = zero;
        return;
      }
    } else if (this.flags.zero && this.flags.widPresent) {
      prec = this.wid;
      if (negative || this.flags.plus || this.flags.space) prec--; // room for the sign
    }
    // Beyond 2^53 a double is an integer; BigInt prints all of its digits.
    let digits = u < 2 ** 53 ? u.toString(base) : BigInt(u).toString(base);
    if (upper) digits = digits.toUpperCase();
    digits = digits.padStart(prec, '0');
    if (this.flags.sharp) digits = basePrefix(base, upper, digits) + digits;
    if (verb === 'O') digits = '0o' + digits;
    const sign = negative ? '-' : this.flags.plus ? '+' : this.flags.space ? ' ' : '';
    this.padNoZero(sign + digits);
  }

  /** Floats per strconv, then sign, `#` trailing zeros and zero padding as Go does. */
  fmtFloat(v: number, verb: FloatFormat, defaultPrec: number): void {
    const prec = this.flags.precPresent ? this.prec : defaultPrec;
    let num = formatFloat(v, verb, prec);
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
    if (this.flags.space && num[0] === '+' && !this.flags.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      // Infinities and NaN are never zero padded; NaN only has a sign when asked.
      if (num[1] === 'N' && !this.flags.space && !this.flags.plus) num = num.slice(1);
      this.padNoZero(num);
      return;
    }
    if (this.flags.sharp && verb !== 'b') num = keepPoint(num, verb, prec);
    if (this.flags.plus || num[0] !== '+') {
      if (this.flags.zero && this.flags.widPresent && this.wid > num.length) {
        // Zero padding goes between the sign and the digits.
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}

/** The `#` prefix of an integer; octal gets a 0 only when its digits lack one. */
function basePrefix(base: number, upper: boolean, digits: string): string {
  if (base === 2) return '0b';
  if (base === 16) return upper ? '0X' : '0x';
  if (base === 8 && digits[0] !== '0') return '0';
  return '';
}

/** `#` on floats: always a decimal point, and %g keeps its trailing zeros. */
function keepPoint(num: string, verb: FloatFormat, prec: number): string {
  let digits =
    verb === 'g' || verb === 'G' || verb === 'x' || verb === 'X' ? (prec === -1 ? 6 : prec) : 0;
  let tail = '';
  let body = num;
  const hexFloat = verb === 'x' || verb === 'X';
  const cut = body.slice(1).search(hexFloat ? /[pP]/ : /[eEpP]/);
  if (cut >= 0) {
    tail = body.slice(cut + 1);
    body = body.slice(0, cut + 1);
  }
  let sawNonzero = false;
  let hasPoint = false;
  for (const ch of body.slice(1)) {
    if (ch === '.') {
      hasPoint = true;
      continue;
    }
    if (ch !== '0') sawNonzero = true;
    if (sawNonzero) digits--;
  }
  if (!hasPoint) {
    // A lone 0 counts as one digit.
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  return body + '0'.repeat(Math.max(digits, 0)) + tail;
}
