import { type FuncMap } from '../../template/value.js';
/** Go's strings.Repeat, with its panic on a negative count. */
export declare function repeat(s: string, count: number): string;
/** sprig's strslice: a value as []string (nil elements of lists dropped). */
export declare function toStrings(v: unknown): string[];
/** String functions of sprig's map. */
export declare const stringFuncs: FuncMap;
