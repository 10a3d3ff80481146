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

/** Shorthand: `f('index', 'c', '+k2')` = index(c, k, k?) — a `+Xn` entry adds up to n of X. */
function f(name: string, ...spec: string[]): FuncEntry {
  const params = spec.filter((s) => !s.startsWith('+')) as Hint[];
  const rest = spec.find((s) => s.startsWith('+'));
  return rest
    ? { name, params, rest: rest[1] as Hint, maxRest: Number(rest.slice(2)) }
    : { name, params };
}

/** Go's text/template builtins (printf is generated separately, with a format). */
export const BUILTIN_FUNCS: readonly FuncEntry[] = [
  f('and', 'a', '+a2'),
  f('or', 'a', '+a2'),
  f('not', 'a'),
  f('len', 'c'),
  f('index', 'c', '+k2'),
  f('slice', 'c', '+i2'),
  f('print', '+a3'),
  f('println', '+a2'),
  // Comparisons mostly get operands of one type; mixed ones are Go errors that end the run.
  f('eq', 's', 's', '+s1'),
  f('eq', 'f', 'f'),
  f('ne', 'b', 'b'),
  f('ne', 's', 's'),
  f('lt', 'f', 'f'),
  f('le', 's', 's'),
  f('gt', 'f', 'f'),
  f('ge', 'i', 'i'),
  f('html', 'a', '+a1'),
  f('js', 's'),
  f('urlquery', 's', '+a1'),
];

/** A hermetic subset of sprig v3's TxtFuncMap. */
export const SPRIG_FUNCS: readonly FuncEntry[] = [
  f('upper', 's'),
  f('lower', 's'),
  f('title', 's'),
  f('trim', 's'),
  f('quote', 'a', '+a2'),
  f('squote', 'a'),
  f('default', 'a', 'a'),
  f('empty', 'a'),
  f('coalesce', 'a', '+a2'),
  f('ternary', 'a', 'a', 'b'),
  f('toJson', 'a'),
  f('toString', 'a'),
  f('list', '+a3'),
  f('dict', 's', 'a', '+a2'),
  f('join', 's', 'l'),
  f('splitList', 's', 's'),
  f('hasPrefix', 's', 's'),
  f('contains', 's', 's'),
  f('replace', 's', 's', 's'),
  f('trunc', 'i', 's'),
  f('indent', 'i', 's'),
  f('nindent', 'i', 's'),
  f('add', 'n', '+n2'),
  f('sub', 'n', 'n'),
  f('mul', 'n', 'n'),
  f('max', 'n', '+n2'),
  f('min', 'n', 'n'),
  f('add1', 'n'),
  f('int', 'a'),
  f('int64', 'a'),
  f('float64', 'a'),
  f('toStrings', 'l'),
  f('hasKey', 'm', 's'),
  f('first', 'l'),
  f('last', 'l'),
  f('rest', 'l'),
  f('initial', 'l'),
  f('reverse', 'l'),
  f('uniq', 'l'),
  f('compact', 'l'),
  f('sortAlpha', 'l'),
  f('repeat', 'i', 's'),
  f('b64enc', 's'),
  f('sha256sum', 's'),
  f('kindOf', 'a'),
  f('typeOf', 'a'),
  f('cat', 'a', '+a2'),
  f('plural', 's', 's', 'i'),
  f('pick', 'm', 's', '+s1'),
  f('omit', 'm', 's'),
  f('get', 'm', 's'),
  f('has', 'a', 'l'),
  f('until', 'i'),
  f('toRawJson', 'a'),
  f('toPrettyJson', 'a'),
  f('fromJson', 's'),
  f('regexMatch', 's', 's'),
  f('nospace', 's'),
  f('b64dec', 's'),
  f('addf', 'n', 'n'),
  f('ceil', 'n'),
  f('floor', 'n'),
  f('round', 'n', 'i'),
  f('append', 'l', 'a'),
  f('concat', 'l', 'l'),
  f('without', 'l', 'a'),
  f('dig', 's', 'a', 'm'),
  f('semverCompare', 's', 's'),
  f('abbrev', 'i', 's'),
  f('abbrevboth', 'i', 'i', 's'),
  f('wrap', 'i', 's'),
  f('wrapWith', 'i', 's', 's'),
  f('initials', 's'),
  f('swapcase', 's'),
  f('snakecase', 's'),
  f('camelcase', 's'),
  f('kebabcase', 's'),
  f('substr', 'i', 'i', 's'),
  f('trimAll', 's', 's'),
  f('trimSuffix', 's', 's'),
  f('trimPrefix', 's', 's'),
  f('split', 's', 's'),
  f('splitn', 's', 'i', 's'),
  f('seq', 'i', '+i2'),
  f('untilStep', 'i', 'i', 'i'),
  f('chunk', 'i', 'l'),
  f('slice', 'l', '+i2'),
  f('pluck', 's', 'm', '+m1'),
  f('unset', 'm', 's'),
  f('deepCopy', 'a'),
  f('regexFind', 's', 's'),
  f('regexFindAll', 's', 's', 'i'),
  f('regexReplaceAll', 's', 's', 's'),
  f('regexSplit', 's', 's', 'i'),
  f('regexQuoteMeta', 's'),
  f('base', 's'),
  f('dir', 's'),
  f('ext', 's'),
  f('clean', 's'),
  f('isAbs', 's'),
  f('b32enc', 's'),
  f('b32dec', 's'),
  f('sha1sum', 's'),
  f('adler32sum', 's'),
  f('toDecimal', 'a'),
  f('atoi', 's'),
  f('biggest', 'n', 'n'),
  f('minf', 'n', '+n2'),
  f('maxf', 'n', 'n'),
  f('mulf', 'n', 'n'),
  f('divf', 'n', 'n'),
  f('subf', 'n', 'n'),
  f('add1f', 'n'),
  f('div', 'n', 'n'),
  f('mod', 'n', 'n'),
  f('duration', 'a'),
  f('deepEqual', 'a', 'a'),
  f('typeIs', 's', 'a'),
  f('kindIs', 's', 'a'),
  f('typeIsLike', 's', 'a'),
  f('all', 'a', '+a2'),
  f('any', 'a', '+a2'),
  f('mustFirst', 'l'),
  f('mustLast', 'l'),
  f('mustUniq', 'l'),
  f('mustToJson', 'a'),
  f('urlParse', 's'),
  f('squote', 'a', '+a1'),
  f('tuple', '+a2'),
];
