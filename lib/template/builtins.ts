/**
 * The predefined functions of Go's text/template (funcs.go): and, or, not, len, index,
 * slice, print, printf, println, html, js, urlquery, call, eq, ne, lt, le, gt, ge.
 * Errors are thrown as FuncError with Go's text; the engine adds `error calling NAME: `.
 */
import { isAssignable } from './exec-args.js';
import { sprint, sprintf, sprintln } from './fmt.js';
import { goTypeName } from './fmt-value.js';
import { isPrint } from '../go/strconv.js';
import { compareStrings, utf8Length } from '../go/strings.js';
import {
  elemTypeOf,
  GoComplex,
  IFACE,
  InterfaceHeld,
  isGoFunc,
  paramTypeName,
  printable,
  truth,
  zeroValue,
} from './reflect.js';
import {
  FuncError,
  GoInt,
  GoStruct,
  goFunc,
  isGoMap,
  isIntKind,
  isUnsignedKind,
  withGoType,
  type FuncMap,
  type ParamType,
} from '../go/value.js';

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Go's indirectInterface: a nil interface is an invalid value. */
const unwrapNil = (v: unknown): unknown => (v === null ? undefined : v);

/** The type of what a pointer points to (Go's indirect on a struct pointer). */
const derefType = (s: GoStruct): string => s.type.replace(/^\*/, '');

function fail(message: string): never {
  throw new FuncError(message);
}

/** Go's indexArg: an integer index in [0, cap]. */
function indexArg(index: unknown, cap: number): number {
  if (index instanceof InterfaceHeld) fail(`cannot index slice/array with type ${IFACE}`);
  if (index === undefined) fail('cannot index slice/array with nil');
  if (!(index instanceof GoInt)) fail(`cannot index slice/array with type ${goTypeName(index)}`);
  if (index.value < 0 || index.value > cap) fail(`index out of range: ${index.value}`);
  return index.value;
}

/** One step of `index`: item[key]. */
function indexOne(item: unknown, key: unknown): unknown {
  if (item === null || (item instanceof GoStruct && item.nil)) fail('index of nil pointer');
  if (typeof item === 'string') {
    const bytes = utf8.encode(item);
    const x = indexArg(key, bytes.length);
    if (x === bytes.length) fail('reflect: string index out of range');
    return new GoInt(bytes[x], 'uint8');
  }
  if (Array.isArray(item)) {
    const x = indexArg(key, item.length);
    if (x === item.length) fail('reflect: slice index out of range');
    return item[x];
  }
  if (isGoMap(item)) {
    if (key === undefined) fail('value is nil; should be of type string');
    if (typeof key !== 'string') fail(`value has type ${goTypeName(key)}; should be string`);
    return Object.prototype.hasOwnProperty.call(item, key)
      ? item[key]
      : zeroValue(elemTypeOf(item));
  }
  return fail(
    `can't index item of type ${item instanceof GoStruct ? derefType(item) : goTypeName(item)}`,
  );
}

function index(item: unknown, ...keys: unknown[]): unknown {
  let v = unwrapNil(item);
  if (v === undefined) fail('index of untyped nil');
  for (const k of keys) v = indexOne(v, unwrapNil(k));
  return v;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  const v = unwrapNil(item);
  if (v === undefined) fail('slice of untyped nil');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  let bytes: Uint8Array | undefined;
  let len: number;
  if (typeof v === 'string') {
    if (indexes.length === 3) fail('cannot 3-index slice a string');
    bytes = utf8.encode(v);
    len = bytes.length;
  } else if (Array.isArray(v)) {
    len = v.length;
  } else {
    return fail(`can't slice item of type ${goTypeName(v)}`);
  }
  const idx = [0, len, len];
  indexes.forEach((x, i) => (idx[i] = indexArg(x, len)));
  const [lo, hi, max] = idx as [number, number, number];
  if (lo > hi) fail(`invalid slice index: ${lo} > ${hi}`);
  if (indexes.length === 3 && hi > max) fail(`invalid slice index: ${hi} > ${max}`);
  if (bytes !== undefined) return fromUtf8.decode(bytes.subarray(lo, hi));
  const out = (v as unknown[]).slice(lo, hi);
  const t = goTypeName(v);
  return t === '[]interface {}' ? out : withGoType(out, t);
}

