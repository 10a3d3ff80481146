/**
 * Parse tree nodes of Go's text/template (parse/node.go). Every node has a `type`
 * discriminant, its byte… well, UTF-16 offset `pos` in the template text, the tree it
 * belongs to (for error positions), and `String()`, which rebuilds equivalent source.
 */
import { quote } from '../../go/strconv.js';

/** The source text a node came from, for error locations (parse.Tree's ParseName and text). */
export interface NodeSource {
  readonly parseName: string;
  readonly text: string;
}

abstract class BaseNode {
  constructor(
    readonly tr: NodeSource,
    readonly pos: number,
  ) {}
  /** Equivalent template source, as Go's Node.String. */
  abstract String(): string;
  /** Same as String(). */
  toString(): string {
    return this.String();
  }
}

/** A sequence of nodes. */
export class ListNode extends BaseNode {
  readonly type = 'list';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly nodes: Node[] = [],
  ) {
    super(tr, pos);
  }
  String(): string {
    let s = '';
    for (const n of this.nodes) s += n.String();
    return s;
  }
}

/** Plain text. */
export class TextNode extends BaseNode {
  readonly type = 'text';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly text: string,
  ) {
    super(tr, pos);
  }
  String(): string {
    return this.text;
  }
}

/** A comment (only kept when parsing with comments). */
export class CommentNode extends BaseNode {
  readonly type = 'comment';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly text: string,
  ) {
    super(tr, pos);
  }
  String(): string {
    return `{{${this.text}}}`;
  }
}

/** A pipeline with optional variable declarations or assignments. */
export class PipeNode extends BaseNode {
  readonly type = 'pipe';
  isAssign = false;
  constructor(
    tr: NodeSource,
    pos: number,
    readonly line: number,
    readonly decl: VariableNode[] = [],
    readonly cmds: CommandNode[] = [],
  ) {
    super(tr, pos);
  }
  String(): string {
    let s = '';
    if (this.decl.length > 0)
      s = this.decl.map(String).join(', ') + (this.isAssign ? ' = ' : ' := ');
    return s + this.cmds.map(String).join(' | ');
  }
}

/** A non-control action such as a field evaluation: `{{pipeline}}`. */
export class ActionNode extends BaseNode {
  readonly type = 'action';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly line: number,
    readonly pipe: PipeNode,
  ) {
    super(tr, pos);
  }
  String(): string {
    return `{{${this.pipe.String()}}}`;
  }
}

/** One command of a pipeline: a function, field or constant and its arguments. */
export class CommandNode extends BaseNode {
  readonly type = 'command';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly args: Node[] = [],
  ) {
    super(tr, pos);
  }
  String(): string {
    return this.args.map((a) => (a.type === 'pipe' ? `(${a.String()})` : a.String())).join(' ');
  }
}

/** A function name. */
export class IdentifierNode extends BaseNode {
  readonly type = 'identifier';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly ident: string,
  ) {
    super(tr, pos);
  }
  String(): string {
    return this.ident;
  }
}

/** A `$variable`, possibly followed by fields: `$x.A.B` has ident ['$x', 'A', 'B']. */
export class VariableNode extends BaseNode {
  readonly type = 'variable';
  readonly ident: string[];
  constructor(tr: NodeSource, pos: number, ident: string) {
    super(tr, pos);
    this.ident = ident.split('.');
  }
  String(): string {
    return this.ident.join('.');
  }
}

/** The cursor, `.`. */
export class DotNode extends BaseNode {
  readonly type = 'dot';
  String(): string {
    return '.';
  }
}

/** The untyped `nil` constant. */
export class NilNode extends BaseNode {
  readonly type = 'nil';
  String(): string {
    return 'nil';
  }
}

/** A field chain on dot: `.A.B` has ident ['A', 'B']. */
export class FieldNode extends BaseNode {
  readonly type = 'field';
  readonly ident: string[];
  constructor(tr: NodeSource, pos: number, ident: string) {
    super(tr, pos);
    this.ident = ident.split('.').slice(1); // Ident starts with '.'.
  }
  String(): string {
    return '.' + this.ident.join('.');
  }
}

/** Fields applied to another term: `(pipeline).A.B`. */
export class ChainNode extends BaseNode {
  readonly type = 'chain';
  readonly field: string[] = [];
  constructor(
    tr: NodeSource,
    pos: number,
    readonly node: Node,
  ) {
    super(tr, pos);
  }
  /** Add a field (given with its leading '.'). */
  add(field: string): void {
    if (field.length === 0 || field[0] !== '.') throw new Error('no dot in field');
    this.field.push(...field.slice(1).split('.'));
  }
  String(): string {
    const base = this.node.type === 'pipe' ? `(${this.node.String()})` : this.node.String();
    return base + this.field.map((f) => '.' + f).join('');
  }
}

