/**
 * Parse tree nodes of Go's text/template (parse/node.go). Every node has a `type`
 * discriminant, its byte… well, UTF-16 offset `pos` in the template text, the tree it
 * belongs to (for error positions), and `String()`, which rebuilds equivalent source.
 */
import { goQuote } from '../quote.js';
class BaseNode {
    tr;
    pos;
    constructor(tr, pos) {
        this.tr = tr;
        this.pos = pos;
    }
    /** Same as String(). */
    toString() {
        return this.String();
    }
}
/** A sequence of nodes. */
export class ListNode extends BaseNode {
    type = 'list';
    nodes = [];
    String() {
        let s = '';
        for (const n of this.nodes)
            s += n.String();
        return s;
    }
}
/** Plain text. */
export class TextNode extends BaseNode {
    text;
    type = 'text';
    constructor(tr, pos, text) {
        super(tr, pos);
        this.text = text;
    }
    String() {
        return this.text;
    }
}
/** A comment (only kept when parsing with comments). */
export class CommentNode extends BaseNode {
    text;
    type = 'comment';
    constructor(tr, pos, text) {
        super(tr, pos);
        this.text = text;
    }
    String() {
        return `{{${this.text}}}`;
    }
}
/** A pipeline with optional variable declarations or assignments. */
export class PipeNode extends BaseNode {
    line;
    type = 'pipe';
    isAssign = false;
    decl = [];
    cmds = [];
    constructor(tr, pos, line) {
        super(tr, pos);
        this.line = line;
    }
    String() {
        let s = '';
        if (this.decl.length > 0)
            s = this.decl.map(String).join(', ') + (this.isAssign ? ' = ' : ' := ');
        return s + this.cmds.map(String).join(' | ');
    }
}
/** A non-control action such as a field evaluation: `{{pipeline}}`. */
export class ActionNode extends BaseNode {
    line;
    pipe;
    type = 'action';
    constructor(tr, pos, line, pipe) {
        super(tr, pos);
        this.line = line;
        this.pipe = pipe;
    }
    String() {
        return `{{${this.pipe.String()}}}`;
    }
}
/** One command of a pipeline: a function, field or constant and its arguments. */
export class CommandNode extends BaseNode {
    type = 'command';
    args = [];
    String() {
        return this.args.map((a) => (a.type === 'pipe' ? `(${a.String()})` : a.String())).join(' ');
    }
}
/** A function name. */
export class IdentifierNode extends BaseNode {
    ident;
    type = 'identifier';
    constructor(tr, pos, ident) {
        super(tr, pos);
        this.ident = ident;
    }
    String() {
        return this.ident;
    }
}
/** A `$variable`, possibly followed by fields: `$x.A.B` has ident ['$x', 'A', 'B']. */
export class VariableNode extends BaseNode {
    type = 'variable';
    ident;
    constructor(tr, pos, ident) {
        super(tr, pos);
        this.ident = ident.split('.');
    }
    String() {
        return this.ident.join('.');
    }
}
/** The cursor, `.`. */
export class DotNode extends BaseNode {
    type = 'dot';
    String() {
        return '.';
    }
}
/** The untyped `nil` constant. */
export class NilNode extends BaseNode {
    type = 'nil';
    String() {
        return 'nil';
    }
}
/** A field chain on dot: `.A.B` has ident ['A', 'B']. */
export class FieldNode extends BaseNode {
    type = 'field';
    ident;
    constructor(tr, pos, ident) {
        super(tr, pos);
        this.ident = ident.split('.').slice(1); // Ident starts with '.'.
    }
    String() {
        return '.' + this.ident.join('.');
    }
}
/** Fields applied to another term: `(pipeline).A.B`. */
export class ChainNode extends BaseNode {
    node;
    type = 'chain';
    field = [];
    constructor(tr, pos, node) {
        super(tr, pos);
        this.node = node;
    }
    /** Add a field (given with its leading '.'). */
    add(field) {
        if (field.length === 0 || field[0] !== '.')
            throw new Error('no dot in field');
        this.field.push(...field.slice(1).split('.'));
    }
    String() {
        const base = this.node.type === 'pipe' ? `(${this.node.String()})` : this.node.String();
        return base + this.field.map((f) => '.' + f).join('');
    }
}
/** `true` or `false`. */
export class BoolNode extends BaseNode {
    value;
    type = 'bool';
    constructor(tr, pos, value) {
        super(tr, pos);
        this.value = value;
    }
    String() {
        return this.value ? 'true' : 'false';
    }
}
/** A numeric constant; `text` is its source form. */
export class NumberNode extends BaseNode {
    text;
    num;
    type = 'number';
    constructor(tr, pos, text, num) {
        super(tr, pos);
        this.text = text;
        this.num = num;
    }
    String() {
        return this.text;
    }
}
/** A string constant: `quoted` is the source literal, `text` its value. */
export class StringNode extends BaseNode {
    quoted;
    text;
    type = 'string';
    constructor(tr, pos, quoted, text) {
        super(tr, pos);
        this.quoted = quoted;
        this.text = text;
    }
    String() {
        return this.quoted;
    }
}
/** `{{if}}`, `{{range}}` and `{{with}}` share this shape. */
class BranchNode extends BaseNode {
    line;
    pipe;
    list;
    elseList;
    constructor(tr, pos, line, pipe, list, elseList) {
        super(tr, pos);
        this.line = line;
        this.pipe = pipe;
        this.list = list;
        this.elseList = elseList;
    }
    String() {
        const otherwise = this.elseList ? `{{else}}${this.elseList.String()}` : '';
        return `{{${this.type} ${this.pipe.String()}}}${this.list.String()}${otherwise}{{end}}`;
    }
}
/** `{{if pipeline}} list {{else}} list {{end}}`. */
export class IfNode extends BranchNode {
    type = 'if';
}
/** `{{range pipeline}} list {{else}} list {{end}}`. */
export class RangeNode extends BranchNode {
    type = 'range';
}
/** `{{with pipeline}} list {{else}} list {{end}}`. */
export class WithNode extends BranchNode {
    type = 'with';
}
/** `{{template "name" pipeline}}` (also what `{{block}}` leaves in place). */
export class TemplateNode extends BaseNode {
    line;
    name;
    pipe;
    type = 'template';
    constructor(tr, pos, line, name, pipe) {
        super(tr, pos);
        this.line = line;
        this.name = name;
        this.pipe = pipe;
    }
    String() {
        return `{{template ${goQuote(this.name)}${this.pipe ? ' ' + this.pipe.String() : ''}}}`;
    }
}
/** `{{break}}`. */
export class BreakNode extends BaseNode {
    line;
    type = 'break';
    constructor(tr, pos, line) {
        super(tr, pos);
        this.line = line;
    }
    String() {
        return '{{break}}';
    }
}
/** `{{continue}}`. */
export class ContinueNode extends BaseNode {
    line;
    type = 'continue';
    constructor(tr, pos, line) {
        super(tr, pos);
        this.line = line;
    }
    String() {
        return '{{continue}}';
    }
}
/** `{{else}}`: only seen while parsing, never in a finished tree. */
export class ElseNode extends BaseNode {
    line;
    type = 'else';
    constructor(tr, pos, line) {
        super(tr, pos);
        this.line = line;
    }
    String() {
        return '{{else}}';
    }
}
/** `{{end}}`: only seen while parsing, never in a finished tree. */
export class EndNode extends BaseNode {
    type = 'end';
    String() {
        return '{{end}}';
    }
}
/** Go's IsEmptyTree: only whitespace text and comments. */
export function isEmptyTree(n) {
    if (n === undefined)
        return true;
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
//# sourceMappingURL=node.js.map