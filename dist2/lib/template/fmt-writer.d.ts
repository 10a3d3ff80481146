/**
 * The raw formatter behind Go's fmt (Go's internal `fmt` struct): flags, width, precision,
 * padding, and the per-kind formatting of integers, strings, floats and runes.
 * `fmt.ts` decides which of these a value and verb need.
 */
import { type FloatFormat } from './fmt-float.js';
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
/** Go's UTF-8 bytes of a string (lone surrogates become U+FFFD, as Go would have them). */
export declare function utf8Bytes(s: string): Uint8Array;
/** Go's formatter state and primitives; output accumulates in `buf`. */
export declare class FmtWriter {
    buf: string;
    flags: FmtFlags;
    wid: number;
    prec: number;
    /** Reset flags, width and precision for the next verb. */
    clearFlags(): void;
    /** Append raw text. */
    write(s: string): void;
    /** n copies of the padding character (zero or space). */
    writePadding(n: number): void;
    /** Append s padded to the width (left, or right with `-`). */
    pad(s: string): void;
    /** pad with zero padding switched off (numbers that handled zeros themselves, NaN…). */
    padNoZero(s: string): void;
    /** `true` / `false`. */
    fmtBoolean(v: boolean): void;
    /** The string cut to the precision (counted in runes). */
    truncate(s: string): string;
    /** %s of a string. */
    fmtS(s: string): void;
    /** %x / %X of a string or byte slice: hex of its bytes, with `#` and space variants. */
    fmtSbx(bytes: Uint8Array, upper: boolean): void;
    /** %q of a string: Go-quoted, or backquoted with `#` when possible, ASCII-only with `+`. */
    fmtQ(s: string): void;
    /** %c of an integer. */
    fmtC(c: number): void;
    /** %q of an integer: a quoted rune. */
    fmtQc(c: number): void;
    /** %U: `U+0078`, with `#` also `U+0078 'x'`. */
    fmtUnicode(u: number): void;
    /** Integers in base 2, 8, 10 or 16 with precision, zero padding, sign and prefixes. */
    fmtInteger(v: number, base: 2 | 8 | 10 | 16, verb: string, upper?: boolean): void;
    /** Floats per strconv, then sign, `#` trailing zeros and zero padding as Go does. */
    fmtFloat(v: number, verb: FloatFormat, defaultPrec: number): void;
}
