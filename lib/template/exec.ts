/**
 * Execution of parse trees (Go's text/template exec.go): walks the tree with a dot value,
 * runs if/with/range/template, and writes the output. Expressions are evaluated by
 * `exec-eval.ts`. Errors are ExecError with Go's exact text.
 */
import { Evaluator, type ExecEnv, type ExecTemplate } from './exec-eval.js';
import { formatValue, sprint } from './fmt.js';
import { quote } from '../go/strconv.js';
import type { Node, PipeNode, RangeNode, TemplateNode } from './parse/node.js';
import { compareStrings } from '../go/strings.js';
import { hasIfaceElems, isTrue, printable } from './reflect.js';
import { MAX_OUTPUT, MAX_STEPS } from './limits.js';
import { GoInt, isGoMap } from '../go/value.js';

export type { ExecEnv, ExecTemplate, MissingKey } from './exec-eval.js';

// Control flow of {{break}} and {{continue}}.
/** `{{break}}` and `{{continue}}` unwind to their loop as these (one instance each, made once). */
class LoopControl extends Error {
  override readonly name = 'LoopControl';
}
const BREAK = new LoopControl('break');
const CONTINUE = new LoopControl('continue');

/** Go's maxExecDepth. */
const MAX_EXEC_DEPTH = 100000;

/** Execution state: evaluation plus walking the tree. */
class State extends Evaluator {
  out = '';
  depth = 0;
  steps = 0;

  /** Append to the output, within MAX_OUTPUT. */
  write(text: string): void {
    this.out += text;
    if (this.out.length > MAX_OUTPUT)
      this.errorf(`template output exceeds kinject's bound of ${MAX_OUTPUT} characters`);
  }

