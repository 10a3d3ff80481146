/** Facts about `yaml` syntax-tree nodes that editing needs: where items start, where content ends. */
import { type YAMLMap, type YAMLSeq } from 'yaml';
/** The offset just past the last character of a node's content (not its trailing comment or line break). */
export declare function contentEnd(node: unknown, fallback: number): number;
/** A block map's keys as strings, or undefined if any is not a plain scalar, repeats, or is a merge key. */
export declare function simpleKeys(map: YAMLMap): string[] | undefined;
/** Where each pair of a block map starts, and where its `:` ends (undefined if the source tokens are not there). */
export declare function pairOffsets(map: YAMLMap): {
    start: number;
    colonEnd: number;
}[] | undefined;
/** Where each item of a block sequence has its `-` (undefined if the source tokens are not there). */
export declare function dashOffsets(seq: YAMLSeq): number[] | undefined;