function length(item: unknown): GoInt {
  if (item === null || (item instanceof GoStruct && item.nil)) fail('len of nil pointer');
  if (item === undefined) fail('reflect: call of reflect.Value.Type on zero Value');
  if (typeof item === 'string') return new GoInt(utf8Length(item));
  if (Array.isArray(item)) return new GoInt(item.length);
  if (isGoMap(item)) return new GoInt(Object.keys(item).length);
  return fail(`len of type ${item instanceof GoStruct ? derefType(item) : goTypeName(item)}`);
}

/** Go's prepareArg for `call`: nil to nillable types, int kinds convert to each other. */
function prepareArg(value: unknown, typ: ParamType): unknown {
  const v = unwrapNil(value);
  if (v === undefined) {
    if (typ === 'any' || typ === 'value' || typ.startsWith('[]') || typ.startsWith('map['))
      return typ === 'value' ? v : null;
    fail(`value is nil; should be of type ${paramTypeName(typ)}`);
  }
  if (isAssignable(v, typ)) return v;
  if (v instanceof GoInt && isIntKind(typ)) return new GoInt(v.value, typ);
  return fail(`value has type ${goTypeName(v)}; should be ${paramTypeName(typ)}`);
}

function call(fn: unknown, ...args: unknown[]): unknown {
  const f = unwrapNil(fn);
  if (f === undefined) fail('call of nil');
  if (!isGoFunc(f)) return fail(`non-function of type ${goTypeName(f)}`);
  const numIn = f.params.length;
  if (f.variadic && args.length < numIn - 1)
    fail(`wrong number of args: got ${args.length} want at least ${numIn - 1}`);
  if (!f.variadic && args.length !== numIn)
    fail(`wrong number of args: got ${args.length} want ${numIn}`);
  const argv = args.map((a, i) => {
    const t = f.params[Math.min(i, numIn - 1)];
    try {
      return prepareArg(a, t);
    } catch (e) {
      return fail(`arg ${i}: ${(e as Error).message}`);
    }
  });
  return f.fn(...argv);
}

// --- comparison ---------------------------------------------------------------------------

type Kind = 'invalid' | 'bool' | 'int' | 'uint' | 'float' | 'complex' | 'string';

function basicKind(v: unknown): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'string';
  if (v instanceof GoInt) return isUnsignedKind(v.kind) ? 'uint' : 'int';
  if (v instanceof GoComplex) return 'complex';
  return 'invalid';
}

const BAD_TYPE = 'invalid type for comparison';
const INCOMPATIBLE = 'incompatible types for comparison';

/** Go's reflect Kind of a non-basic value, for comparability. */
function refKind(v: unknown): string {
  if (v === undefined) return 'invalid';
  if (v === null) return 'interface';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof GoStruct) return 'ptr';
  if (isGoFunc(v)) return 'func';
  return 'map';
}

/** eq for two values of no basic kind: nil-ness, or identity of comparable (pointer) values. */
function eqOther(a: unknown, b: unknown): boolean {
  const ka = refKind(a);
  const kb = refKind(b);
  if (ka !== kb && ka !== 'invalid' && kb !== 'invalid') {
    fail(
      `non-comparable types ${sprintf('%s', [a])}: ${goTypeName(a)}, ${goTypeName(b)}: ${sprintf('%v', [b])}`,
    );
  }
  const nilA = ka === 'invalid' || ka === 'interface' || (a instanceof GoStruct && a.nil);
  const nilB = kb === 'invalid' || kb === 'interface' || (b instanceof GoStruct && b.nil);
  if (nilA || nilB) return nilA === nilB;
  if (kb !== 'ptr') fail(`non-comparable type ${sprintf('%s', [b])}: ${goTypeName(b)}`);
  return a === b;
}

/** Integer value of an int-kind comparison operand. */
const intOf = (v: unknown): number => (v as GoInt).value;

