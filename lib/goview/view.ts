/**
 * Go values over plain JSON: a typed Go value for templates (see lib/template/value.ts),
 * built lazily from a schema table, with Go zero values for everything the JSON leaves out.
 */
import { isJsonMap, type Json, type JsonMap } from '../k8s/json.js';
import { GoStruct, goFunc, withGoType, type GoFunc } from '../template/value.js';
import { basicValue } from './basic.js';
import { encodeStruct, enumName } from './encode.js';
import { goTypeName, type TypeNode } from './go-type.js';
import { GO_TYPES, resolveType } from './registry.js';
import { parseTag, type EnumDef, type FieldRow, type StructDef } from './schema.js';

/** A protobuf enum value: prints its name (`String()`), e.g. `REDIRECT` for 0. */
function enumValue(def: EnumDef, json: Json | undefined): GoStruct {
  const name = enumName(def.values, json);
  return new GoStruct({ type: def.goType, methods: { String: goFunc([], () => name) }, json: () => name });
}

/** A pointer: nil (`null`, or a nil GoStruct that still has its methods) or the value. */
function pointerValue(elem: TypeNode, json: Json | undefined): unknown {
  const nil = json === undefined || json === null;
  switch (elem.k) {
    case 'struct':
      return structView(elem.def, isJsonMap(json) ? json : {}, `*${elem.def.goType}`, nil);
    case 'special':
      return elem.def.view(nil ? undefined : json, `*${elem.def.goType}`, nil);
    case 'opaque':
      return new GoStruct({ type: `*${elem.goType}`, nil, json: () => json ?? null });
    default:
      // A nil one prints <nil> (not <no value>, which is what a nil interface prints), so
      // it is a nil GoStruct, not null. A set one is its bare value: text/template indirects
      // pointers when printing (kinject does not model a pointer to a basic value).
      return nil ? new GoStruct({ type: `*${goTypeName(elem)}`, nil: true }) : goValue(elem, json);
  }
}

/** The Go value of type `t` for `json` (undefined = absent: the zero value). */
export function goValue(t: TypeNode, json: Json | undefined): unknown {
  switch (t.k) {
    case 'basic':
      return basicValue(t.name, json);
    case 'ptr':
      return pointerValue(t.elem, json);
    case 'slice':
      return withGoType(Array.isArray(json) ? json.map((x) => goValue(t.elem, x)) : [], goTypeName(t));
    case 'map': {
      const entries = isJsonMap(json) ? Object.entries(json).map(([k, v]) => [k, goValue(t.elem, v)]) : [];
      return withGoType(Object.fromEntries(entries), goTypeName(t));
    }
    case 'struct':
      return structView(t.def, isJsonMap(json) ? json : {}, t.def.goType, false);
    case 'enum':
      return enumValue(t.def, json);
    case 'special':
      return t.def.view(json, t.def.goType, false);
    case 'opaque':
      return new GoStruct({ type: t.goType, json: () => json ?? {} });
    case 'any':
      // Decoded JSON already is the value model of interface{} (maps, slices, float64 …).
      return json ?? null;
  }
}

/** Define a lazily computed, cached property. */
function defineLazy(target: Record<string, unknown>, name: string, compute: () => unknown, enumerable = true): void {
  let done = false;
  let value: unknown;
  Object.defineProperty(target, name, {
    enumerable,
    configurable: false,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}

/** The JSON value of a row's field in `json` (by tag name). */
function rowJson(row: FieldRow, json: JsonMap): Json | undefined {
  const { name } = parseTag(row[1]);
  return Object.prototype.hasOwnProperty.call(json, name) ? json[name] : undefined;
}

/**
 * The Go type of a oneof member's wrapper: `Msg_Member`, with a `_` appended when a
 * message of that name exists (protoc-gen-go's rule: `Tracing_Zipkin_`).
 */
function oneofWrapperType(def: StructDef, member: string): string {
  const name = `${def.goType}_${member}`;
  return Object.values(GO_TYPES).some((d) => d.goType === name) ? `${name}_` : name;
}

/** A oneof group's Go value: nil, or a wrapper struct holding the member that is set. */
function oneofValue(def: StructDef, members: readonly FieldRow[], json: JsonMap): unknown {
  const set = members.find((m) => rowJson(m, json) !== undefined);
  // A nil interface with methods prints <nil> in Go, like a nil pointer.
  if (set === undefined) return new GoStruct({ type: '<nil>', nil: true });
  const [goName, , type] = set;
  return new GoStruct({ type: `*${oneofWrapperType(def, goName)}`, fields: { [goName]: goValue(resolveType(type), rowJson(set, json)) } });
}

/**
 * Fields (and getters) of a struct. An embedded (`,inline`) struct is a field too, and its
 * fields are promoted; promoted fields are non-enumerable so fmt prints the struct as Go does.
 */
function structFields(def: StructDef, json: JsonMap, nil: boolean): { fields: Record<string, unknown>; getters: Record<string, GoFunc> } {
  const fields: Record<string, unknown> = {};
  const getters: Record<string, GoFunc> = {};
  const addGetter = (goName: string, value: () => unknown): void => {
    if (def.getters) getters[`Get${goName}`] = goFunc([], value);
  };
  const promoted: [string, () => unknown][] = [];
  for (const row of def.fields) {
    const [goName, tag, type] = row;
    const members = def.oneofs?.[goName];
    if (members !== undefined) {
      defineLazy(fields, goName, () => oneofValue(def, members, json));
      for (const m of members) addGetter(m[0], () => goValue(resolveType(m[2]), nil ? undefined : rowJson(m, json)));
      continue;
    }
    const t = resolveType(type);
    if (parseTag(tag).inline && t.k === 'struct') {
      defineLazy(fields, goName, () => structView(t.def, json, t.def.goType, false));
      for (const [name] of t.def.fields) promoted.push([name, () => (fields[goName] as GoStruct).field(name)]);
      continue;
    }
    defineLazy(fields, goName, () => goValue(t, nil ? undefined : rowJson(row, json)));
    addGetter(goName, () => fields[goName]);
  }
  for (const [name, get] of promoted) {
    if (!Object.prototype.hasOwnProperty.call(fields, name)) defineLazy(fields, name, get, false);
  }
  return { fields, getters };
}

/** A struct view over `json`. `goType` carries the `*` of a pointer; `nil` makes a nil pointer. */
function structView(def: StructDef, json: JsonMap, goType: string, nil: boolean): GoStruct {
  const { fields, getters } = structFields(def, json, nil);
  const stringer = def.stringer;
  const methods = stringer === undefined ? getters : { ...getters, String: goFunc([], () => stringer(json)) };
  return new GoStruct({ type: goType, nil, fields, methods, json: () => encodeStruct(def, json) });
}
