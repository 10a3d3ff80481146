/**
 * Sprig's regular-expression functions (regex.go) on Go's regexp semantics: Go's
 * leftmost-first matching, its rule that an empty match right after a match is skipped,
 * and its `$1` / `${name}` replacement templates.
 */
import { messageOf } from '../../errors.js';
import {
  FuncError,
  goFunc,
  nilSlice,
  withGoType,
  type FuncMap,
  type GoInt,
} from '../../go/value.js';
import { fail } from './convert.js';
import { compileGoRegexp, RegexpError } from './go-regexp.js';
import { canBackquote, quote } from '../../go/strconv.js';

/** regexp.MustCompile: a syntax error panics with Go's `regexp: Compile(…)` text. */
function mustCompile(expr: string): RegExp {
  try {
    return compileGoRegexp(expr);
  } catch (e) {
    if (!(e instanceof RegexpError)) throw e;
    const shown = canBackquote(expr) ? '`' + expr + '`' : quote(expr);
    return fail(`regexp: Compile(${shown}): ${e.message}`);
  }
}

/** regexp.Compile: a syntax error is the function's error result. */
function compile(expr: string): RegExp {
  try {
    return compileGoRegexp(expr);
  } catch (e) {
    return fail(messageOf(e));
  }
}

/** Width of the character at i (a surrogate pair is one rune). */
const widthAt = (s: string, i: number): number => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Go's allMatches: successive matches, an empty one right after a match ignored; n < 0 for all. */
function allMatches(re: RegExp, s: string, n: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let prevEnd = -1;
  for (let pos = 0; pos <= s.length && (n < 0 || out.length < n);) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    const end = m.index + m[0].length;
    let accept = true;
    if (end === pos) {
      if (m.index === prevEnd) accept = false;
      pos += pos < s.length ? widthAt(s, pos) : 1;
    } else pos = end;
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's Regexp.Expand of a `$name` / `${name}` template for one match. */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(
    /\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g,
    (all, _x, braced?: string, bare?: string) => {
      if (all === '$$') return '$';
      const name = braced ?? bare ?? '';
      if (/^[0-9]+$/.test(name)) return m[Number(name)] ?? '';
      return m.groups?.[name] ?? '';
    },
  );
}

/** Go's replaceAll loop: no replacement for an empty match right after a match. */
function replaceAll(re: RegExp, s: string, repl: (m: RegExpExecArray) => string): string {
  let out = '';
  let lastEnd = 0;
  for (let search = 0; search <= s.length;) {
    re.lastIndex = search;
    const m = re.exec(s);
    if (!m) break;
    const end = m.index + m[0].length;
    out += s.slice(lastEnd, m.index);
    if (end > lastEnd || m.index === 0) out += repl(m);
    lastEnd = end;
    const width = search < s.length ? widthAt(s, search) : 1;
    search = search + width > end ? search + width : search + 1 > end ? search + 1 : end;
  }
  return out + s.slice(lastEnd);
}

/** Go's Regexp.Split. */
function split(re: RegExp, expr: string, s: string, n: number): string[] {
  if (n === 0) return [];
  if (expr.length > 0 && s.length === 0) return [''];
  const parts: string[] = [];
  let beg = 0;
  let end = 0;
  for (const m of allMatches(re, s, n)) {
    if (n > 0 && parts.length === n - 1) break;
    end = m.index;
    const mEnd = m.index + m[0].length;
    if (mEnd !== 0) parts.push(s.slice(beg, end));
    beg = mEnd;
  }
  if (end !== s.length) parts.push(s.slice(beg));
  return parts;
}

// Go's regexp returns nil, not an empty slice, when nothing matches (and Split for n == 0).
const strings = (v: string[]): string[] =>
  v.length === 0 ? nilSlice<string>('[]string') : withGoType(v, '[]string');
const findAll = (re: RegExp, s: string, n: GoInt): string[] =>
  strings(allMatches(re, s, n.value).map((m) => m[0]));
const findFirst = (re: RegExp, s: string): string => allMatches(re, s, 1)[0]?.[0] ?? '';

function matches(expr: string, s: string): boolean {
  const re = compile(expr);
  return allMatches(re, s, 1).length > 0;
}

/** Go's regexp.QuoteMeta. */
const quoteMeta = (s: string): string => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');

type Compiler = (expr: string) => RegExp;

/** The regex functions, built once with MustCompile (panics) and once with Compile (errors). */
function family(prefix: string, compileWith: Compiler): FuncMap {
  const name = (n: string): string => (prefix ? prefix + n[0]?.toUpperCase() + n.slice(1) : n);
  return {
    [name('regexFindAll')]: goFunc(['string', 'string', 'int'], (e: string, s: string, n: GoInt) =>
      findAll(compileWith(e), s, n),
    ),
    [name('regexFind')]: goFunc(['string', 'string'], (e: string, s: string) =>
      findFirst(compileWith(e), s),
    ),
    [name('regexReplaceAll')]: goFunc(
      ['string', 'string', 'string'],
      (e: string, s: string, r: string) => replaceAll(compileWith(e), s, (m) => expand(r, m)),
    ),
    [name('regexReplaceAllLiteral')]: goFunc(
      ['string', 'string', 'string'],
      (e: string, s: string, r: string) => replaceAll(compileWith(e), s, () => r),
    ),
    [name('regexSplit')]: goFunc(['string', 'string', 'int'], (e: string, s: string, n: GoInt) =>
      strings(split(compileWith(e), e, s, n.value)),
    ),
  };
}

/** Regular-expression functions of sprig's map. */
export const regexFuncs: FuncMap = {
  ...family('', mustCompile),
  ...family('must', compile),
  // regexMatch ignores a compile error and answers false.
  regexMatch: goFunc(['string', 'string'], (e: string, s: string) => {
    try {
      return matches(e, s);
    } catch (err) {
      if (err instanceof FuncError) return false;
      throw err;
    }
  }),
  mustRegexMatch: goFunc(['string', 'string'], matches),
  regexQuoteMeta: goFunc(['string'], quoteMeta),
};
