import { type Item } from './item.js';
export type { Item, ItemType } from './item.js';
/** Options of one lexing run. */
export interface LexOptions {
    leftDelim?: string;
    rightDelim?: string;
    emitComment?: boolean;
    breakOK?: boolean;
    continueOK?: boolean;
}
/** Scan the whole input into items; the last item is EOF or an error. */
export declare function lex(input: string, opts?: LexOptions): Item[];
