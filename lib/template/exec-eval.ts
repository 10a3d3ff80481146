/**
 * Evaluation of pipelines, commands, fields, variables and calls (the expression half of
 * Go's exec.go), on the value model of `lib/go/value.ts`. Errors are ExecError with Go's text.
 *
 * Go distinguishes an invalid reflect.Value (`undefined` here: a missing key) from a nil
 * interface (`null`: a JSON null, a nil map element). A pipeline's result is unwrapped from
 * its interface, which turns a nil interface into an invalid value: `null` → `undefined`.
 */
import { ExecError } from './errors.js';
import { convertConstant, isAssignable, validateType } from './exec-args.js';
import { sprint } from './fmt.js';
import { goTypeName } from './fmt-value.js';
import { quote } from '../go/strconv.js';
import type {
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  Node,
  NumberNode,
  PipeNode,
  VariableNode,
} from './parse/node.js';
import type { Tree } from './parse/parse.js';
import { utf8Length } from '../go/strings.js';
import {
  complexValue,
  elemTypeOf,
  hasIfaceElems,
  IFACE,
  InterfaceHeld,
  truth,
  zeroValue,
} from './reflect.js';
import { GoInt, GoStruct, isGoMap, type GoFunc, type ParamType } from '../go/value.js';

/** What Go's missingkey option says to do with a missing map key. */
export type MissingKey = 'invalid' | 'zero' | 'error';

/** A template as execution sees it. */
export interface ExecTemplate {
  readonly name: string;
  readonly parseTree: Tree | undefined;
}

/** The templates, functions and options shared by associated templates (Go's `common`). */
export interface ExecEnv {
  lookup(name: string): ExecTemplate | undefined;
  /** A function of the function maps (builtin: false) or a builtin (builtin: true). */
  findFunction(name: string): { fn: GoFunc; builtin: boolean } | undefined;
  readonly missingKey: MissingKey;
}

/** "No final argument": the pipeline's previous value is not passed. */
export const MISSING: unique symbol = Symbol('missingVal');
/** The previous command's value passed as a final argument, or MISSING. */
export type Final = unknown;

/** A template variable on the execution stack. */
export interface Variable {
  readonly name: string;
  value: unknown;
  /** The value is an interface held in a container, so its static type is `interface {}`. */
  iface: boolean;
}

/**
 * Whether a value's static type is `interface {}`: known (a boolean), or the map it was read
 * from, whose element type decides. Only error messages and `slice` ask, so field reads do
 * not work out their map's element type.
 */
export type IfaceMark = boolean | object;

/** Is the value so marked an interface? */
export function isIface(mark: IfaceMark): boolean {
  return typeof mark === 'boolean' ? mark : hasIfaceElems(mark);
}

/** The type an error message names for a field's receiver. */
function receiverType(receiver: unknown, iface: IfaceMark): string {
  return isIface(iface) ? IFACE : goTypeName(receiver);
}

/** Call `fn` with `argv`: the usual few arguments without a spread call. */
function callWith(fn: GoFunc['fn'], argv: unknown[]): unknown {
  switch (argv.length) {
    case 0:
      return fn();
    case 1:
      return fn(argv[0]);
    case 2:
      return fn(argv[0], argv[1]);
    case 3:
      return fn(argv[0], argv[1], argv[2]);
    default:
      return fn(...argv);
  }
}

/** The evaluation state (Go's `state`, minus walking the tree, which exec.ts adds). */
export class Evaluator {
  node: Node | undefined;
  vars: Variable[];
  /** Whether dot is an element of an interface container (a range element). */
  dotIface = false;
  /** Whether the last evalField result is an interface held in a container. */
  resultIface: IfaceMark = false;
  /** Whether the last evalArg result is an interface held in a container. */
  argIface: IfaceMark = false;

  constructor(
    public tmpl: ExecTemplate,
    readonly env: ExecEnv,
    data: unknown,
  ) {
    this.vars = [{ name: '$', value: data, iface: false }];
  }

  // --- errors and variables --------------------------------------------------------

  /** Throw Go's execution error for the current node; `cause` is what a function threw. */
  errorf(message: string, cause?: unknown): never {
    const name = this.tmpl.name;
    const n = this.node;
    if (n === undefined) throw new ExecError(name, `template: ${name}: ${message}`, { cause });
    const before = n.tr.text.slice(0, n.pos);
    const lineStart = before.lastIndexOf('\n') + 1;
    let line = 1;
    for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
    const where = `${n.tr.parseName}:${line}:${utf8Length(before.slice(lineStart))}`;
    throw new ExecError(
      name,
      `template: ${where}: executing ${quote(name)} at <${n.String()}>: ${message}`,
      { cause },
    );
  }

  at(node: Node): void {
    this.node = node;
  }

