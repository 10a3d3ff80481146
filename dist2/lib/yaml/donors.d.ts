import { type ItemSpans } from './edits.js';
/** One item that may move: its node and old value, and its text span in its old sequence. */
export interface Donor {
    readonly node: unknown;
    readonly old: unknown;
    /** Offset of its `-`. */
    readonly dash: number;
    /** Column of its sequence's dashes. */
    readonly col: number;
    readonly items: ItemSpans;
    readonly index: number;
}
/** Donors by item name; taking one removes it. */
export type DonorPool = Map<string, Donor[]>;
/** All donors of a document: named items of block sequences that leave them. */
export declare function collectDonors(root: unknown, oldV: unknown, newV: unknown, src: string): DonorPool;
/** Takes the donor for a new item with this value's name, if there is one. */
export declare function takeDonor(pool: DonorPool, v: unknown): Donor | undefined;
/** Moves every non-empty line of `text` right (`delta` > 0) or left by `delta` columns. */
export declare function shiftLines(text: string, delta: number): string;
