import { type Item, type ItemType } from './item.js';
import type { ParseOptions } from './parse.js';
import type { ListNode, NodeSource } from './node.js';
/** A parsed template: its name, the name of the top-level template it came from, its root. */
export declare class Tree implements NodeSource {
    name: string;
    readonly parseName: string;
    readonly text: string;
    root: ListNode | undefined;
    constructor(name: string, parseName: string, text: string);
}
/** State shared by the trees of one parse run (the lexer output and the tree set). */
export interface Run {
    readonly items: Item[];
    index: number;
    readonly treeSet: Map<string, Tree>;
    readonly opts: ParseOptions;
}
/** Reads the run's items for one tree and reports errors the way Go's parser does. */
export declare class TokenReader {
    readonly t: Tree;
    readonly run: Run;
    actionLine: number;
    /** The last item this parser took from the lexer: Go reports errors at its line. */
    furthest: number;
    constructor(t: Tree, run: Run);
    next(): Item;
    backup(): void;
    peek(): Item;
    nextNonSpace(): Item;
    peekNonSpace(): Item;
    errorf(message: string): never;
    expect(expected: ItemType, context: string): Item;
    expectOneOf(a: ItemType, b: ItemType, context: string): Item;
    unexpected(item: Item, context: string): never;
    unquote(item: Item): string;
}
