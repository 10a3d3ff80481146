/** The source text a node came from, for error locations (parse.Tree's ParseName and text). */
export interface NodeSource {
    readonly parseName: string;
    readonly text: string;
}
declare abstract class BaseNode {
    readonly tr: NodeSource;
    readonly pos: number;
    constructor(tr: NodeSource, pos: number);
    /** Equivalent template source, as Go's Node.String. */
    abstract String(): string;
    /** Same as String(). */
    toString(): string;
}
/** A sequence of nodes. */
export declare class ListNode extends BaseNode {
    readonly type = "list";
    readonly nodes: Node[];
    String(): string;
}
/** Plain text. */
export declare class TextNode extends BaseNode {
    readonly text: string;
    readonly type = "text";
    constructor(tr: NodeSource, pos: number, text: string);
    String(): string;
}
/** A comment (only kept when parsing with comments). */
export declare class CommentNode extends BaseNode {
    readonly text: string;
    readonly type = "comment";
    constructor(tr: NodeSource, pos: number, text: string);
    String(): string;
}
/** A pipeline with optional variable declarations or assignments. */
export declare class PipeNode extends BaseNode {
    readonly line: number;
    readonly type = "pipe";
    isAssign: boolean;
    readonly decl: VariableNode[];
    readonly cmds: CommandNode[];
    constructor(tr: NodeSource, pos: number, line: number);
    String(): string;
}
/** A non-control action such as a field evaluation: `{{pipeline}}`. */
export declare class ActionNode extends BaseNode {
    readonly line: number;
    readonly pipe: PipeNode;
    readonly type = "action";
    constructor(tr: NodeSource, pos: number, line: number, pipe: PipeNode);
    String(): string;
}
/** One command of a pipeline: a function, field or constant and its arguments. */
export declare class CommandNode extends BaseNode {
    readonly type = "command";
    readonly args: Node[];
    String(): string;
}
/** A function name. */
export declare class IdentifierNode extends BaseNode {
    readonly ident: string;
    readonly type = "identifier";
    constructor(tr: NodeSource, pos: number, ident: string);
    String(): string;
}
/** A `$variable`, possibly followed by fields: `$x.A.B` has ident ['$x', 'A', 'B']. */
export declare class VariableNode extends BaseNode {
    readonly type = "variable";
    readonly ident: string[];
    constructor(tr: NodeSource, pos: number, ident: string);
    String(): string;
}
/** The cursor, `.`. */
export declare class DotNode extends BaseNode {
    readonly type = "dot";
    String(): string;
}
/** The untyped `nil` constant. */
export declare class NilNode extends BaseNode {
    readonly type = "nil";
    String(): string;
}
/** A field chain on dot: `.A.B` has ident ['A', 'B']. */
export declare class FieldNode extends BaseNode {
    readonly type = "field";
    readonly ident: string[];
    constructor(tr: NodeSource, pos: number, ident: string);
    String(): string;
}
/** Fields applied to another term: `(pipeline).A.B`. */
export declare class ChainNode extends BaseNode {
    readonly node: Node;
    readonly type = "chain";
    readonly field: string[];
    constructor(tr: NodeSource, pos: number, node: Node);
    /** Add a field (given with its leading '.'). */
    add(field: string): void;
    String(): string;
}
/** `true` or `false`. */
export declare class BoolNode extends BaseNode {
    readonly value: boolean;
    readonly type = "bool";
    constructor(tr: NodeSource, pos: number, value: boolean);
    String(): string;
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
export declare class NumberNode extends BaseNode {
    readonly text: string;
    readonly num: NumberValue;
    readonly type = "number";
    constructor(tr: NodeSource, pos: number, text: string, num: NumberValue);
    String(): string;
}
/** A string constant: `quoted` is the source literal, `text` its value. */
export declare class StringNode extends BaseNode {
    readonly quoted: string;
    readonly text: string;
    readonly type = "string";
    constructor(tr: NodeSource, pos: number, quoted: string, text: string);
    String(): string;
}
/** `{{if}}`, `{{range}}` and `{{with}}` share this shape. */
declare abstract class BranchNode extends BaseNode {
    readonly line: number;
    readonly pipe: PipeNode;
    readonly list: ListNode;
    readonly elseList: ListNode | undefined;
    abstract readonly type: 'if' | 'range' | 'with';
    constructor(tr: NodeSource, pos: number, line: number, pipe: PipeNode, list: ListNode, elseList: ListNode | undefined);
    String(): string;
}
/** `{{if pipeline}} list {{else}} list {{end}}`. */
export declare class IfNode extends BranchNode {
    readonly type = "if";
}
/** `{{range pipeline}} list {{else}} list {{end}}`. */
export declare class RangeNode extends BranchNode {
    readonly type = "range";
}
/** `{{with pipeline}} list {{else}} list {{end}}`. */
export declare class WithNode extends BranchNode {
    readonly type = "with";
}
/** `{{template "name" pipeline}}` (also what `{{block}}` leaves in place). */
export declare class TemplateNode extends BaseNode {
    readonly line: number;
    readonly name: string;
    readonly pipe: PipeNode | undefined;
    readonly type = "template";
    constructor(tr: NodeSource, pos: number, line: number, name: string, pipe: PipeNode | undefined);
    String(): string;
}
/** `{{break}}`. */
export declare class BreakNode extends BaseNode {
    readonly line: number;
    readonly type = "break";
    constructor(tr: NodeSource, pos: number, line: number);
    String(): string;
}
/** `{{continue}}`. */
export declare class ContinueNode extends BaseNode {
    readonly line: number;
    readonly type = "continue";
    constructor(tr: NodeSource, pos: number, line: number);
    String(): string;
}
/** `{{else}}`: only seen while parsing, never in a finished tree. */
export declare class ElseNode extends BaseNode {
    readonly line: number;
    readonly type = "else";
    constructor(tr: NodeSource, pos: number, line: number);
    String(): string;
}
/** `{{end}}`: only seen while parsing, never in a finished tree. */
export declare class EndNode extends BaseNode {
    readonly type = "end";
    String(): string;
}
/** Any node. */
export type Node = ListNode | TextNode | CommentNode | PipeNode | ActionNode | CommandNode | IdentifierNode | VariableNode | DotNode | NilNode | FieldNode | ChainNode | BoolNode | NumberNode | StringNode | IfNode | RangeNode | WithNode | TemplateNode | BreakNode | ContinueNode | ElseNode | EndNode;
/** Go's IsEmptyTree: only whitespace text and comments. */
export declare function isEmptyTree(n: Node | undefined): boolean;
export {};
