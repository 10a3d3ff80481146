/**
 * The parser of Go's text/template (parse/parse.go): builds parse trees from lexer items,
 * one tree per template (the top-level text plus each {{define}} / {{block}}).
 * Errors are TemplateError with Go's exact text: `template: NAME:LINE: message`.
 *
 * Each parse function carries the part of the grammar it reads. Notation: `{{` and `}}`
 * stand for the delimiters (whatever they are set to), `x*` is zero or more, `x?` optional,
 * `a | b` a choice, quoted text literal; spaces between items inside an action are
 * skipped unless said otherwise. A function is entered with its first item still unread
 * unless its comment says the keyword was read already.
 */
import { quote } from '../../go/strconv.js';
import type { Item, ItemType } from './item.js';
import { lex } from './lex.js';
import {
  ActionNode,
  BoolNode,
  BreakNode,
  ChainNode,
  CommandNode,
  CommentNode,
  ContinueNode,
  DotNode,
  ElseNode,
  EndNode,
  FieldNode,
  IdentifierNode,
  IfNode,
  isEmptyTree,
  ListNode,
  NilNode,
  NumberNode,
  PipeNode,
  RangeNode,
  StringNode,
  TemplateNode,
  TextNode,
  VariableNode,
  WithNode,
  type Node,
} from './node.js';
import { parseNumber } from './number.js';
import { TokenReader, Tree, type Run } from './tokens.js';

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

/** Parses one tree; nested {{define}}/{{block}} create further parsers on the same run. */
class Parser extends TokenReader {
  vars: string[] = ['$'];
  rangeDepth = 0;

  // --- structure ----------------------------------------------------------------------

  /** Go's Tree.add: register the tree unless a non-empty one of that name exists. */
  add(): void {
    const existing = this.run.treeSet.get(this.t.name);
    if (existing === undefined || isEmptyTree(existing.root)) {
      this.run.treeSet.set(this.t.name, this.t);
      return;
    }
    if (!isEmptyTree(this.t.root))
      this.errorf(`template: multiple definition of template ${quote(this.t.name)}`);
  }

  /** A parser for a nested template sharing this run. */
  child(name: string): Parser {
    return new Parser(new Tree(name, this.t.parseName, this.t.text), this.run);
  }