/** `true` or `false`. */
export class BoolNode extends BaseNode {
  readonly type = 'bool';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly value: boolean,
  ) {
    super(tr, pos);
  }
  String(): string {
    return this.value ? 'true' : 'false';
  }
}

/** What a numeric constant can be used as (Go's NumberNode flags and values). */
export interface NumberValue {
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int: number;
  uint: number;
  float: number;
  /** Real and imaginary parts of a complex constant. */
  complex: [number, number];
}

/** A numeric constant; `text` is its source form. */
export class NumberNode extends BaseNode {
  readonly type = 'number';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly text: string,
    readonly num: NumberValue,
  ) {
    super(tr, pos);
  }
  String(): string {
    return this.text;
  }
}

/** A string constant: `quoted` is the source literal, `text` its value. */
export class StringNode extends BaseNode {
  readonly type = 'string';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly quoted: string,
    readonly text: string,
  ) {
    super(tr, pos);
  }
  String(): string {
    return this.quoted;
  }
}

/** `{{if}}`, `{{range}}` and `{{with}}` share this shape. */
abstract class BranchNode extends BaseNode {
  abstract readonly type: 'if' | 'range' | 'with';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly line: number,
    readonly pipe: PipeNode,
    readonly list: ListNode,
    readonly elseList: ListNode | undefined,
  ) {
    super(tr, pos);
  }
  String(): string {
    const otherwise = this.elseList ? `{{else}}${this.elseList.String()}` : '';
    return `{{${this.type} ${this.pipe.String()}}}${this.list.String()}${otherwise}{{end}}`;
  }
}

/** `{{if pipeline}} list {{else}} list {{end}}`. */
export class IfNode extends BranchNode {
  readonly type = 'if';
}

/** `{{range pipeline}} list {{else}} list {{end}}`. */
export class RangeNode extends BranchNode {
  readonly type = 'range';
}

/** `{{with pipeline}} list {{else}} list {{end}}`. */
export class WithNode extends BranchNode {
  readonly type = 'with';
}

/** `{{template "name" pipeline}}` (also what `{{block}}` leaves in place). */
export class TemplateNode extends BaseNode {
  readonly type = 'template';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly line: number,
    readonly name: string,
    readonly pipe: PipeNode | undefined,
  ) {
    super(tr, pos);
  }
  String(): string {
    return `{{template ${quote(this.name)}${this.pipe ? ' ' + this.pipe.String() : ''}}}`;
  }
}

/** A keyword action on its own, with its line: `{{break}}`, `{{continue}}`, `{{else}}`. */
abstract class KeywordNode extends BaseNode {
  abstract readonly type: 'break' | 'continue' | 'else';
  constructor(
    tr: NodeSource,
    pos: number,
    readonly line: number,
  ) {
    super(tr, pos);
  }
  String(): string {
    return `{{${this.type}}}`;
  }
}

/** `{{break}}`. */
export class BreakNode extends KeywordNode {
  readonly type = 'break';
}

/** `{{continue}}`. */
export class ContinueNode extends KeywordNode {
  readonly type = 'continue';
}

/** `{{else}}`: only seen while parsing, never in a finished tree. */
export class ElseNode extends KeywordNode {
  readonly type = 'else';
}

/** `{{end}}`: only seen while parsing, never in a finished tree. */
export class EndNode extends BaseNode {
  readonly type = 'end';
  String(): string {
    return '{{end}}';
  }
}

/** Any node. */
export type Node =
  | ListNode
  | TextNode
  | CommentNode
  | PipeNode
  | ActionNode
  | CommandNode
  | IdentifierNode
  | VariableNode
  | DotNode
  | NilNode
  | FieldNode
  | ChainNode
  | BoolNode
  | NumberNode
  | StringNode
  | IfNode
  | RangeNode
  | WithNode
  | TemplateNode
  | BreakNode
  | ContinueNode
  | ElseNode
  | EndNode;

/** Go's IsEmptyTree: only whitespace text and comments. */
export function isEmptyTree(n: Node | undefined): boolean {
  if (n === undefined) return true;
  switch (n.type) {
    case 'comment':
      return true;
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return n.text.trim().length === 0;
    default:
      return false;
  }
}
