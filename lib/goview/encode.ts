/**
 * The JSON form of a viewed value, as Go would marshal the typed value: Kubernetes types
 * with encoding/json (fields in declaration order, `omitempty`, zero values for absent
 * fields, map keys sorted), protobuf messages with protojson (defaults left out, enums by
 * name, durations as `"1.5s"`, wrappers bare).
 *
 * Objects come out in Go's output order, so serializing them in insertion order gives
 * Go's bytes.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { GoInt, type BasicKind } from '../go/value.js';
import { basicValue } from './basic.js';
import type { TypeNode } from './go-type.js';
import { structFields, type PlainField } from './fields.js';
import type { EnumDef, StructDef } from './schema.js';

/** Go's JSON of a basic value (absent = zero value). */
function encodeBasic(name: BasicKind, json: unknown, encoding: StructDef['encoding']): unknown {
  const v = basicValue(name, json);
  if (!(v instanceof GoInt)) return v;
  // protojson writes 64-bit integers as strings.
  return encoding === 'proto' && (v.kind === 'int64' || v.kind === 'uint64')
    ? String(v.value)
    : v.value;
}

/** The name of an enum value given by name or number. */
export function enumName(values: EnumDef['values'], json: unknown): string {
  if (typeof json === 'string') return json;
  const n = Number(json ?? 0);
  return values[n] ?? String(n);
}

/** Go's JSON of a value of type `t`. */
export function encodeValue(t: TypeNode, json: unknown, encoding: StructDef['encoding']): unknown {
  const absent = json === undefined || json === null;
  switch (t.k) {
    case 'basic':
      return encodeBasic(t.name, json, encoding);
    case 'ptr':
      return absent ? null : encodeValue(t.elem, json, encoding);
    case 'slice':
      return Array.isArray(json) ? json.map((x) => encodeValue(t.elem, x, encoding)) : null;
    case 'map':
      if (!isJsonMap(json)) return null;
      return Object.fromEntries(
        Object.keys(json)
          .sort()
          .map((k) => [k, encodeValue(t.elem, json[k], encoding)]),
      );
    case 'struct':
      return encodeStruct(t.def, isJsonMap(json) ? json : {});
    case 'enum':
      return enumName(t.def.values, json);
    case 'special':
      return t.def.encode(json);
    case 'opaque':
      return absent ? {} : json;
    case 'any':
      return absent ? null : json;
  }
}

/** encoding/json's `omitempty` test; structs are never empty. */
function isEmpty(t: TypeNode, json: unknown): boolean {
  if (json === undefined || json === null)
    return t.k !== 'struct' && t.k !== 'special' && t.k !== 'opaque';
  if (t.k === 'slice') return !Array.isArray(json) || json.length === 0;
  if (t.k === 'map') return !isJsonMap(json) || Object.keys(json).length === 0;
  if (t.k !== 'basic') return false;
  const v = encodeBasic(t.name, json, 'k8s');
  return v === '' || v === false || v === 0;
}

/** protojson leaves out unset messages and zero scalars, enums, lists and maps. */
function isProtoDefault(t: TypeNode, json: unknown): boolean {
  if (json === undefined || json === null) return true;
  if (t.k === 'enum') return enumName(t.def.values, json) === t.def.values[0];
  return t.k === 'ptr' ? false : isEmpty(t, json);
}

/** Encode one plain field of a struct into `out`. */
function encodeField(
  f: PlainField,
  encoding: StructDef['encoding'],
  json: JsonMap,
  out: JsonMap,
): void {
  const value = Object.prototype.hasOwnProperty.call(json, f.name) ? json[f.name] : undefined;
  if (encoding === 'proto') {
    if (!isProtoDefault(f.type, value)) out[f.name] = encodeValue(f.type, value, 'proto');
    return;
  }
  if (f.omitzero && (value === undefined || value === null)) return;
  if (f.omitempty && isEmpty(f.type, value)) return;
  out[f.name] = encodeValue(f.type, value, 'k8s');
}

/** Go's JSON of a struct whose data is `json`. */
export function encodeStruct(def: StructDef, json: JsonMap): JsonMap {
  const out: JsonMap = {};
  const fields = structFields(def);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f.kind === 'plain') encodeField(f, def.encoding, json, out);
    else if (f.kind === 'embedded') Object.assign(out, encodeStruct(f.def, json));
    else for (const m of f.members) encodeField(m, def.encoding, json, out);
  }
  return out;
}
