/**
 * What Go's typed decode would refuse: `istioctl kube-inject` reads every workload into its
 * Kubernetes struct (encoding/json through the apimachinery serializer: case-sensitive field
 * names, unknown fields ignored, `null` leaves the zero value) and fails on the first value of
 * the wrong JSON kind. This walks a decoded manifest against the same schema tables the views
 * and the round-trip use (lib/goview/k8s-*.ts: Go name, json tag, Go type per field), so
 * the types checked are the types written back, from one table.
 *
 * Messages are encoding/json's UnmarshalTypeError text, e.g.
 * `json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32`
 * (innermost struct's name, then the JSON field path from the object's root; sequence indexes
 * and map keys are not part of Go's path), and `path` is where the value is, for its line:column.
 */
import { isJsonMap } from '../go/json-map.js';
import { intRange, isIntKind } from '../go/value.js';
import { parseQuantity, type QuantityResult } from '../k8s/quantity.js';
import { goTypeName, type TypeNode } from './go-type.js';
import { resolveType } from './registry.js';
import { fieldTypes } from './fields.js';
import type { StructDef } from './schema.js';

/** The first value Go would refuse: its message and where it is. */
export interface DecodeProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/**
 * Where the walk is: a link to the parent's context and the key taken from it. Go's error
 * context (innermost struct, JSON field names) and our path are read off the chain only
 * when there is a problem: building them at every value cost more than the check.
 */
interface Context {
  /** The innermost struct's Go name (no package). */
  readonly struct: string | undefined;
  readonly parent: Context | undefined;
  readonly key: string | number;
  /** Whether `key` is a struct's JSON field name (part of Go's path); indexes and map keys are not. */
  readonly field: boolean;
}

const ROOT: Context = { struct: undefined, parent: undefined, key: '', field: false };

/** The keys from the root to `ctx`: all of them, or only the struct field names. */
function keysTo(ctx: Context, fieldsOnly: boolean): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let c: Context | undefined = ctx; c !== undefined && c !== ROOT; c = c.parent)
    if (c.field || !fieldsOnly) keys.push(c.key);
  return keys.reverse();
}

/** The context of a slice item or map value under `ctx`. */
const element = (ctx: Context, key: string | number): Context => ({
  struct: ctx.struct,
  parent: ctx,
  key,
  field: false,
});

/** A struct as decoding sees it: its name in Go's messages and its JSON fields. */
interface DecodedStruct {
  /** The Go type name without its package. */
  readonly name: string;
  /** JSON fields by exact name (inline structs' fields promoted, as Go does). */
  readonly fields: ReadonlyMap<string, TypeNode>;
}

const STRUCTS = new WeakMap<StructDef, DecodedStruct>();

function structOf(def: StructDef): DecodedStruct {
  let found = STRUCTS.get(def);
  if (found === undefined) {
    found = { name: def.goType.replace(/^.*\./, ''), fields: fieldTypes(def) };
    STRUCTS.set(def, found);
  }
  return found;
}

