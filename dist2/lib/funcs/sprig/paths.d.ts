/**
 * Sprig's path functions: Go's `path` (base, dir, clean, ext, isAbs) and `path/filepath`
 * (osBase …), which on Linux, where Istio runs, behaves the same.
 */
import { type FuncMap } from '../../template/value.js';
/** Go's path.Clean: the shortest equivalent path, processed lexically. */
export declare function clean(p: string): string;
/** Path functions of sprig's map. */
export declare const pathFuncs: FuncMap;
