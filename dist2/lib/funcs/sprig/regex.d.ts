/**
 * Sprig's regular-expression functions (regex.go) on Go's regexp semantics: Go's
 * leftmost-first matching, its rule that an empty match right after a match is skipped,
 * and its `$1` / `${name}` replacement templates.
 */
import { type FuncMap } from '../../template/value.js';
/** Regular-expression functions of sprig's map. */
export declare const regexFuncs: FuncMap;