function eqPair(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) {
    // Integers compare across signedness.
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int'))
      return intOf(a) === intOf(b);
    if (a !== undefined && b !== undefined) fail(INCOMPATIBLE);
    return false;
  }
  switch (k1) {
    case 'int':
    case 'uint':
      return intOf(a) === intOf(b);
    case 'invalid':
      return eqOther(a, b);
    case 'complex':
      return (
        (a as GoComplex).re === (b as GoComplex).re && (a as GoComplex).im === (b as GoComplex).im
      );
    default:
      return a === b;
  }
}

function eq(arg1: unknown, ...rest: unknown[]): boolean {
  const a = unwrapNil(arg1);
  if (rest.length === 0) fail('missing argument for comparison');
  return rest.some((b) => eqPair(a, unwrapNil(b)));
}

function lt(arg1: unknown, arg2: unknown): boolean {
  const a = unwrapNil(arg1);
  const b = unwrapNil(arg2);
  const k1 = basicKind(a);
  if (k1 === 'invalid') fail(BAD_TYPE);
  const k2 = basicKind(b);
  if (k2 === 'invalid') fail(BAD_TYPE);
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int'))
      return intOf(a) < intOf(b);
    return fail(INCOMPATIBLE);
  }
  switch (k1) {
    case 'bool':
    case 'complex':
      return fail(BAD_TYPE);
    case 'string':
      return compareStrings(a as string, b as string) < 0;
    case 'float':
      return (a as number) < (b as number);
    default:
      return intOf(a) < intOf(b);
  }
}

const le = (a: unknown, b: unknown): boolean => lt(a, b) || eq(a, b);

// --- escaping ----------------------------------------------------------------------------

/** Go's evalArgs: one string as is, otherwise fmt.Sprint of the printable values. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : printable(a))));
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\uFFFD',
  '"': '&#34;',
  "'": '&#39;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

function htmlEscape(...args: unknown[]): string {
  return evalArgs(args).replace(/[\0"'&<>]/g, (c) => HTML_ESCAPES[c]);
}

const JS_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '<': '\\u003C',
  '>': '\\u003E',
  '&': '\\u0026',
  '=': '\\u003D',
};

function jsEscape(...args: unknown[]): string {
  return evalArgs(args).replace(/[\\'"<>&=\0-\x1f]|[^\0-\x7f]/gu, (c) => {
    const known = JS_ESCAPES[c];
    if (known !== undefined) return known;
    const r = c.codePointAt(0) as number;
    if (r < 0x20) return '\\u00' + r.toString(16).toUpperCase().padStart(2, '0');
    return isPrint(r) ? c : '\\u' + r.toString(16).toUpperCase().padStart(4, '0');
  });
}

/** Go's url.QueryEscape. */
function urlQueryEscape(...args: unknown[]): string {
  let out = '';
  for (const b of utf8.encode(evalArgs(args))) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const unreachable = (): never => {
  throw new Error('unreachable: and/or are evaluated by the engine');
};

/** The builtin functions, as Go declares them (reflect.Value parameters are 'value'). */
export const builtins: FuncMap = {
  and: goFunc(['value', 'value'], unreachable, true),
  or: goFunc(['value', 'value'], unreachable, true),
  not: goFunc(['value'], (v: unknown) => !truth(v)),
  len: goFunc(['value'], length),
  index: goFunc(['value', 'value'], index, true),
  slice: goFunc(['value', 'value'], slice, true),
  call: goFunc(['value', 'value'], call, true),
  print: goFunc(['any'], (...a: unknown[]) => sprint(a), true),
  printf: goFunc(['string', 'any'], (f: string, ...a: unknown[]) => sprintf(f, a), true),
  println: goFunc(['any'], (...a: unknown[]) => sprintln(a), true),
  html: goFunc(['any'], htmlEscape, true),
  js: goFunc(['any'], jsEscape, true),
  urlquery: goFunc(['any'], urlQueryEscape, true),
  eq: goFunc(['value', 'value'], eq, true),
  ne: goFunc(['value', 'value'], (a: unknown, b: unknown) => !eq(a, b)),
  lt: goFunc(['value', 'value'], lt),
  le: goFunc(['value', 'value'], le),
  gt: goFunc(['value', 'value'], (a: unknown, b: unknown) => !le(a, b)),
  ge: goFunc(['value', 'value'], (a: unknown, b: unknown) => !lt(a, b)),
};
