/**
 * Argument checks and conversions for calls from templates (Go's validateType and the
 * evalBool/evalString/evalInteger/evalFloat family of exec.go), as pure functions that
 * report Go's error text instead of throwing.
 */
import { goTypeName } from './fmt-value.js';
import type { Node } from './parse/node.js';
import { elemTypeOf, IFACE, paramTypeName } from './reflect.js';
import { GoInt, isGoMap, isIntKind, isUnsignedKind, type ParamType } from '../go/value.js';

/** The outcome of a check: the value to pass, or Go's error text. */
export type Check =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: string; readonly expected: string };

const ok = (value: unknown): Check => ({ ok: true, value });
const fail = (error: string, typ: ParamType): Check => ({
  ok: false,
  error,
  expected: paramTypeName(typ),
});

/** Types whose zero value is nil (Go's canBeNil). */
const NILLABLE: ReadonlySet<ParamType> = new Set<ParamType>([
  'any',
  '[]any',
  '[]string',
  'map[string]any',
  'map[string]string',
]);

/** Whether a (non-nil) value is assignable to a parameter type, as Go's AssignableTo. */
const ASSIGNABLE: Readonly<Record<string, (v: unknown) => boolean>> = {
  string: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  float64: (v) => typeof v === 'number',
  '[]any': (v) => Array.isArray(v) && elemTypeOf(v) === IFACE,
  '[]string': (v) => Array.isArray(v) && elemTypeOf(v) === 'string',
  'map[string]any': (v) => isGoMap(v) && elemTypeOf(v) === IFACE,
  'map[string]string': (v) => isGoMap(v) && elemTypeOf(v) === 'string',
};

/** Is `v` assignable to `typ` without conversion? */
export function isAssignable(v: unknown, typ: ParamType): boolean {
  if (typ === 'any' || typ === 'value') return true;
  if (isIntKind(typ)) return v instanceof GoInt && v.kind === typ;
  return ASSIGNABLE[typ]?.(v) ?? false;
}

/**
 * Go's validateType: check a computed value against a parameter type. `undefined` (an
 * invalid value) becomes the type's nil; other mismatches are errors. No type: as is.
 */
export function validateType(value: unknown, typ: ParamType | undefined): Check {
  if (typ === undefined || typ === 'value') return ok(value);
  if (value === undefined) {
    return NILLABLE.has(typ)
      ? ok(null)
      : fail(`invalid value; expected ${paramTypeName(typ)}`, typ);
  }
  if (isAssignable(value, typ)) return ok(value);
  // A nil interface (null) has only its static type.
  const got = value === null ? IFACE : goTypeName(value);
  return fail(`wrong type for value; expected ${paramTypeName(typ)}; got ${got}`, typ);
}

/** Go's evalArg for a constant (bool, number or string node) and a concrete parameter type. */
export function convertConstant(n: Node, typ: ParamType | undefined): Check {
  const t = typ ?? 'any';
  const found = n.String();
  if (t === 'bool')
    return n.type === 'bool' ? ok(n.value) : fail(`expected bool; found ${found}`, t);
  if (t === 'string')
    return n.type === 'string' ? ok(n.text) : fail(`expected string; found ${found}`, t);
  if (t === 'float64') {
    return n.type === 'number' && n.num.isFloat
      ? ok(n.num.float)
      : fail(`expected float; found ${found}`, t);
  }
  if (isUnsignedKind(t)) {
    return n.type === 'number' && n.num.isUint
      ? ok(new GoInt(n.num.uint, t as GoInt['kind']))
      : fail(`expected unsigned integer; found ${found}`, t);
  }
  if (isIntKind(t)) {
    return n.type === 'number' && n.num.isInt
      ? ok(new GoInt(n.num.int, t))
      : fail(`expected integer; found ${found}`, t);
  }
  return fail(`can't handle ${found} for arg of type ${paramTypeName(t)}`, t);
}
