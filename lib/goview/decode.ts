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
import { canonicalQuantity } from '../k8s/quantity.js';
import { goTypeName, type TypeNode } from './go-type.js';
import { resolveType } from './registry.js';
import { parseTag, type StructDef } from './schema.js';

/** The first value Go would refuse: its message and where it is. */
export interface DecodeProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/** Where the walk is: Go's error context (innermost struct, JSON field names) and our path. */
interface Context {
  readonly struct: string | undefined;
  readonly fields: readonly string[];
  readonly path: readonly (string | number)[];
}

/** A struct's JSON fields by exact name (inline structs' fields promoted, as Go does). */
const FIELDS = new WeakMap<StructDef, ReadonlyMap<string, TypeNode>>();

function fieldsOf(def: StructDef): ReadonlyMap<string, TypeNode> {
  let fields = FIELDS.get(def);
  if (fields === undefined) {
    const map = new Map<string, TypeNode>();
    for (const [, tag, type] of def.fields) {
      const t = resolveType(type);
      const { name, inline } = parseTag(tag);
      if (inline && t.k === 'struct') for (const [n, ft] of fieldsOf(t.def)) map.set(n, ft);
      else map.set(name, t);
    }
    fields = map;
    FIELDS.set(def, fields);
  }
  return fields;
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
      : `Go struct field ${ctx.struct}.${ctx.fields.join('.')} of type ${type}`;
  return { message: `json: cannot unmarshal ${value} into ${into}`, path: ctx.path };
}

/** A basic Go type's problem with `v` (never null here). */
function basicProblem(name: string, v: unknown, ctx: Context): DecodeProblem | undefined {
  if (name === 'string')
    return typeof v === 'string' ? undefined : typeError(ctx, jsonWord(v), name);
  if (name === 'bool')
    return typeof v === 'boolean' ? undefined : typeError(ctx, jsonWord(v), name);
  if (typeof v !== 'number') return typeError(ctx, jsonWord(v), name);
  if (name === 'float64') return undefined;
  const [min, max] = isIntKind(name) ? intRange(name) : [-Infinity, Infinity];
  // Go names the number it could not store: a fraction, or one out of the type's range.
  return Number.isInteger(v) && v >= min && v <= max
    ? undefined
    : typeError(ctx, `number ${String(v)}`, name);
}

/** The hand-written decoders (UnmarshalJSON methods) of the special types. */
function specialProblem(goType: string, v: unknown, ctx: Context): DecodeProblem | undefined {
  switch (goType) {
    case 'intstr.IntOrString':
      // A string is the string form; anything else is decoded as an int32.
      return typeof v === 'string' ? undefined : basicProblem('int32', v, ctx);
    case 'v1.Time':
      return typeof v === 'string' ? undefined : typeError(ctx, jsonWord(v), 'string');
    case 'resource.Quantity':
      try {
        canonicalQuantity(typeof v === 'string' || typeof v === 'number' ? v : '');
        return undefined;
      } catch (e) {
        return { message: (e as Error).message, path: ctx.path };
      }
    default:
      return undefined;
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
      for (const [i, item] of v.entries()) {
        const p = problemOf(t.elem, item, { ...ctx, path: [...ctx.path, i] });
        if (p !== undefined) return p;
      }
      return undefined;
    }
    case 'map': {
      if (!isJsonMap(v)) return typeError(ctx, jsonWord(v), goTypeName(t));
      for (const [key, item] of Object.entries(v)) {
        const p = problemOf(t.elem, item, { ...ctx, path: [...ctx.path, key] });
        if (p !== undefined) return p;
      }
      return undefined;
    }
    case 'struct': {
      if (!isJsonMap(v)) return typeError(ctx, jsonWord(v), goTypeName(t));
      const fields = fieldsOf(t.def);
      const struct = t.def.goType.replace(/^.*\./, '');
      for (const [key, item] of Object.entries(v)) {
        const ft = fields.get(key);
        if (ft === undefined) continue;
        const sub = { struct, fields: [...ctx.fields, key], path: [...ctx.path, key] };
        const p = problemOf(ft, item, sub);
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
  return problemOf(resolveType(typeExpr), obj, { struct: undefined, fields: [], path: [] });
}
