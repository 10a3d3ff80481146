/**
 * What becomes of a Kubernetes object when Go reads it into its typed struct and writes it
 * back with encoding/json, as `istioctl kube-inject` does with every workload it injects:
 * unknown fields vanish, `omitempty` fields that are empty vanish, fields without
 * `omitempty` appear with their zero value (`status: {replicas: 0}`, `test: false`), and
 * resource quantities become canonical. Key order is kept; added keys come last, in Go's
 * declaration order. Values Go would reject (a string where an int belongs) are kept as
 * they are: this is a normalizer, not a validator.
 */
import { isEmptyMap, isJsonArray, isJsonMap, setOwn, type JsonMap } from '../go/json-map.js';
import { canonicalQuantity } from '../k8s/quantity.js';
import { kindOf, LIST_KIND, WORKLOAD_KINDS } from '../k8s/workloads.js';
import { encodeValue } from './encode.js';
import type { TypeNode } from './go-type.js';
import { resolveType } from './registry.js';
import { jsonFields, type PlainField as JsonField } from './fields.js';
import type { StructDef } from './schema.js';

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

const LOOKUPS = new WeakMap<StructDef, StructFields>();

function lookupsOf(def: StructDef): StructFields {
  let found = LOOKUPS.get(def);
  if (found === undefined) {
    const list = jsonFields(def);
    const byName = new Map<string, JsonField>();
    const byLowerName = new Map<string, JsonField>();
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (!byName.has(f.name)) byName.set(f.name, f);
      const lower = f.name.toLowerCase();
      if (!byLowerName.has(lower)) byLowerName.set(lower, f);
    }
    // Set before the zeros are worked out: a struct's zero may hold the struct's own type.
    const zeroWritten: JsonField[] = [];
    found = { byName, byLowerName, zeroWritten };
    LOOKUPS.set(def, found);
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      if (!dropped(f, zeroJson(f.type))) zeroWritten.push(f);
    }
  }
  return found;
}

/** encoding/json's `omitempty` test on a written value; structs are never empty. */
function isEmpty(t: TypeNode, v: unknown): boolean {
  switch (t.k) {
    case 'basic':
      return v === null || v === '' || v === false || v === 0;
    case 'slice':
      return v === null || (Array.isArray(v) && v.length === 0);
    case 'map':
      return v === null || isEmptyMap(v);
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
    zero = t.k === 'struct' ? roundTripStruct(t.def, {}, false) : encodeValue(t, undefined, 'k8s');
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

/** A new map of the first `n` own entries of `m` (what a shared round trip kept before a change). */
function leadingEntries(m: JsonMap, n: number): JsonMap {
  const out: JsonMap = {};
  let taken = 0;
  for (const key in m) {
    if (taken === n) break;
    if (!Object.hasOwn(m, key)) continue;
    setOwn(out, key, m[key]);
    taken++;
  }
  return out;
}

/**
 * A struct read and written back. Sharing (see {@link goRoundTrip}), an object that comes
 * out the same (every key a field's own name, every value kept, no zero added) is returned
 * itself: `out` is only made at the first change, from the keys kept until then.
 */
function roundTripStruct(def: StructDef, obj: JsonMap, share: boolean): JsonMap {
  const fields = lookupsOf(def);
  let out: JsonMap | undefined = share ? undefined : {};
  let kept = 0;
  for (const key in obj) {
    if (!Object.hasOwn(obj, key)) continue;
    const f = fieldFor(fields, key);
    const given = obj[key];
    const v = f === undefined ? undefined : roundTripValue(f.type, given, share);
    if (out === undefined) {
      if (f !== undefined && f.name === key && v === given && !dropped(f, v)) {
        kept++;
        continue;
      }
      out = leadingEntries(obj, kept);
    }
    if (f === undefined) continue;
    if (dropped(f, v)) delete out[f.name];
    else out[f.name] = v;
  }
  // A field whose zero is written is never dropped when given either (its values are never
  // empty, nor null), so the ones the input left out are exactly those not in `out`.
  const zeros = fields.zeroWritten;
  if (out === undefined) {
    if (zeros.every((f) => Object.hasOwn(obj, f.name))) return obj;
    out = leadingEntries(obj, kept);
  }
  for (let i = 0; i < zeros.length; i++) {
    const f = zeros[i];
    if (!Object.hasOwn(out, f.name)) out[f.name] = zeroJson(f.type);
  }
  return out;
}

/** Whether encoding/json leaves the field out when its value is `v`. */
function dropped(f: JsonField, v: unknown): boolean {
  return (f.omitzero && v === null) || (f.omitempty && isEmpty(f.type, v));
}

/** A slice read and written back; sharing, the input itself when no item changes. */
function roundTripSlice(elem: TypeNode, v: readonly unknown[], share: boolean): unknown[] {
  if (!share) return v.map((x) => roundTripValue(elem, x, false));
  let out: unknown[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const given = v[i];
    const written = roundTripValue(elem, given, true);
    if (out === undefined) {
      if (written === given) continue;
      out = v.slice(0, i);
    }
    out.push(written);
  }
  return out ?? (v as unknown[]);
}

/** A map read and written back; sharing, the input itself when no value changes. */
function roundTripMap(elem: TypeNode, v: JsonMap, share: boolean): JsonMap {
  let out: JsonMap | undefined = share ? undefined : {};
  let kept = 0;
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    const given = v[k];
    const written = roundTripValue(elem, given, share);
    if (out === undefined) {
      if (written === given) {
        kept++;
        continue;
      }
      out = leadingEntries(v, kept);
    }
    setOwn(out, k, written);
  }
  return out ?? v;
}

/** A value of type `t` read and written back. */
function roundTripValue(t: TypeNode, v: unknown, share: boolean): unknown {
  if (v === null) return zeroJson(t);
  switch (t.k) {
    case 'ptr':
      return roundTripValue(t.elem, v, share);
    case 'slice':
      return Array.isArray(v) ? roundTripSlice(t.elem, v, share) : v;
    case 'map':
      return isJsonMap(v) ? roundTripMap(t.elem, v, share) : v;
    case 'struct':
      return isJsonMap(v) ? roundTripStruct(t.def, v, share) : v;
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
 * The result is new throughout, for the caller to edit; with `share`, for a result that is
 * only read, it keeps every object and list of `obj` that comes out the same (the inputs
 * injection round-trips a second time mostly do), so that only what changes is built.
 */
export function goRoundTrip(typeExpr: string, obj: unknown, share = false): unknown {
  return roundTripValue(resolveType(typeExpr), obj, share);
}

/**
 * A manifest object as kube-inject writes it back: workload kinds and `List` (each item
 * by its own kind) round-trip through their Go types; other kinds are left alone, as Istio
 * passes objects it does not know through unchanged. The result is for reading: it shares
 * what comes out the same with `obj` (see {@link goRoundTrip}).
 */
export function roundTripObject(obj: JsonMap): JsonMap {
  const kind = kindOf(obj);
  if (kind === LIST_KIND) {
    const out = goRoundTrip('List', obj, true) as JsonMap;
    const items = out.items;
    return isJsonArray(items)
      ? { ...out, items: items.map((x) => (isJsonMap(x) ? roundTripObject(x) : x)) }
      : out;
  }
  const workload = Object.prototype.hasOwnProperty.call(WORKLOAD_KINDS, kind)
    ? WORKLOAD_KINDS[kind]
    : undefined;
  return workload === undefined ? obj : (goRoundTrip(workload.goType, obj, true) as JsonMap);
}
