/**
 * What becomes of a Kubernetes object when Go reads it into its typed struct and writes it
 * back with encoding/json, as `istioctl kube-inject` does with every workload it injects:
 * unknown fields vanish, `omitempty` fields that are empty vanish, fields without
 * `omitempty` appear with their zero value (`status: {replicas: 0}`, `test: false`), and
 * resource quantities become canonical. Key order is kept; added keys come last, in Go's
 * declaration order. Values Go would reject (a string where an int belongs) are kept as
 * they are: this is a normalizer, not a validator.
 */
import { isJsonArray, isJsonMap, setOwn, type JsonMap } from '../go/json-map.js';
import { canonicalQuantity } from '../k8s/quantity.js';
import { kindOf, LIST_KIND, WORKLOAD_KINDS } from '../k8s/workloads.js';
import { encodeValue } from './encode.js';
import type { TypeNode } from './go-type.js';
import { resolveType } from './registry.js';
import { parseTag, type StructDef } from './schema.js';

/** One JSON field of a struct (embedded structs' fields included). */
interface JsonField {
  readonly name: string;
  readonly type: TypeNode;
  readonly omitempty: boolean;
  readonly omitzero: boolean;
}

/** A struct's fields, and the lookups decoding a key needs (built once per struct). */
interface StructFields {
  readonly byName: ReadonlyMap<string, JsonField>;
  /** The first field of each lower-cased name (Go's case-insensitive fallback). */
  readonly byLowerName: ReadonlyMap<string, JsonField>;
  /**
   * The fields whose zero value is written when the input leaves them out, in declaration
   * order (the zero depends on the type only). Most fields are omitempty ones whose zero
   * is dropped: those need no work at all when absent.
   */
  readonly zeroWritten: readonly JsonField[];
}

const FIELDS = new WeakMap<StructDef, JsonField[]>();
const LOOKUPS = new WeakMap<StructDef, StructFields>();

function structFields(def: StructDef): StructFields {
  let found = LOOKUPS.get(def);
  if (found === undefined) {
    const list = jsonFields(def);
    const byName = new Map<string, JsonField>();
    const byLowerName = new Map<string, JsonField>();
    for (const f of list) {
      if (!byName.has(f.name)) byName.set(f.name, f);
      const lower = f.name.toLowerCase();
      if (!byLowerName.has(lower)) byLowerName.set(lower, f);
    }
    // Set before the zeros are worked out: a struct's zero may hold the struct's own type.
    const zeroWritten: JsonField[] = [];
    found = { byName, byLowerName, zeroWritten };
    LOOKUPS.set(def, found);
    for (const f of list) if (!dropped(f, zeroJson(f.type))) zeroWritten.push(f);
  }
  return found;
}

/** A struct's JSON fields in declaration order, `,inline` ones flattened. */
function jsonFields(def: StructDef): JsonField[] {
  let fields = FIELDS.get(def);
  if (fields === undefined) {
    fields = def.fields.flatMap(([, tag, type]): JsonField[] => {
      const t = resolveType(type);
      const { name, omitempty, omitzero, inline } = parseTag(tag);
      return inline && t.k === 'struct'
        ? jsonFields(t.def)
        : [{ name, type: t, omitempty, omitzero }];
    });
    FIELDS.set(def, fields);
  }
  return fields;
}

/** encoding/json's `omitempty` test on a written value; structs are never empty. */
function isEmpty(t: TypeNode, v: unknown): boolean {
  switch (t.k) {
    case 'basic':
      return v === null || v === '' || v === false || v === 0;
    case 'slice':
      return v === null || (Array.isArray(v) && v.length === 0);
    case 'map':
      return v === null || (isJsonMap(v) && Object.keys(v).length === 0);
    case 'ptr':
    case 'any':
      return v === null;
    default:
      return false;
  }
}

/** Each type's zero as Go writes it, worked out once (a struct's zero is a walk of its fields). */
const ZEROS = new Map<TypeNode, unknown>();

