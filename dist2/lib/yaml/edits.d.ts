/**
 * Text edits on a source string, and the line arithmetic they need. Edits use absolute offsets
 * into the whole stream text; a document's edits never overlap.
 */
/** Replace `[start, end)` of the source with `text`. */
export interface Edit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** 0-based column of `pos` (characters since the line start). */
export declare function columnOf(src: string, pos: number): number;
/** Whether rendered text holds a block scalar: its last line must then be ended, even at the end of the text (`|+` keeps blank lines; clip needs the break). */
export declare function holdsBlockScalar(text: string): boolean;
/** The text of `[from, to)` with the edits that lie inside it applied. */
export declare function applyEdits(src: string, from: number, to: number, edits: readonly Edit[]): string;
/** One piece of a rebuilt collection: an original item (by index) or new text (full lines, final line breaks, no break at the end). */
export type Part = {
    readonly item: number;
} | {
    readonly text: string;
};
/** A block collection's items as spans of source text (see `rebuildCollection`). */
export interface ItemSpans {
    readonly spans: readonly {
        readonly start: number;
        readonly end: number;
    }[];
    /** Whether the first span starts at its item (not at a line start), so it lacks the line's indentation. */
    readonly firstInline: boolean;
}
/**
 * The text spans of a block collection's items: item `i` spans from the end of the item before
 * (so its leading comment lines go with it; for the first item, from its own comment lines just
 * above, or from the item itself) to the end of the line its content ends on.
 */
export declare function itemSpans(src: string, starts: readonly number[], contentEnds: readonly number[], col: number): ItemSpans;
/** The text of item `i` (edits inside applied), starting at a line start with its indentation. */
export declare function spanText(src: string, items: ItemSpans, i: number, col: number, edits: readonly Edit[]): string;
/**
 * Rebuilds a block collection from its items' texts (see `itemSpans`): `parts` say what the new
 * collection holds, in order. Returns one edit over the whole collection.
 */
export declare function rebuildCollection(src: string, items: ItemSpans, col: number, parts: readonly Part[], edits: readonly Edit[], eol: string): Edit;