/** encoding/json's word for a JSON value's kind. */
function jsonWord(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (isJsonMap(v)) return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** UnmarshalTypeError's text. */
function typeError(ctx: Context, value: string, type: string): DecodeProblem {
  const into =
    ctx.struct === undefined
      ? `Go value of type ${type}`
      : `Go struct field ${ctx.struct}.${keysTo(ctx, true).join('.')} of type ${type}`;
  return { message: `json: cannot unmarshal ${value} into ${into}`, path: keysTo(ctx, false) };
}

/** Whether a basic Go type takes `v` (never null here). */
function basicFits(name: string, v: unknown): boolean {
  if (name === 'string') return typeof v === 'string';
  if (name === 'bool') return typeof v === 'boolean';
  if (typeof v !== 'number') return false;
  if (name === 'float64') return true;
  const [min, max] = isIntKind(name) ? intRange(name) : [-Infinity, Infinity];
  return Number.isInteger(v) && v >= min && v <= max;
}

/** A basic Go type's problem with `v` (never null here). */
function basicProblem(name: string, v: unknown, ctx: Context): DecodeProblem | undefined {
  if (basicFits(name, v)) return undefined;
  // Go names the number it could not store: a fraction, or one out of the type's range.
  const numeric = name !== 'string' && name !== 'bool' && typeof v === 'number';
  return typeError(ctx, numeric ? `number ${String(v)}` : jsonWord(v), name);
}

/** What a quantity's decoder makes of `v`. */
const quantityOf = (v: unknown): QuantityResult =>
  parseQuantity(typeof v === 'string' || typeof v === 'number' ? v : '');

/** Whether the hand-written decoder (UnmarshalJSON method) of a special type takes `v`. */
function specialFits(goType: string, v: unknown): boolean {
  switch (goType) {
    case 'intstr.IntOrString':
      // A string is the string form; anything else is decoded as an int32.
      return typeof v === 'string' || basicFits('int32', v);
    case 'v1.Time':
      return typeof v === 'string';
    case 'resource.Quantity':
      return !('error' in quantityOf(v));
    default:
      return true;
  }
}

/** The problem of a special type's decoder with `v`. */
function specialProblem(goType: string, v: unknown, ctx: Context): DecodeProblem | undefined {
  if (specialFits(goType, v)) return undefined;
  if (goType === 'intstr.IntOrString') return basicProblem('int32', v, ctx);
  if (goType === 'v1.Time') return typeError(ctx, jsonWord(v), 'string');
  const r = quantityOf(v);
  return 'error' in r ? { message: r.error, path: keysTo(ctx, false) } : undefined;
}

/**
 * Whether `v` decodes into a `t` that is no slice, map or struct (those hold values of
 * their own: false). Most values are such leaves and fine: the walk checks them before it
 * makes their context, which only a problem's message needs.
 */
function leafFits(t: TypeNode, v: unknown): boolean {
  switch (t.k) {
    case 'ptr':
      return leafFits(t.elem, v);
    case 'basic':
      return basicFits(t.name, v);
    case 'special':
      return specialFits(t.def.goType, v);
    case 'slice':
    case 'map':
    case 'struct':
      return false;
    default:
      return true;
  }
}

/** The first problem decoding `v` into a value of type `t`, in Go's field order of the JSON. */
function problemOf(t: TypeNode, v: unknown, ctx: Context): DecodeProblem | undefined {
  if (v === null) return undefined;
  switch (t.k) {
    case 'ptr':
      return problemOf(t.elem, v, ctx);
    case 'basic':
      return basicProblem(t.name, v, ctx);
    case 'special':
      return specialProblem(t.def.goType, v, ctx);
    case 'slice': {
      if (!Array.isArray(v)) return typeError(ctx, jsonWord(v), goTypeName(t));
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x === null || leafFits(t.elem, x)) continue;
        const p = problemOf(t.elem, x, element(ctx, i));
        if (p !== undefined) return p;
      }
      return undefined;
    }
    case 'map': {
      if (!isJsonMap(v)) return typeError(ctx, jsonWord(v), goTypeName(t));
      for (const key in v) {
        const x = v[key];
        if (!Object.hasOwn(v, key) || x === null || leafFits(t.elem, x)) continue;
        const p = problemOf(t.elem, x, element(ctx, key));
        if (p !== undefined) return p;
      }
      return undefined;
    }
    case 'struct': {
      if (!isJsonMap(v)) return typeError(ctx, jsonWord(v), goTypeName(t));
      const { name, fields } = structOf(t.def);
      for (const key in v) {
        const ft = Object.hasOwn(v, key) ? fields.get(key) : undefined;
        const x = v[key];
        if (ft === undefined || x === null || leafFits(ft, x)) continue;
        const p = problemOf(ft, x, { struct: name, parent: ctx, key, field: true });
        if (p !== undefined) return p;
      }
      return undefined;
    }
    default:
      // Enums and protobuf messages do not occur in workloads; opaque types are not modelled.
      return undefined;
  }
}

/** The first value of `obj` that Go could not decode into the registry type `typeExpr`. */
export function goDecodeProblem(typeExpr: string, obj: unknown): DecodeProblem | undefined {
  return problemOf(resolveType(typeExpr), obj, ROOT);
}