/** Go's output for a field the input leaves out: a fresh copy, as callers may edit what they get. */
function zeroJson(t: TypeNode): unknown {
  let zero = ZEROS.get(t);
  if (zero === undefined && !ZEROS.has(t)) {
    zero = t.k === 'struct' ? roundTripStruct(t.def, {}) : encodeValue(t, undefined, 'k8s');
    ZEROS.set(t, zero);
  }
  return copyJson(zero);
}

/** A deep copy of plain JSON data (zeros are small: `{}`, `{replicas: 0}`). */
function copyJson(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copyJson);
  const out: JsonMap = {};
  for (const k in v) if (Object.hasOwn(v, k)) setOwn(out, k, copyJson((v as JsonMap)[k]));
  return out;
}

/** The field a JSON key decodes into: exact name first, then case-insensitively (as Go does). */
function fieldFor(fields: StructFields, key: string): JsonField | undefined {
  return fields.byName.get(key) ?? fields.byLowerName.get(key.toLowerCase());
}

/** A struct read and written back. */
function roundTripStruct(def: StructDef, obj: JsonMap): JsonMap {
  const fields = structFields(def);
  const out: JsonMap = {};
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const f = fieldFor(fields, key);
    if (f === undefined) continue;
    const v = roundTripValue(f.type, obj[key]);
    if (dropped(f, v)) delete out[f.name];
    else out[f.name] = v;
  }
  // A field whose zero is written is never dropped when given either (its values are never
  // empty, nor null), so the ones the input left out are exactly those not in `out`.
  for (const f of fields.zeroWritten)
    if (!Object.hasOwn(out, f.name)) out[f.name] = zeroJson(f.type);
  return out;
}

/** Whether encoding/json leaves the field out when its value is `v`. */
function dropped(f: JsonField, v: unknown): boolean {
  return (f.omitzero && v === null) || (f.omitempty && isEmpty(f.type, v));
}

/** A value of type `t` read and written back. */
function roundTripValue(t: TypeNode, v: unknown): unknown {
  if (v === null) return zeroJson(t);
  switch (t.k) {
    case 'ptr':
      return roundTripValue(t.elem, v);
    case 'slice':
      return Array.isArray(v) ? v.map((x) => roundTripValue(t.elem, x)) : v;
    case 'map': {
      if (!isJsonMap(v)) return v;
      const out: JsonMap = {};
      for (const k in v) if (Object.hasOwn(v, k)) setOwn(out, k, roundTripValue(t.elem, v[k]));
      return out;
    }
    case 'struct':
      return isJsonMap(v) ? roundTripStruct(t.def, v) : v;
    case 'special':
      return t.def.goType === 'resource.Quantity' &&
        (typeof v === 'string' || typeof v === 'number')
        ? canonicalQuantity(v)
        : v;
    default:
      return v;
  }
}

/**
 * `obj` (Kubernetes JSON of the registry type `typeExpr`, e.g. `Deployment`) as Go writes
 * it back after reading it. Throws KinjectError (INJECTION) for a quantity Go rejects.
 */
export function goRoundTrip(typeExpr: string, obj: unknown): unknown {
  return roundTripValue(resolveType(typeExpr), obj);
}

/**
 * A manifest object as kube-inject writes it back: workload kinds and `List` (each item
 * by its own kind) round-trip through their Go types; other kinds are left alone, as Istio
 * passes objects it does not know through unchanged.
 */
export function roundTripObject(obj: JsonMap): JsonMap {
  const kind = kindOf(obj);
  if (kind === LIST_KIND) {
    const out = goRoundTrip('List', obj) as JsonMap;
    const items = out.items;
    if (isJsonArray(items)) out.items = items.map((x) => (isJsonMap(x) ? roundTripObject(x) : x));
    return out;
  }
  const workload = Object.prototype.hasOwnProperty.call(WORKLOAD_KINDS, kind)
    ? WORKLOAD_KINDS[kind]
    : undefined;
  return workload === undefined ? obj : (goRoundTrip(workload.goType, obj) as JsonMap);
}
