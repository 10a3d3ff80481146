import { type ExecEnv, type MissingKey } from './exec.js';
import type { ListNode } from './parse/node.js';
import { type Tree } from './parse/parse.js';
import type { FuncMap, GoFunc } from './value.js';
/** Templates, functions and options shared by associated templates (Go's `common`). */
declare class Common implements ExecEnv {
    #private;
    readonly tmpl: Map<string, Template>;
    readonly funcs: Map<string, GoFunc>;
    missingKey: MissingKey;
    leftDelim: string;
    rightDelim: string;
    lookup(name: string): Template | undefined;
    findFunction(name: string): {
        fn: GoFunc;
        builtin: boolean;
    } | undefined;
    /** Add or replace a function. */
    setFunction(name: string, fn: GoFunc): void;
    hasFunction(name: string): boolean;
}
/** A named template, associated with others that it can invoke (Go's *template.Template). */
export declare class Template {
    #private;
    readonly name: string;
    /** The parse tree, once parsed. */
    parseTree: Tree | undefined;
    constructor(name: string, common?: Common);
    /** A new template associated with this one (Go's t.New). */
    new(name: string): Template;
    /** Add functions (later maps win). Must come before parse for names used in the text. */
    funcs(fm: FuncMap): this;
    /** Go's Option: `missingkey=default|invalid|zero|error`. */
    option(...opts: string[]): this;
    /** Action delimiters (empty means the default `{{` / `}}`). */
    delims(left: string, right: string): this;
    /**
     * Parse text as this template's body; {{define}}d templates are added to the set.
     * Can be called again to add or redefine templates. Throws TemplateError.
     */
    parse(text: string): this;
    /** Go's AddParseTree: an empty tree does not replace an existing definition. */
    addParseTree(name: string, tree: Tree): Template;
    /** Execute with `data` as dot. Throws ExecError with Go's text. */
    execute(data: unknown): string;
    /** Execute the associated template `name`. */
    executeTemplate(name: string, data: unknown): string;
    /** The associated template of that name. */
    lookup(name: string): Template | undefined;
    /** All associated templates (this one included once parsed). */
    templates(): Template[];
    /** The root node of the parse tree. */
    get tree(): ListNode | undefined;
    /** Go's Tree.Root.String(): source equivalent to the parsed template. */
    toString(): string;
}
export {};
