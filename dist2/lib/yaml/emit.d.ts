/** How a document indents: the step between a key and its nested block, and whether sequences under a key are indented. */
export interface Style {
    readonly step: number;
    readonly indentSeq: boolean;
}
/** kubectl's way: 2 spaces, `key:\n- item`. */
export declare const DEFAULT_STYLE: Style;
type PlainMap = Record<string, unknown>;
/** Whether `v` is a plain object (a YAML mapping), not an array or null. */
export declare function isPlainMap(v: unknown): v is PlainMap;
/** The entries of a mapping that are written out (like JSON, `undefined` means "no such key"). */
export declare function entriesOf(m: PlainMap): [string, unknown][];
/** A mapping key (always on one line). */
export declare function renderKey(k: string): string;
/** What follows `key:` for value `v` when the key sits at column `keyCol`: ` scalar`, ` |` + block, or a nested block on the next lines. */
export declare function renderAfterKey(v: unknown, keyCol: number, style: Style): string;
/** What follows `- ` for item `v` when the dash sits at column `dashCol` (nested collections start on the dash's line). */
export declare function renderAfterDash(v: unknown, dashCol: number, style: Style): string;
/** `v` as a block node whose lines start at column `col` (the first line padded too). */
export declare function renderBlock(v: unknown, col: number, style: Style): string;
/** `v` as a one-line flow node: JSON-like (`{"a": "b"}`), or with plain strings where safe (`{a: b}`) when `plain`. */
export declare function renderFlow(v: unknown, plain?: boolean): string;
export {};
