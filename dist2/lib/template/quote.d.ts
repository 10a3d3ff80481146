/**
 * Go's unquoting rules (strconv.Unquote / UnquoteChar) and fmt's `%#U`, which the parser
 * needs for literals and error messages. Quoting itself is fmt's (`fmt-quote.ts`).
 */
import { quote } from './fmt-quote.js';
/** Go's strconv.Quote. */
export declare const goQuote: typeof quote;
/** fmt's `%#U`: `U+0023 '#'` (the character only when printable). */
export declare function formatRune(cp: number): string;
/**
 * Go's strconv.UnquoteChar: decode one (possibly escaped) character at `s[i]` of a literal
 * quoted with `quote`. Returns the decoded text and the index after it; throws on bad syntax.
 */
export declare function unquoteChar(s: string, i: number, quote: string): [string, number];
/** Go's strconv.Unquote for "…" and `…` literals; throws SyntaxError('invalid syntax'). */
export declare function goUnquote(lit: string): string;
/** The number of bytes of the UTF-8 encoding of `s` (Go's len). */
export declare function utf8Length(s: string): number;
