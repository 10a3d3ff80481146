/**
 * Go values over plain JSON: a typed Go value for templates (see lib/template/value.ts),
 * built lazily from a schema table, with Go zero values for everything the JSON leaves out.
 */
import { isJsonMap } from '../k8s/json.js';
import { GoStruct, goFunc, withGoType } from '../template/value.js';
import { basicValue } from './basic.js';
import { encodeStruct, enumName } from './encode.js';
import { goTypeName } from './go-type.js';
import { GO_TYPES, resolveType } from './registry.js';
import { parseTag } from './schema.js';
/** A protobuf enum value: prints its name (`String()`), e.g. `REDIRECT` for 0. */
function enumValue(def, json) {
    const name = enumName(def.values, json);
    return new GoStruct({
        type: def.goType,
        methods: { String: goFunc([], () => name) },
        json: () => name,
    });
}
/** A pointer: nil (`null`, or a nil GoStruct that still has its methods) or the value. */
function pointerValue(elem, json) {
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
export function goValue(t, json) {
    switch (t.k) {
        case 'basic':
            return basicValue(t.name, json);
        case 'ptr':
            return pointerValue(t.elem, json);
        case 'slice':
            return withGoType(Array.isArray(json) ? json.map((x) => goValue(t.elem, x)) : [], goTypeName(t));
        case 'map': {
            const entries = isJsonMap(json)
                ? Object.entries(json).map(([k, v]) => [k, goValue(t.elem, v)])
                : [];
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
/** The JSON value of a row's field in `json` (by tag name). */
function rowJson(row, json) {
    const { name } = parseTag(row[1]);
    return Object.prototype.hasOwnProperty.call(json, name) ? json[name] : undefined;
}
/**
 * The Go type of a oneof member's wrapper: `Msg_Member`, with a `_` appended when a
 * message of that name exists (protoc-gen-go's rule: `Tracing_Zipkin_`).
 */
function oneofWrapperType(def, member) {
    const name = `${def.goType}_${member}`;
    return Object.values(GO_TYPES).some((d) => d.goType === name) ? `${name}_` : name;
}
/** A oneof group's Go value: nil, or a wrapper struct holding the member that is set. */
function oneofValue(def, members, json) {
    const set = members.find((m) => rowJson(m, json) !== undefined);
    // A nil interface with methods prints <nil> in Go, like a nil pointer.
    if (set === undefined)
        return new GoStruct({ type: '<nil>', nil: true });
    const [goName, , type] = set;
    return new GoStruct({
        type: `*${oneofWrapperType(def, goName)}`,
        fields: { [goName]: goValue(resolveType(type), rowJson(set, json)) },
    });
}
const plans = new WeakMap();
function planOf(def) {
    const known = plans.get(def);
    if (known !== undefined)
        return known;
    const fields = new Map();
    const getters = new Map();
    const promoted = new Map();
    for (const row of def.fields) {
        const [goName, tag, type] = row;
        const members = def.oneofs?.[goName];
        if (members !== undefined) {
            fields.set(goName, (json) => oneofValue(def, members, json));
            for (const m of members)
                getters.set(`Get${m[0]}`, (json, nil) => goValue(resolveType(m[2]), nil ? undefined : rowJson(m, json)));
            continue;
        }
        const t = resolveType(type);
        if (parseTag(tag).inline && t.k === 'struct') {
            fields.set(goName, (json) => structView(t.def, json, t.def.goType, false));
            for (const [name] of t.def.fields)
                promoted.set(name, (_json, _nil, own) => own[goName].field(name));
            continue;
        }
        fields.set(goName, (json, nil) => goValue(t, nil ? undefined : rowJson(row, json)));
        getters.set(`Get${goName}`, (_json, _nil, own) => own[goName]);
    }
    for (const [name, compute] of promoted)
        if (!fields.has(name))
            fields.set(name, compute);
    const methods = def.getters ? getters : new Map();
    const withString = new Map([...methods, ['String', undefined]]);
    const plan = {
        fields,
        promoted: new Set(promoted.keys()),
        getters: methods,
        withString,
    };
    plans.set(def, plan);
    return plan;
}
/**
 * A record whose members are computed on first read and kept. A proxy, because a view
 * of a large type (PodSpec, MeshConfig) is made per pod and most of its fields are never
 * read: defining a lazy property per field cost more than the template execution itself.
 */
function lazyRecord(members, hidden, compute) {
    const cache = new Map();
    const read = (name) => {
        if (!cache.has(name))
            cache.set(name, compute(name));
        return cache.get(name);
    };
    const has = (name) => typeof name === 'string' && members.has(name);
    return new Proxy({}, {
        get: (_t, name) => (has(name) ? read(name) : undefined),
        has: (_t, name) => has(name),
        ownKeys: () => [...members.keys()],
        getOwnPropertyDescriptor: (_t, name) => has(name)
            ? {
                value: read(name),
                enumerable: !hidden.has(name),
                configurable: true,
                writable: false,
            }
            : undefined,
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
    });
}
const NONE = new Set();
/** A struct view's fields and methods (getters, and String for types with a stringer). */
function structMembers(def, json, nil) {
    const plan = planOf(def);
    const fields = lazyRecord(plan.fields, plan.promoted, (name) => plan.fields.get(name)?.(json, nil, fields));
    const stringer = def.stringer;
    const methods = lazyRecord(stringer === undefined ? plan.getters : plan.withString, NONE, (name) => name === 'String' && stringer !== undefined
        ? goFunc([], () => stringer(json))
        : goFunc([], () => plan.getters.get(name)?.(json, nil, fields)));
    return { fields, methods: methods };
}
/** A struct view over `json`. `goType` carries the `*` of a pointer; `nil` makes a nil pointer. */
function structView(def, json, goType, nil) {
    // A view depends only on its JSON (never changed once viewed) and type, so the mesh config
    // and values, the same objects for every pod of a run, are converted once, not per pod.
    const key = nil ? `${goType} nil` : goType;
    let cached = viewCache.get(json);
    if (cached === undefined)
        viewCache.set(json, (cached = new Map()));
    let view = cached.get(key);
    if (view === undefined)
        cached.set(key, (view = newStructView(def, json, goType, nil)));
    return view;
}
/** Views made so far, by JSON object and Go type; entries go when their JSON does. */
const viewCache = new WeakMap();
function newStructView(def, json, goType, nil) {
    const { fields, methods } = structMembers(def, json, nil);
    return new GoStruct({ type: goType, nil, fields, methods, json: () => encodeStruct(def, json) });
}
//# sourceMappingURL=view.js.map