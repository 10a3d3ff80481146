/**
 * Go's `strconv.FormatFloat(x, fmt, prec, 64)` for the formats fmt uses: `e E f g G b x X`.
 *
 * Shortest output (prec < 0) takes the digits of JavaScript's shortest round-trip
 * representation, which are the digits Go's Ryu algorithm picks. Fixed precision rounds the
 * exact binary value half-to-even, computed with BigInt, as Go's correctly rounded paths do.
 */
/** Float formats strconv accepts. */
export type FloatFormat = 'e' | 'E' | 'f' | 'g' | 'G' | 'b' | 'x' | 'X';
/**
 * Go's `strconv.FormatFloat(x, format, prec, 64)`; prec < 0 means the shortest
 * representation that reads back exactly. Infinities are `+Inf`/`-Inf`, NaN is `NaN`.
 */
export declare function formatFloat(x: number, format: FloatFormat, prec: number): string;
