import type { ChainNode, CommandNode, FieldNode, IdentifierNode, Node, NumberNode, PipeNode, VariableNode } from './parse/node.js';
import type { Tree } from './parse/parse.js';
import { GoStruct, type GoFunc, type ParamType } from './value.js';
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
    findFunction(name: string): {
        fn: GoFunc;
        builtin: boolean;
    } | undefined;
    readonly missingKey: MissingKey;
}
/** "No final argument": the pipeline's previous value is not passed. */
export declare const MISSING: unique symbol;
/** The previous command's value passed as a final argument, or MISSING. */
export type Final = unknown;
/** A template variable on the execution stack. */
export interface Variable {
    readonly name: string;
    value: unknown;
    /** The value is an interface held in a container, so its static type is `interface {}`. */
    iface: boolean;
}
/** The evaluation state (Go's `state`, minus walking the tree, which exec.ts adds). */
export declare class Evaluator {
    tmpl: ExecTemplate;
    readonly env: ExecEnv;
    node: Node | undefined;
    vars: Variable[];
    /** Whether dot is an element of an interface container (a range element). */
    dotIface: boolean;
    /** Whether the last evalField result is an interface held in a container. */
    resultIface: boolean;
    /** Whether the last evalArg result is an interface held in a container. */
    argIface: boolean;
    constructor(tmpl: ExecTemplate, env: ExecEnv, data: unknown);
    /** Throw Go's execution error for the current node; `cause` is what a function threw. */
    errorf(message: string, cause?: unknown): never;
    at(node: Node): void;
    findVar(name: string): Variable;
    assign(variable: VariableNode, value: unknown, iface: boolean): void;
    evalPipeline(dot: unknown, pipe: PipeNode | undefined): unknown;
    notAFunction(args: readonly Node[], final: Final): void;
    evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown;
    /** An untyped numeric constant used as a value: int, float64, or an error. */
    idealConstant(c: NumberNode): unknown;
    evalFieldNode(dot: unknown, field: FieldNode, args: readonly Node[] | undefined, final: Final): unknown;
    evalChainNode(dot: unknown, chain: ChainNode, args: readonly Node[] | undefined, final: Final): unknown;
    evalVariableNode(dot: unknown, v: VariableNode, args: readonly Node[] | undefined, final: Final): unknown;
    evalFieldChain(dot: unknown, receiver: unknown, iface: boolean, node: Node, ident: readonly string[], start: number, args: readonly Node[] | undefined, final: Final): unknown;
    evalField(dot: unknown, name: string, node: Node, args: readonly Node[] | undefined, final: Final, receiver: unknown, iface: boolean): unknown;
    structField(dot: unknown, name: string, node: Node, args: readonly Node[] | undefined, final: Final, s: GoStruct, typ: string, hasArgs: boolean): unknown;
    evalFunction(dot: unknown, node: IdentifierNode, cmd: Node, args: readonly Node[] | undefined, final: Final): unknown;
    /** Call a function or method; `args` are the command's nodes, the first being the name. */
    evalCall(dot: unknown, fun: GoFunc, isBuiltin: boolean, node: Node, name: string, args: readonly Node[] | undefined, final: Final): unknown;
    /** and/or: evaluate arguments left to right, stop at the first deciding one, return it. */
    evalAndOr(dot: unknown, isOr: boolean, args: readonly Node[] | undefined, final: Final): unknown;
    validate(value: unknown, typ: ParamType | undefined): unknown;
    /** Evaluate an argument for a parameter of type `typ` (undefined: no conversion). */
    evalArg(dot: unknown, typ: ParamType | undefined, n: Node): unknown;
    /** A constant passed as interface{}: bool, string, or an ideal number. */
    evalEmptyInterface(n: Node): unknown;
}