  walk(dot: unknown, node: Node): void {
    this.at(node);
    if (++this.steps > MAX_STEPS)
      this.errorf(`template execution exceeds kinject's bound of ${MAX_STEPS} steps`);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'comment':
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node.type === 'with', dot, node.pipe, node.list, node.elseList);
      case 'list': {
        // Indexed loops: before the optimizing compiler gets to them (the first thousand or
        // so pods), iterator loops cost an object and calls per step.
        const nodes = node.nodes;
        for (let i = 0; i < nodes.length; i++) this.walk(dot, nodes[i]);
        return;
      }
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.write(node.text);
        return;
      case 'pipe':
      case 'command':
      case 'identifier':
      case 'variable':
      case 'dot':
      case 'nil':
      case 'field':
      case 'chain':
      case 'bool':
      case 'number':
      case 'string':
      case 'else':
      case 'end':
        return this.errorf(`unknown node: ${node.String()}`);
      default:
        return assertNever(node);
    }
  }

  walkIfOrWith(
    isWith: boolean,
    dot: unknown,
    pipe: PipeNode,
    list: Node,
    elseList: Node | undefined,
  ): void {
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, pipe);
    const t = isTrue(val);
    if (t === undefined) this.errorf(`if/with can't use ${sprint([val])}`);
    if (t) {
      if (isWith) this.withDot(val, false, list);
      else this.walk(dot, list);
    } else if (elseList !== undefined) {
      this.walk(dot, elseList);
    }
    this.vars.length = mark;
  }

  /** Walk `node` with a new dot, restoring the old dot's interface flag afterwards. */
  withDot(dot: unknown, iface: boolean, node: Node): void {
    const saved = this.dotIface;
    this.dotIface = iface;
    try {
      this.walk(dot, node);
    } finally {
      this.dotIface = saved; // Also when {{break}} or {{continue}} unwinds.
    }
  }

  walkRange(dot: unknown, r: RangeNode): void {
    this.at(r);
    const mark = this.vars.length;
    const val = this.evalPipeline(dot, r.pipe);
    const ran = this.rangeOver(val, r);
    // The else branch still sees the range's variables (Go pops them on return).
    if (!ran && r.elseList !== undefined) this.walk(dot, r.elseList);
    this.vars.length = mark;
  }

  /** Iterate; returns whether there was at least one element. */
  rangeOver(val: unknown, r: RangeNode): boolean {
    if (val === undefined || val === null) return false; // Acts like an empty map.
    try {
      if (Array.isArray(val)) {
        const iface = hasIfaceElems(val);
        for (let i = 0; i < val.length; i++) this.oneIteration(r, new GoInt(i), val[i], iface);
        return val.length > 0;
      }
      if (val instanceof GoInt) return this.rangeInt(val, r);
      if (isGoMap(val)) {
        const keys = Object.keys(val).sort(compareStrings);
        const iface = hasIfaceElems(val);
        for (let i = 0; i < keys.length; i++) this.oneIteration(r, keys[i], val[keys[i]], iface);
        return keys.length > 0;
      }
    } catch (e) {
      if (e !== BREAK) throw e;
      return true;
    }
    return this.errorf(`range can't iterate over ${sprint([val])}`);
  }

  /** Go 1.22+: range over an integer n yields 0 … n-1. */
  rangeInt(n: GoInt, r: RangeNode): boolean {
    if (r.pipe.decl.length > 1)
      this.errorf(`can't use ${n.value} to iterate over more than one variable`);
    for (let i = 0; i < n.value; i++)
      this.oneIteration(r, new GoInt(i, n.kind), new GoInt(i, n.kind), false);
    return n.value > 0;
  }

  oneIteration(r: RangeNode, index: unknown, elem: unknown, iface: boolean): void {
    const decl = r.pipe.decl;
    const mark = this.vars.length;
    if (decl.length > 0) {
      // With two variables the index comes first; with one, it gets the element.
      if (r.pipe.isAssign)
        this.assign(decl[0], decl.length > 1 ? index : elem, decl.length === 1 && iface);
      else this.setTop(1, elem, iface);
    }
    if (decl.length > 1) {
      if (r.pipe.isAssign) this.assign(decl[1], elem, iface);
      else this.setTop(2, index, false);
    }
    try {
      this.withDot(elem, iface, r.list);
    } catch (e) {
      if (e !== CONTINUE) throw e;
    }
    this.vars.length = mark;
  }

  setTop(n: number, value: unknown, iface: boolean): void {
    const v = this.vars[this.vars.length - n];
    v.value = value;
    v.iface = iface;
  }

  walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const tmpl = this.env.lookup(t.name);
    if (tmpl === undefined || tmpl.parseTree?.root === undefined)
      this.errorf(`template ${quote(t.name)} not defined`);
    if (this.depth === MAX_EXEC_DEPTH)
      this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const saved = { tmpl: this.tmpl, vars: this.vars };
    this.tmpl = tmpl;
    this.vars = [{ name: '$', value: newDot, iface: false }];
    this.depth++;
    this.withDot(newDot, false, tmpl.parseTree.root);
    this.depth--;
    this.tmpl = saved.tmpl;
    this.vars = saved.vars;
  }

  // --- pipelines and commands --------------------------------------------------------------

  printValue(node: Node, v: unknown): void {
    this.at(node);
    this.write(v === undefined ? '<no value>' : formatValue(printable(v)));
  }
}

function assertNever(n: never): never {
  throw new Error(`unknown node ${String(n)}`);
}

/**
 * Execute `tmpl` with `data` as dot in the environment `env`; returns the output.
 * Throws ExecError with Go's text.
 */
export function execute(tmpl: ExecTemplate, env: ExecEnv, data: unknown): string {
  const s = new State(tmpl, env, data === null ? undefined : data);
  const root = tmpl.parseTree?.root;
  if (root === undefined) return s.errorf(`${quote(tmpl.name)} is an incomplete or empty template`);
  try {
    s.walk(data === null ? undefined : data, root);
  } catch (e) {
    // JavaScript's stack runs out long before Go's depth limit for recursive templates.
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      s.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    }
    throw e;
  }
  return s.out;
}
