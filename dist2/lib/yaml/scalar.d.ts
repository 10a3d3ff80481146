/** Whether `s` can be written as a plain (unquoted) scalar and still be read back as the same string. */
export declare function isPlainSafe(s: string): boolean;
/** `s` as a double-quoted YAML scalar (JSON escapes, plus escapes for what YAML treats as breaks or unprintable). */
export declare function doubleQuote(s: string): string;
/** `s` as a single-line scalar: plain if safe, else quoted. */
export declare function renderString(s: string): string;
/** A number as YAML 1.1 reads it back (`.nan`, `.inf`; JS's `1e+21` is a float there too). */
export declare function renderNumber(n: number): string;
/**
 * Whether `s` should be written as a literal block scalar: multi-line, printable, with some content,
 * and a first line that does not start with a space (that would need an indentation indicator; we quote instead).
 */
export declare function fitsBlockScalar(s: string): boolean;
/**
 * `s` as a literal block scalar whose content lines are indented to column `col`: `|`, `|-` or `|+`
 * by how many newlines end `s`. `col` must be deeper than the parent node. The text has no final
 * line break; the caller ends the line.
 */
export declare function renderBlockScalar(s: string, col: number): string;
/** `s` single-quoted, or undefined when it cannot be (line breaks, characters that need escapes). */
export declare function singleQuote(s: string): string | undefined;
