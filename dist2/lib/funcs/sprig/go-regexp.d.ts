/**
 * Go's regexp (RE2 syntax) on JavaScript's engine: a Go expression is checked for the
 * common syntax errors Go reports (with Go's messages) and rewritten into an equivalent
 * JS expression with the `u` flag. Both engines pick the leftmost-first match, so results
 * agree for the RE2 subset. Leading flag groups `(?i)`, `(?s)`, `(?m)` are supported;
 * other flag groups and `\C` are reported as unsupported.
 */
/** A Go regexp syntax error (`error parsing regexp: missing closing ]: `[``). */
export declare class RegexpError extends Error {
    readonly name = "RegexpError";
    constructor(code: string, expr: string);
}
/** Compile a Go regular expression (throws {@link RegexpError} with Go's message). */
export declare function compileGoRegexp(expr: string): RegExp;
