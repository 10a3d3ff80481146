/**
 * The Template class: Go's *template.Template (template.go, option.go).
 */
import { builtins } from './builtins.js';
import { TemplateError } from './errors.js';
import { execute } from './exec.js';
import { isEmptyTree } from './parse/node.js';
import { parse } from './parse/parse.js';
import { quote } from './fmt-quote.js';
/** Templates, functions and options shared by associated templates (Go's `common`). */
class Common {
    tmpl = new Map();
    funcs = new Map();
    /** findFunction's answers (execution looks functions up on every call). */
    #found = new Map();
    missingKey = 'invalid';
    leftDelim = '';
    rightDelim = '';
    lookup(name) {
        return this.tmpl.get(name);
    }
    findFunction(name) {
        let found = this.#found.get(name);
        if (found === undefined) {
            const fn = this.funcs.get(name);
            const b = Object.prototype.hasOwnProperty.call(builtins, name) ? builtins[name] : undefined;
            found =
                fn !== undefined
                    ? { fn, builtin: false }
                    : b !== undefined
                        ? { fn: b, builtin: true }
                        : null;
            this.#found.set(name, found);
        }
        return found ?? undefined;
    }
    /** Add or replace a function. */
    setFunction(name, fn) {
        this.funcs.set(name, fn);
        this.#found.clear();
    }
    hasFunction(name) {
        return this.funcs.has(name) || Object.prototype.hasOwnProperty.call(builtins, name);
    }
}
/** missingkey option values. */
const MISSING_KEY = {
    invalid: 'invalid',
    default: 'invalid',
    zero: 'zero',
    error: 'error',
};
/** Go's goodName: a function name must be an identifier. */
const GOOD_NAME = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
/** A named template, associated with others that it can invoke (Go's *template.Template). */
export class Template {
    name;
    /** The parse tree, once parsed. */
    parseTree;
    #common;
    constructor(name, common) {
        this.name = name;
        this.#common = common ?? new Common();
    }
    /** A new template associated with this one (Go's t.New). */
    new(name) {
        return new Template(name, this.#common);
    }
    /** Add functions (later maps win). Must come before parse for names used in the text. */
    funcs(fm) {
        for (const [name, fn] of Object.entries(fm)) {
            if (!GOOD_NAME.test(name))
                throw new TemplateError(`function name ${quote(name)} is not a valid identifier`);
            this.#common.setFunction(name, fn);
        }
        return this;
    }
    /** Go's Option: `missingkey=default|invalid|zero|error`. */
    option(...opts) {
        for (const opt of opts) {
            if (opt === '')
                throw new TemplateError('empty option string');
            const [key, value] = opt.split('=', 2);
            const known = key === 'missingkey' &&
                value !== undefined &&
                Object.prototype.hasOwnProperty.call(MISSING_KEY, value);
            const mk = known ? MISSING_KEY[value] : undefined;
            if (mk === undefined)
                throw new TemplateError(`unrecognized option: ${opt}`);
            this.#common.missingKey = mk;
        }
        return this;
    }
    /** Action delimiters (empty means the default `{{` / `}}`). */
    delims(left, right) {
        this.#common.leftDelim = left;
        this.#common.rightDelim = right;
        return this;
    }
    /**
     * Parse text as this template's body; {{define}}d templates are added to the set.
     * Can be called again to add or redefine templates. Throws TemplateError.
     */
    parse(text) {
        const c = this.#common;
        const trees = parse(this.name, text, {
            leftDelim: c.leftDelim,
            rightDelim: c.rightDelim,
            hasFunction: (n) => c.hasFunction(n),
        });
        for (const [name, tree] of trees)
            this.addParseTree(name, tree);
        return this;
    }
    /** Go's AddParseTree: an empty tree does not replace an existing definition. */
    addParseTree(name, tree) {
        const nt = name === this.name ? this : this.new(name);
        const old = this.#common.tmpl.get(name);
        const keepOld = old !== undefined && isEmptyTree(tree.root) && old.parseTree !== undefined;
        if (!keepOld)
            this.#common.tmpl.set(name, nt);
        if (!keepOld || nt.parseTree === undefined)
            nt.parseTree = tree;
        return nt;
    }
    /** Execute with `data` as dot. Throws ExecError with Go's text. */
    execute(data) {
        return execute(this, this.#common, data);
    }
    /** Execute the associated template `name`. */
    executeTemplate(name, data) {
        const t = this.lookup(name);
        if (t === undefined) {
            throw new TemplateError(`template: no template ${quote(name)} associated with template ${quote(this.name)}`);
        }
        return t.execute(data);
    }
    /** The associated template of that name. */
    lookup(name) {
        return this.#common.tmpl.get(name);
    }
    /** All associated templates (this one included once parsed). */
    templates() {
        return [...this.#common.tmpl.values()];
    }
    /** The root node of the parse tree. */
    get tree() {
        return this.parseTree?.root;
    }
    /** Go's Tree.Root.String(): source equivalent to the parsed template. */
    toString() {
        return this.tree?.String() ?? '';
    }
}
//# sourceMappingURL=template.js.map