import { GoInt } from '../../template/value.js';
/** Throw a Go runtime panic / error result; the engine reports `error calling NAME: msg`. */
export declare function fail(message: string): never;
/** A Go int64 result. */
export declare const int64: (n: number) => GoInt;
/** Go's int64 arithmetic, wrapping around at 64 bits (precision is a double's beyond 2^53). */
export declare function wrapInt64(op: (a: bigint, b: bigint) => bigint, a: number, b: number): number;
/** A Go int result. */
export declare const goInt: (n: number) => GoInt;
/** Go's reflect Kind name of a value (`map`, `slice`, `string`, `ptr`, `invalid` …). */
export declare function kindOf(v: unknown): string;
/** `reflect.TypeOf(v).Kind()`: panics on nil like Go. */
export declare function kindOrPanic(v: unknown): string;
/** Is it a Go byte slice (`[]uint8`)? */
export declare function isBytes(v: unknown): v is unknown[];
/** Sprig's strval: strings as is, byte slices as text, everything else in `%v`. */
export declare function strval(v: unknown): string;
/** Sprig's `empty`: nil, zero numbers, false, empty strings, slices and maps; structs never. */
export declare function isEmpty(v: unknown): boolean;
/** Go's reflect.DeepEqual on the value model: same types, same contents (NaN ≠ NaN). */
export declare function deepEqual(a: unknown, b: unknown): boolean;
/** Go's strconv.ParseInt(s, base, 64) for an explicit base 2–36; undefined on error. */
export declare function parseIntBase(s: string, base: number): number | undefined;
/** spf13/cast ToInt64 (and ToInt): numbers truncate, strings parse, failures give 0. */
export declare function toInt64(v: unknown): number;
/** spf13/cast ToFloat64: failures give 0. */
export declare function toFloat64(v: unknown): number;
/** Go's len(s): bytes of the UTF-8 encoding. */
export declare function byteLen(s: string): number;
/**
 * Go's s[start:end] on bytes, panicking as Go's runtime does for bad bounds
 * (`slice bounds out of range [:9] with length 5`). `end` defaults to len(s).
 */
export declare function byteSlice(s: string, start: number, end?: number): string;
