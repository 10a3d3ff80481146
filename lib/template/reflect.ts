/**
 * The bits of Go's `reflect` the engine needs, on the value model of `lib/go/value.ts`: type names,
 * element types and zero values of containers, truth, and function descriptors.
 */
import { formatFloat } from './fmt-float.js';
import {
  GoInt,
  GoStruct,
  goFunc,
  goTypeOf,
  isIntKind,
  type GoFunc,
  type ParamType,
} from '../go/value.js';

/** Go's name of the empty interface type. */
export const IFACE = 'interface {}';

/**
 * A `slice` index that Go holds in an interface (e.g. a field of map[string]interface{}):
 * Go's slice does not look inside it and rejects it, but only when it reaches that index,
 * after checking the item; so the check waits in the builtin instead of at evaluation.
 */
export class InterfaceHeld {
  constructor(readonly value: unknown) {}
}

/** The Go type of a parameter type, as error messages name it. */
export function paramTypeName(t: ParamType): string {
  switch (t) {
    case 'any':
      return IFACE;
    case 'value':
      return 'reflect.Value';
    case '[]any':
      return '[]interface {}';
    case 'map[string]any':
      return 'map[string]interface {}';
    default:
      return t;
  }
}

// Element types by container type: map lookups are hot, regular expressions are not cheap.
const ELEM_TYPES = new Map<string, string>();

/** The Go element type of a slice or map value (`interface {}` when untyped). */
export function elemTypeOf(container: object): string {
  const t = (container as { [goTypeOf]?: string })[goTypeOf];
  if (t === undefined) return IFACE;
  let elem = ELEM_TYPES.get(t);
  if (elem === undefined) {
    const m = /^(?:\[\]|map\[[^\]]*\])(.*)$/.exec(t);
    elem = m ? m[1] : IFACE;
    ELEM_TYPES.set(t, elem);
  }
  return elem;
}

/** Are the elements of this slice or map interface values (so nil elements are nil interfaces)? */
export function hasIfaceElems(container: object): boolean {
  return elemTypeOf(container) === IFACE;
}

/** Go's zero value of a type, for missing map entries. Nil of any reference type is `null`. */
export function zeroValue(type: string): unknown {
  if (type === 'string') return '';
  if (type === 'bool') return false;
  if (type === 'float64' || type === 'float32') return 0;
  if (isIntKind(type)) return new GoInt(0, type);
  return null;
}

/** Is it a function value (a GoFunc stored in data)? */
export function isGoFunc(v: unknown): v is GoFunc {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as GoFunc).fn === 'function' &&
    Array.isArray((v as GoFunc).params)
  );
}

/**
 * Go's isTrue: the truth of a value in if/with/and/or/not, or `undefined` for a value that
 * has no truth (none exist in the value model, but foreign JS values might).
 */
export function isTrue(v: unknown): boolean | undefined {
  switch (typeof v) {
    case 'undefined':
      return false;
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'object':
      return objectTruth(v);
    default:
      return undefined;
  }
}

function objectTruth(v: object | null): boolean {
  if (v === null) return false;
  if (v instanceof GoInt) return v.value !== 0;
  if (v instanceof GoComplex) return v.re !== 0 || v.im !== 0;
  if (v instanceof GoStruct) return !v.nil;
  if (Array.isArray(v)) return v.length > 0;
  if (isGoFunc(v)) return true;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) return true;
  return false;
}

/** Just the truth (Go's `truth` helper). */
export function truth(v: unknown): boolean {
  return isTrue(v) === true;
}

/**
 * A complex128 constant. The value model has no complex numbers; this stands in for one:
 * it prints as Go prints it, `(1+2i)`, reports its type, is true unless zero, and compares
 * with `eq` as Go's complexKind does.
 */
export class GoComplex extends GoStruct {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {
    const imag = formatFloat(im, 'g', -1);
    const text = `(${formatFloat(re, 'g', -1)}${/^[+-]/.test(imag) ? '' : '+'}${imag}i)`;
    super({ type: 'complex128', methods: { String: goFunc([], () => text) }, json: () => text });
  }
}

/** The stand-in for a complex constant (see {@link GoComplex}). */
export function complexValue(re: number, im: number): GoComplex {
  return new GoComplex(re, im);
}

/**
 * Go's printableValue: what `{{.}}` and html/js/urlquery print. A pointer to a struct
 * prints as the struct (`{a b}`, not `&{a b}`); nil and everything else print as they are.
 */
export function printable(v: unknown): unknown {
  if (!(v instanceof GoStruct) || v.nil || !v.type.startsWith('*')) return v;
  return new GoStruct({
    type: v.type.slice(1),
    fields: v.fields,
    methods: v.methods,
    json: () => v.toJSON(),
  });
}