  findVar(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i];
      if (v.name === name) return v;
    }
    return this.errorf(`undefined variable: ${name}`);
  }

  assign(variable: VariableNode, value: unknown, iface: boolean): void {
    const v = this.findVar(variable.ident[0]);
    v.value = value;
    v.iface = iface;
  }

  evalPipeline(dot: unknown, pipe: PipeNode | undefined): unknown {
    if (pipe === undefined) return undefined;
    this.at(pipe);
    let value: unknown = MISSING;
    const cmds = pipe.cmds; // Indexed loops: see walk's list.
    for (let i = 0; i < cmds.length; i++) {
      value = this.evalCommand(dot, cmds[i], value);
      if (value === null) value = undefined; // A nil interface unwraps to an invalid value.
    }
    const decl = pipe.decl;
    for (let i = 0; i < decl.length; i++) {
      if (pipe.isAssign) this.assign(decl[i], value, false);
      else this.vars.push({ name: decl[i].ident[0], value, iface: false });
    }
    return value;
  }

  notAFunction(args: readonly Node[], final: Final): void {
    if (args.length > 1 || final !== MISSING)
      this.errorf(`can't give argument to non-function ${args[0].String()}`);
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    return this.errorf(`can't evaluate command ${quote(first.String())}`);
  }

  /** An untyped numeric constant used as a value: int, float64, or an error. */
  idealConstant(c: NumberNode): unknown {
    this.at(c);
    const n = c.num;
    if (n.isComplex) return complexValue(n.complex[0], n.complex[1]);
    const isHexInt = /^0[xX]/.test(c.text) && !/[pP]/.test(c.text);
    if (n.isFloat && !isHexInt && c.text[0] !== "'" && /[.eEpP]/.test(c.text)) return n.float;
    if (n.isInt) return new GoInt(n.int);
    if (n.isUint) this.errorf(`${c.text} overflows int`);
    return undefined;
  }

  evalFieldNode(
    dot: unknown,
    field: FieldNode,
    args: readonly Node[] | undefined,
    final: Final,
  ): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, this.dotIface, field, field.ident, 0, args, final);
  }

  evalChainNode(
    dot: unknown,
    chain: ChainNode,
    args: readonly Node[] | undefined,
    final: Final,
  ): unknown {
    this.at(chain);
    if (chain.node.type === 'nil')
      this.errorf(`indirection through explicit nil in ${chain.String()}`);
    const receiver = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, receiver, false, chain, chain.field, 0, args, final);
  }

  evalVariableNode(
    dot: unknown,
    v: VariableNode,
    args: readonly Node[] | undefined,
    final: Final,
  ): unknown {
    this.at(v);
    const variable = this.findVar(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [], final);
      return variable.value;
    }
    return this.evalFieldChain(dot, variable.value, variable.iface, v, v.ident, 1, args, final);
  }

  evalFieldChain(
    dot: unknown,
    receiver: unknown,
    iface: IfaceMark,
    node: Node,
    ident: readonly string[],
    start: number,
    args: readonly Node[] | undefined,
    final: Final,
  ): unknown {
    const last = ident.length - 1;
    let r = receiver;
    let rIface = iface;
    for (let i = start; i < last; i++) {
      r = this.evalField(dot, ident[i], node, undefined, MISSING, r, rIface);
      rIface = this.resultIface;
    }
    return this.evalField(dot, ident[last], node, args, final, r, rIface);
  }

  evalField(
    dot: unknown,
    name: string,
    node: Node,
    args: readonly Node[] | undefined,
    final: Final,
    receiver: unknown,
    iface: IfaceMark,
  ): unknown {
    this.resultIface = false;
    if (receiver === undefined) {
      if (this.env.missingKey === 'error') this.errorf(`nil data; no entry for key ${quote(name)}`);
      return undefined;
    }
    if (receiver === null) return this.errorf(`nil pointer evaluating ${IFACE}.${name}`);
    const hasArgs = (args !== undefined && args.length > 1) || final !== MISSING;
    if (receiver instanceof GoStruct)
      return this.structField(dot, name, node, args, final, receiver, iface, hasArgs);
    if (isGoMap(receiver)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      // Whether the element is an interface matters only to errors and slice: decided later.
      this.resultIface = receiver;
      if (Object.prototype.hasOwnProperty.call(receiver, name)) return receiver[name];
      if (this.env.missingKey === 'zero') return zeroValue(elemTypeOf(receiver));
      if (this.env.missingKey === 'error') this.errorf(`map has no entry for key ${quote(name)}`);
      return undefined;
    }
    return this.errorf(`can't evaluate field ${name} in type ${receiverType(receiver, iface)}`);
  }

  structField(
    dot: unknown,
    name: string,
    node: Node,
    args: readonly Node[] | undefined,
    final: Final,
    s: GoStruct,
    iface: IfaceMark,
    hasArgs: boolean,
  ): unknown {
    const method = s.method(name);
    if (method !== undefined) {
      const result = this.evalCall(dot, method, false, node, name, args, final);
      this.resultIface = false; // Evaluating the arguments may have set it.
      return result;
    }
    if (s.nil) {
      // A nil pointer: Go checks the field exists in the struct type first.
      if (s.hasField(name) || Object.keys(s.fields).length === 0)
        this.errorf(`nil pointer evaluating ${receiverType(s, iface)}.${name}`);
    } else if (s.hasField(name)) {
      if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
      return s.field(name);
    }
    return this.errorf(`can't evaluate field ${name} in type ${receiverType(s, iface)}`);
  }

  evalFunction(
    dot: unknown,
    node: IdentifierNode,
    cmd: Node,
    args: readonly Node[] | undefined,
    final: Final,
  ): unknown {
    this.at(node);
    const found = this.env.findFunction(node.ident);
    if (found === undefined) return this.errorf(`${quote(node.ident)} is not a defined function`);
    return this.evalCall(dot, found.fn, found.builtin, cmd, node.ident, args, final);
  }

  /** Call a function or method; `args` are the command's nodes, the first being the name. */
  evalCall(
    dot: unknown,
    fun: GoFunc,
    isBuiltin: boolean,
    node: Node,
    name: string,
    args: readonly Node[] | undefined,
    final: Final,
  ): unknown {
    const nArgs = args === undefined ? 0 : args.length - 1;
    const numIn = nArgs + (final !== MISSING ? 1 : 0);
    const params = fun.params;
    const numFixed = fun.variadic ? params.length - 1 : nArgs;
    if (fun.variadic) {
      if (numIn < numFixed)
        this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${nArgs}`);
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
    }
    if (isBuiltin && (name === 'and' || name === 'or'))
      return this.evalAndOr(dot, name === 'or', args, final);
    const argv: unknown[] = new Array(numIn);
    let i = 0;
    for (; i < numFixed && i < nArgs; i++)
      argv[i] = this.evalArg(dot, params[i], (args as readonly Node[])[i + 1]);
    const rest = params[params.length - 1];
    for (; i < nArgs; i++) {
      argv[i] = this.evalArg(dot, rest, (args as readonly Node[])[i + 1]);
      // Go's slice, unlike index, does not look inside interfaces for its indexes.
      if (isBuiltin && name === 'slice' && isIface(this.argIface))
        argv[i] = new InterfaceHeld(argv[i]);
    }
    if (final !== MISSING) {
      const t = fun.variadic && numIn - 1 < numFixed ? params[numIn - 1] : rest;
      argv[i] = this.validate(final, t);
    }
    try {
      return callWith(fun.fn, argv);
    } catch (e) {
      this.at(node);
      return this.errorf(
        `error calling ${name}: ${e instanceof Error ? e.message : sprint([e])}`,
        e,
      );
    }
  }

  /** and/or: evaluate arguments left to right, stop at the first deciding one, return it. */
  evalAndOr(dot: unknown, isOr: boolean, args: readonly Node[] | undefined, final: Final): unknown {
    let v: unknown;
    const n = args === undefined ? 0 : args.length;
    for (let i = 1; i < n; i++) {
      v = this.evalArg(dot, 'value', (args as readonly Node[])[i]);
      if (truth(v) === isOr) return v;
    }
    if (final !== MISSING) v = this.validate(final, 'value');
    return v;
  }

  validate(value: unknown, typ: ParamType | undefined): unknown {
    // Most parameters take any value: no check object to build (an invalid one is nil).
    if (typ === undefined || typ === 'value') return value;
    if (typ === 'any') return value === undefined ? null : value;
    if (value !== undefined && isAssignable(value, typ)) return value;
    const r = validateType(value, typ);
    return r.ok ? r.value : this.errorf(r.error);
  }

  /** Evaluate an argument for a parameter of type `typ` (undefined: no conversion). */
  evalArg(dot: unknown, typ: ParamType | undefined, n: Node): unknown {
    this.at(n);
    this.argIface = false;
    switch (n.type) {
      case 'dot':
        this.argIface = this.dotIface;
        return this.validate(dot, typ);
      case 'nil': {
        const r = validateType(undefined, typ);
        return r.ok ? r.value : this.errorf(`cannot assign nil to ${r.expected}`);
      }
      case 'field': {
        // Go passes []Node{n} (no arguments); undefined says the same without an array per call.
        const v = this.evalFieldNode(dot, n, undefined, MISSING);
        this.argIface = this.resultIface;
        return this.validate(v, typ);
      }
      case 'variable': {
        const v = this.evalVariableNode(dot, n, undefined, MISSING);
        this.argIface = n.ident.length === 1 ? this.findVar(n.ident[0]).iface : this.resultIface;
        return this.validate(v, typ);
      }
      case 'pipe':
        return this.validate(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validate(this.evalFunction(dot, n, n, undefined, MISSING), typ);
      case 'chain':
        return this.validate(this.evalChainNode(dot, n, undefined, MISSING), typ);
    }
    if (typ === 'any' || typ === 'value') return this.evalEmptyInterface(n);
    if (typ === 'string' && n.type === 'string') return n.text; // The usual constant: as is.
    const r = convertConstant(n, typ);
    return r.ok ? r.value : this.errorf(r.error);
  }

  /** A constant passed as interface{}: bool, string, or an ideal number. */
  evalEmptyInterface(n: Node): unknown {
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
    return this.errorf(`can't handle assignment of ${n.String()} to empty interface argument`);
  }
}
