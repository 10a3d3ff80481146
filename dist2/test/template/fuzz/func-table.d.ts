/**
 * The functions fuzzed templates call, with rough argument kinds so most calls are well-typed
 * (the rest exercise Go's argument conversion errors). Only hermetic sprig functions: nothing
 * that reads the clock, randomness, the environment or the network; not `keys` or `values`,
 * whose order follows Go's randomised map iteration; and not `set`, `merge` or
 * `mergeOverwrite`, which can store a map inside itself (Go then recurses forever printing it).
 */
/**
 * What an argument should usually be: `s` string, `i` small int, `n` number, `b` bool,
 * `f` float64, `l` list, `m` map, `c` container (list, map or string), `k` index key, `a` anything.
 */
export type Hint = 's' | 'i' | 'n' | 'f' | 'b' | 'l' | 'm' | 'c' | 'k' | 'a';
/** A callable function: fixed parameters, then up to `maxRest` more of kind `rest`. */
export interface FuncEntry {
    name: string;
    params: readonly Hint[];
    rest?: Hint;
    maxRest?: number;
}
/** Go's text/template builtins (printf is generated separately, with a format). */
export declare const BUILTIN_FUNCS: readonly FuncEntry[];
/** A hermetic subset of sprig v3's TxtFuncMap. */
export declare const SPRIG_FUNCS: readonly FuncEntry[];