  /**
   * The whole text, to EOF. Like itemList, except that {{define}} is allowed here (and
   * only here) and that {{end}} or {{else}} at top level is an error:
   *   template   := (definition | textOrAction)* EOF
   */
  parseTop(): void {
    const root = new ListNode(this.t, this.peek().pos);
    this.t.root = root;
    while (this.peek().type !== 'EOF') {
      if (this.peek().type === 'leftDelim') {
        const mark = this.run.index;
        this.next();
        if (this.nextNonSpace().type === 'define') {
          this.child('definition').parseDefinition();
          continue;
        }
        this.run.index = mark;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${n.String()}`);
      root.nodes.push(n);
    }
  }

  /**
   * A definition; `{{define` has been read. Installs the tree under its name:
   *   definition := '{{' 'define' (string | rawString) '}}' itemList '{{' 'end' '}}'
   */
  parseDefinition(): void {
    const context = 'define clause';
    const name = this.expectOneOf('string', 'rawString', context);
    this.t.name = this.unquote(name);
    this.expect('rightDelim', context);
    const [list, end] = this.itemList();
    this.t.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${end.String()} in ${context}`);
    this.add();
  }

  /**
   * Nodes up to {{end}} or {{else}}, which is returned as well (the caller says which may
   * close it); EOF first is an error:
   *   itemList   := textOrAction* ('{{' 'end' '}}' | else)
   */
  itemList(): [ListNode, Node] {
    const list = new ListNode(this.t, this.peekNonSpace().pos);
    while (this.peekNonSpace().type !== 'EOF') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    return this.errorf('unexpected EOF');
  }

  /**
   *   textOrAction := text | comment | '{{' action
   * (a comment node only with ParseComments; otherwise the lexer drops comments).
   */
  textOrAction(): Node {
    const item = this.nextNonSpace();
    switch (item.type) {
      case 'text':
        return new TextNode(this.t, item.pos, item.val);
      case 'leftDelim':
        this.actionLine = item.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      case 'comment':
        return new CommentNode(this.t, item.pos, item.val);
      default:
        return this.unexpected(item, 'input');
    }
  }

  /**
   * An action; `{{` has been read. A keyword picks a control structure, anything else is
   * a pipeline to print:
   *   action     := block | break | continue | else | end | if | range | template | with
   *               | pipeline '}}'
   */
  action(): Node {
    const item = this.nextNonSpace();
    switch (item.type) {
      case 'block':
        return this.blockControl();
      case 'break':
      case 'continue':
        return this.loopControl(item);
      case 'else':
        return this.elseControl();
      case 'end':
        return new EndNode(this.t, this.expect('rightDelim', 'end').pos);
      case 'if':
      case 'range':
      case 'with':
        return this.branchControl(item.type);
      case 'template':
        return this.templateControl();
    }
    this.backup();
    const start = this.peek();
    return new ActionNode(this.t, start.pos, start.line, this.pipeline('command', 'rightDelim'));
  }

  /**
   * `break` or `continue`, already read; only inside a {{range}} (of this template):
   *   break      := '{{' 'break' '}}'
   *   continue   := '{{' 'continue' '}}'
   */
  loopControl(item: Item): Node {
    const word = `{{${item.type}}}`;
    const token = this.nextNonSpace();
    if (token.type !== 'rightDelim') this.unexpected(token, word);
    if (this.rangeDepth === 0) this.errorf(`${word} outside {{range}}`);
    return item.type === 'break'
      ? new BreakNode(this.t, item.pos, item.line)
      : new ContinueNode(this.t, item.pos, item.line);
  }

  /**
   * `else`, already read. `{{else if …}}` and `{{else with …}}` leave the keyword unread
   * for elseBranch, which parses the chained branch:
   *   else       := '{{' 'else' '}}' | '{{' 'else' ('if' | 'with') …
   */
  elseControl(): Node {
    const peek = this.peekNonSpace();
    // "{{else if …" and "{{else with …" are read as "{{else}}{{if …": leave the keyword pending.
    if (peek.type === 'if' || peek.type === 'with')
      return new ElseNode(this.t, peek.pos, peek.line);
    const item = this.expect('rightDelim', 'else');
    return new ElseNode(this.t, item.pos, item.line);
  }

  /**
   * `if`, `range` or `with`, already read. Variables declared in the pipeline are visible
   * up to the matching {{end}}:
   *   if         := '{{' 'if' pipeline '}}' itemList elseBranch?
   *   range      := '{{' 'range' pipeline '}}' itemList elseBranch?
   *   with       := '{{' 'with' pipeline '}}' itemList elseBranch?
   * where itemList stops at {{else}} only when an elseBranch follows, else at {{end}}.
   */
  branchControl(context: 'if' | 'range' | 'with'): Node {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, 'rightDelim');
      if (context === 'range') this.rangeDepth++;
      const [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      const elseList = next.type === 'else' ? this.elseBranch(context, next) : undefined;
      const Branch = { if: IfNode, range: RangeNode, with: WithNode }[context];
      return new Branch(this.t, pipe.pos, pipe.line, pipe, list, elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  /**
   * What follows {{else}}: a chained branch of the same kind (if and with only), which
   * closes the whole chain with its own {{end}}, or a list closed by {{end}}:
   *   elseBranch := '{{' 'else' 'if' pipeline '}}' itemList elseBranch?     (in an if)
   *               | '{{' 'else' 'with' pipeline '}}' itemList elseBranch?   (in a with)
   *               | '{{' 'else' '}}' itemList '{{' 'end' '}}'
   */
  elseBranch(context: 'if' | 'range' | 'with', elseNode: Node): ListNode {
    const chained = this.peek().type;
    // {{if a}}x{{else if b}}y{{end}} is {{if a}}x{{else}}{{if b}}y{{end}}{{end}}; same for with.
    if ((context === 'if' || context === 'with') && chained === context) {
      this.next();
      const list = new ListNode(this.t, elseNode.pos);
      list.nodes.push(this.branchControl(context));
      return list;
    }
    const [list, next] = this.itemList();
    if (next.type !== 'end') this.errorf(`expected end; found ${next.String()}`);
    return list;
  }

  /**
   * `block`, already read: defines a template and runs it at once, as {{define}} plus
   * {{template}} would:
   *   block      := '{{' 'block' (string | rawString) pipeline '}}' itemList '{{' 'end' '}}'
   */
  blockControl(): Node {
    const context = 'block clause';
    const item = this.nextNonSpace();
    const name = this.templateName(item, context);
    const pipe = this.pipeline(context, 'rightDelim');
    const block = this.child(name);
    const [list, end] = block.itemList();
    block.t.root = list;
    if (end.type !== 'end') this.errorf(`unexpected ${end.String()} in ${context}`);
    block.add();
    return new TemplateNode(this.t, item.pos, item.line, name, pipe);
  }

  /**
   * `template`, already read; the pipeline is optional (dot is then nil):
   *   template   := '{{' 'template' (string | rawString) pipeline? '}}'
   */
  templateControl(): Node {
    const context = 'template clause';
    const item = this.nextNonSpace();
    const name = this.templateName(item, context);
    let pipe: PipeNode | undefined;
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return new TemplateNode(this.t, item.pos, item.line, name, pipe);
  }

  /** The name of a {{template}} or {{block}}: a quoted or raw string constant. */
  templateName(item: Item, context: string): string {
    if (item.type !== 'string' && item.type !== 'rawString') this.unexpected(item, context);
    return this.unquote(item);
  }

  // --- pipelines ------------------------------------------------------------------------

  /**
   * A pipeline, up to `end` (the right delimiter, or `)` inside parentheses); commands are
   * separated by `|` (read by command):
   *   pipeline   := declarations? command ('|' command)*
   * at least one command, and after the first none that starts with a constant or dot
   * (it could not take the piped value as its last argument): see checkPipeline.
   */
  pipeline(context: string, end: ItemType): PipeNode {
    const start = this.peekNonSpace();
    const pipe = new PipeNode(this.t, start.pos, start.line);
    this.declarations(pipe, context);
    for (;;) {
      const item = this.nextNonSpace();
      if (item.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      if (!OPERAND_START.has(item.type)) this.unexpected(item, context);
      this.backup();
      pipe.cmds.push(this.command());
    }
  }

  /**
   * Leading variable declarations or assignments; when none follow, nothing is read:
   *   declarations := variable (':=' | '=')
   *                 | variable ',' variable (':=' | '=')      (range only)
   */
  declarations(pipe: PipeNode, context: string): void {
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') return;
      const mark = this.run.index;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.type === 'assign' || next.type === 'declare') {
        pipe.isAssign = next.type === 'assign';
        this.nextNonSpace();
        this.declare(pipe, v);
        return;
      }
      if (next.type !== 'char' || next.val !== ',') {
        this.run.index = mark; // Not a declaration: the variable starts a command.
        return;
      }
      this.nextNonSpace();
      this.declare(pipe, v);
      if (context === 'range' && pipe.decl.length < 2) {
        const t = this.peekNonSpace().type;
        if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue;
        this.errorf('range can only initialize variables');
      }
      this.errorf(`too many declarations in ${context}`);
    }
  }

  /** Record a declared variable in the pipe and in scope. */
  declare(pipe: PipeNode, v: Item): void {
    pipe.decl.push(new VariableNode(this.t, v.pos, v.val));
    this.vars.push(v.val);
  }

  /** A pipeline needs a command; stages after the first may not start with a constant or dot. */
  checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.forEach((c, i) => {
      const t = c.args[0].type;
      if (
        i > 0 &&
        (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string')
      ) {
        this.errorf(`non executable command in pipeline stage ${i + 1}`);
      }
    });
  }

  /**
   * One command: operands separated by spaces, ended (not consumed) by the right delimiter
   * or `)`, or ended by `|`, which is consumed:
   *   command    := operand (space operand)*
   */
  command(): CommandNode {
    const cmd = new CommandNode(this.t, this.peekNonSpace().pos);
    for (;;) {
      this.peekNonSpace(); // Skip leading spaces.
      const operand = this.operand();
      if (operand !== undefined) cmd.args.push(operand);
      const item = this.next();
      if (item.type === 'space') continue;
      if (item.type === 'rightDelim' || item.type === 'rightParen') this.backup();
      else if (item.type !== 'pipe') this.unexpected(item, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  /**
   * A term followed by field accesses (no spaces between): `.a.b`, `$x.y`, `(pipeline).f`.
   * A field or variable with fields stays one node; other terms become a chain; a
   * constant or dot cannot have fields:
   *   operand    := term field*
   */
  operand(): Node | undefined {
    const node = this.term();
    if (node === undefined || this.peek().type !== 'field') return node;
    const chain = new ChainNode(this.t, this.peek().pos, node);
    while (this.peek().type === 'field') chain.add(this.next().val);
    // Compatibility with the original API: field and variable chains stay flat nodes.
    switch (node.type) {
      case 'field':
        return new FieldNode(this.t, chain.pos, chain.String());
      case 'variable':
        return new VariableNode(this.t, chain.pos, chain.String());
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return this.errorf(`unexpected . after term ${quote(node.String())}`);
      default:
        return chain;
    }
  }

  /**
   * The smallest unit; none here (the item is put back) means the command ends:
   *   term       := identifier (a function, checked to exist) | '.' | 'nil' | variable
   *               | field | bool | number | charConstant | complex
   *               | string | rawString | '(' pipeline ')'
   */
  term(): Node | undefined {
    const item = this.nextNonSpace();
    switch (item.type) {
      case 'identifier':
        if (!this.run.opts.skipFuncCheck && !this.run.opts.hasFunction(item.val)) {
          this.errorf(`function ${quote(item.val)} not defined`);
        }
        return new IdentifierNode(this.t, item.pos, item.val);
      case 'dot':
        return new DotNode(this.t, item.pos);
      case 'nil':
        return new NilNode(this.t, item.pos);
      case 'variable':
        return this.useVar(item);
      case 'field':
        return new FieldNode(this.t, item.pos, item.val);
      case 'bool':
        return new BoolNode(this.t, item.pos, item.val === 'true');
      case 'charConstant':
      case 'complex':
      case 'number':
        return this.number(item, item.type);
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return new StringNode(this.t, item.pos, item.val, this.unquote(item));
    }
    this.backup();
    return undefined;
  }

  /** A numeric constant's node (its int, uint, float and complex readings, as Go's NumberNode). */
  number(item: Item, kind: 'charConstant' | 'complex' | 'number'): NumberNode {
    try {
      return new NumberNode(this.t, item.pos, item.val, parseNumber(item.val, kind));
    } catch (e) {
      return this.errorf((e as Error).message);
    }
  }

  /** A variable in use: its first name must be declared in scope (`$` always is). */
  useVar(item: Item): VariableNode {
    const v = new VariableNode(this.t, item.pos, item.val);
    const name = v.ident[0];
    if (!this.vars.includes(name)) this.errorf(`undefined variable ${quote(name)}`);
    return v;
  }
}

const OPERAND_START: ReadonlySet<ItemType> = new Set<ItemType>([
  'bool',
  'charConstant',
  'complex',
  'dot',
  'field',
  'identifier',
  'number',
  'nil',
  'rawString',
  'string',
  'variable',
  'leftParen',
]);

/**
 * Parse template text named `name`. Returns every template it defines by name: the
 * top-level one under `name` (registered even when empty, unless a non-empty definition
 * of that name exists) and one per {{define}} and {{block}}. Throws TemplateError.
 */
export function parse(name: string, text: string, opts: ParseOptions): Map<string, Tree> {
  const items = lex(text, {
    leftDelim: opts.leftDelim,
    rightDelim: opts.rightDelim,
    emitComment: opts.comments,
    breakOK: !opts.hasFunction('break'),
    continueOK: !opts.hasFunction('continue'),
  });
  const run: Run = { items, index: 0, treeSet: new Map(), opts };
  const top = new Parser(new Tree(name, name, text), run);
  top.parseTop();
  top.add();
  return run.treeSet;
}
