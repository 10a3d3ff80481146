/**
 * The Template class: Go's *template.Template (template.go, option.go).
 */
import { builtins } from './builtins.js';
import { TemplateError } from './errors.js';
import { execute, type ExecEnv, type MissingKey } from './exec.js';
import type { ListNode } from './parse/node.js';
import { isEmptyTree } from './parse/node.js';
import { parse, type Tree } from './parse/parse.js';
import { stringTest } from '../go/code-points.js';
import { quote } from '../go/strconv.js';
import type { FuncMap, GoFunc } from '../go/value.js';

/** Templates, functions and options shared by associated templates (Go's `common`). */
class Common implements ExecEnv {
  readonly tmpl = new Map<string, Template>();
  readonly funcs = new Map<string, GoFunc>();
  /** findFunction's answers (execution looks functions up on every call). */
  readonly #found = new Map<string, { fn: GoFunc; builtin: boolean } | null>();
  missingKey: MissingKey = 'invalid';
  leftDelim = '';
  rightDelim = '';

  lookup(name: string): Template | undefined {
    return this.tmpl.get(name);
  }

  findFunction(name: string): { fn: GoFunc; builtin: boolean } | undefined {
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

  /** Add or replace the functions `names` of `fm`. */
  setFunctions(fm: FuncMap, names: readonly string[]): void {
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      this.funcs.set(name, fm[name]);
    }
    // Once per map: clear() gives the map a new table, ~200 of them for sprig's functions.
    this.#found.clear();
  }

  hasFunction(name: string): boolean {
    return this.funcs.has(name) || Object.prototype.hasOwnProperty.call(builtins, name);
  }
}

/** missingkey option values. */
const MISSING_KEY: Readonly<Record<string, MissingKey>> = {
  invalid: 'invalid',
  default: 'invalid',
  zero: 'zero',
  error: 'error',
};

/** Go's goodName: a function name must be an identifier. */
const isGoodName = stringTest('[\\p{L}_][\\p{L}\\p{Nd}_]*');
/**
 * isGoodName's pattern on ASCII (its only ASCII letters are A-Z and a-z, its only ASCII digits 0-9), tried
 * first: every function of a run has an ASCII name, and compiling and running the \p{} pattern
 * for the ~200 of them cost about 0.5 ms of every start.
 */
const ASCII_GOOD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A named template, associated with others that it can invoke (Go's *template.Template). */
export class Template {
  /** The parse tree, once parsed. */
  parseTree: Tree | undefined;
  readonly #common: Common;

  constructor(
    readonly name: string,
    common?: Common,
  ) {
    this.#common = common ?? new Common();
  }

  /** A new template associated with this one (Go's t.New). */
  new(name: string): Template {
    return new Template(name, this.#common);
  }

  /** Add functions (later maps win). Must come before parse for names used in the text. */
  funcs(fm: FuncMap): this {
    const names = Object.keys(fm);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (!ASCII_GOOD_NAME.test(name) && !isGoodName(name))
        throw new TemplateError(`function name ${quote(name)} is not a valid identifier`);
    }
    this.#common.setFunctions(fm, names);
    return this;
  }

  /** Go's Option: `missingkey=default|invalid|zero|error`. */
  option(...opts: string[]): this {
    for (const opt of opts) {
      if (opt === '') throw new TemplateError('empty option string');
      const [key, value] = opt.split('=', 2);
      const known =
        key === 'missingkey' &&
        value !== undefined &&
        Object.prototype.hasOwnProperty.call(MISSING_KEY, value);
      const mk = known ? MISSING_KEY[value] : undefined;
      if (mk === undefined) throw new TemplateError(`unrecognized option: ${opt}`);
      this.#common.missingKey = mk;
    }
    return this;
  }

  /** Action delimiters (empty means the default `{{` / `}}`). */
  delims(left: string, right: string): this {
    this.#common.leftDelim = left;
    this.#common.rightDelim = right;
    return this;
  }

  /**
   * Parse text as this template's body; {{define}}d templates are added to the set.
   * Can be called again to add or redefine templates. Throws TemplateError.
   */
  parse(text: string): this {
    const c = this.#common;
    const trees = parse(this.name, text, {
      leftDelim: c.leftDelim,
      rightDelim: c.rightDelim,
      hasFunction: (n) => c.hasFunction(n),
    });
    for (const [name, tree] of trees) this.addParseTree(name, tree);
    return this;
  }

  /** Go's AddParseTree: an empty tree does not replace an existing definition. */
  addParseTree(name: string, tree: Tree): Template {
    const nt = name === this.name ? this : this.new(name);
    const old = this.#common.tmpl.get(name);
    const keepOld = old !== undefined && isEmptyTree(tree.root) && old.parseTree !== undefined;
    if (!keepOld) this.#common.tmpl.set(name, nt);
    if (!keepOld || nt.parseTree === undefined) nt.parseTree = tree;
    return nt;
  }

  /** Execute with `data` as dot. Throws ExecError with Go's text. */
  execute(data: unknown): string {
    return execute(this, this.#common, data);
  }

  /** Execute the associated template `name`. */
  executeTemplate(name: string, data: unknown): string {
    const t = this.lookup(name);
    if (t === undefined) {
      throw new TemplateError(
        `template: no template ${quote(name)} associated with template ${quote(this.name)}`,
      );
    }
    return t.execute(data);
  }

  /** The associated template of that name. */
  lookup(name: string): Template | undefined {
    return this.#common.tmpl.get(name);
  }

  /** All associated templates (this one included once parsed). */
  templates(): Template[] {
    return [...this.#common.tmpl.values()];
  }

  /** The root node of the parse tree. */
  get tree(): ListNode | undefined {
    return this.parseTree?.root;
  }

  /** Go's Tree.Root.String(): source equivalent to the parsed template. */
  toString(): string {
    return this.tree?.String() ?? '';
  }
}
