import type { Edit } from '../yaml/edits.js';
/** A stretch `[start, end)` of the old text replaced by `text`. */
export type TextEdit = Edit;
/** How each kind of diff line is written; identity when there is no colour. */
export interface DiffPalette {
    header(line: string): string;
    hunk(line: string): string;
    removed(line: string): string;
    added(line: string): string;
}
/** Lines of context around each change, as git and diff -u use. */
export declare const DIFF_CONTEXT = 3;
/** No colour. */
export declare const PLAIN_PALETTE: DiffPalette;
/** git's default colours: bold headers, cyan hunk ranges, red removals, green additions. */
export declare const COLOUR_PALETTE: DiffPalette;
/**
 * The unified diff turning `old` into `old` with `edits` applied, for a file shown as `name`
 * (`a/NAME`, `b/NAME`); '' when the edits change nothing.
 */
export declare function unifiedDiff(name: string, old: string, edits: readonly TextEdit[], palette?: DiffPalette): string;
