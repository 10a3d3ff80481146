import { Tree } from './tokens.js';
export { Tree } from './tokens.js';
/** How to parse. */
export interface ParseOptions {
    leftDelim?: string;
    rightDelim?: string;
    /** Keep comments in the tree (Go's parse.ParseComments). */
    comments?: boolean;
    /** Do not check that functions exist (Go's parse.SkipFuncCheck). */
    skipFuncCheck?: boolean;
    /** Whether a function name is defined (function maps and builtins). */
    hasFunction: (name: string) => boolean;
}
/**
 * Parse template text named `name`. Returns every template it defines by name: the
 * top-level one under `name` (registered even when empty, unless a non-empty definition
 * of that name exists) and one per {{define}} and {{block}}. Throws TemplateError.
 */
export declare function parse(name: string, text: string, opts: ParseOptions): Map<string, Tree>;
