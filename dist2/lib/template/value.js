/**
 * The value model of the template engine: how Go values are represented in JavaScript.
 *
 * Data decoded from JSON or YAML maps onto Go's `encoding/json` types, which is what
 * Go's `text/template` sees when a Go program renders such data:
 *
 * | Go                          | JavaScript                                      |
 * |-----------------------------|-------------------------------------------------|
 * | invalid reflect.Value       | `undefined` (a missing map key: `<no value>`)   |
 * | nil interface / nil pointer | `null` (`<nil>`)                                |
 * | bool                        | `boolean`                                       |
 * | float64                     | `number` (so 1000000 prints `1e+06`)            |
 * | int, int64, uint8, int32…   | {@link GoInt}                                   |
 * | string                      | `string` (Go strings are UTF-8 bytes: `len` counts bytes) |
 * | []interface{}               | `Array` (or a typed slice, see {@link withGoType}) |
 * | map[string]interface{}      | plain `Object` (or a typed map, see {@link withGoType}) |
 * | struct / *struct            | {@link GoStruct}                                |
 *
 * Functions called from templates are described by {@link GoFunc}, which carries Go's
 * parameter types so the engine can convert and check arguments as Go's reflection does.
 */
/** A Go integer of a given kind. Values beyond 2^53 lose precision (templates never need them). */
export class GoInt {
    value;
    kind;
    constructor(value, kind = 'int') {
        this.value = value;
        this.kind = kind;
    }
    /** Go's `%v` of an integer. */
    toString() {
        return String(this.value);
    }
}
/** Shorthand for a Go `int`. */
export const int = (value) => new GoInt(value, 'int');
/**
 * The Go type of a slice or map that is not `[]interface {}` / `map[string]interface {}`,
 * e.g. `[]string` or `map[string]string`. It matters for `%T`, and for the zero value that
 * `index` returns for a missing key (`""` for map[string]string, `<nil>` for interface maps).
 */
export const goTypeOf = Symbol.for('kinject.goType');
/** Tag an array or plain object with its Go type (non-enumerable, so JSON and keys ignore it). */
export function withGoType(value, type) {
    Object.defineProperty(value, goTypeOf, { value: type, enumerable: false, configurable: true });
    return value;
}
/**
 * Marks an empty slice that is nil in Go (e.g. what regexp's FindAllString returns for no
 * match). It behaves as an empty slice everywhere (len 0, prints `[]`), except that
 * `encoding/json` writes it as `null`.
 */
const nilSliceMark = Symbol.for('kinject.nilSlice');
/** A nil slice of the given Go type (see {@link isNilSlice}). */
export function nilSlice(type) {
    const slice = withGoType([], type);
    Object.defineProperty(slice, nilSliceMark, { value: true, enumerable: false });
    return slice;
}
/** Is it a nil slice made by {@link nilSlice}? */
export function isNilSlice(v) {
    return Array.isArray(v) && v[nilSliceMark] === true;
}
/** Describe a Go function in one line: `goFunc(['string', 'int'], (s, n) => …)`. */
export function goFunc(params, fn, variadic = false) {
    return { params, variadic, fn: fn };
}
/** The error a template function reports (Go's non-nil `error` result). */
export class FuncError extends Error {
    name = 'FuncError';
}
/** A Go struct value; see {@link GoStructSpec}. */
export class GoStruct {
    type;
    fields;
    methods;
    nil;
    #json;
    constructor(spec) {
        this.type = spec.type;
        this.fields = spec.fields ?? {};
        this.methods = spec.methods ?? {};
        this.nil = spec.nil ?? false;
        this.#json = spec.json;
    }
    /** The field's value, or `undefined` if the struct has no such field. */
    field(name) {
        return Object.prototype.hasOwnProperty.call(this.fields, name) ? this.fields[name] : undefined;
    }
    /** Whether the struct declares the field (its value may still be a zero value). */
    hasField(name) {
        return Object.prototype.hasOwnProperty.call(this.fields, name);
    }
    /** The method, or `undefined`. */
    method(name) {
        return Object.prototype.hasOwnProperty.call(this.methods, name)
            ? this.methods[name]
            : undefined;
    }
    /** The value `encoding/json` would produce; `null` for a nil pointer. */
    toJSON() {
        if (this.nil)
            return null;
        if (this.#json)
            return this.#json();
        return Object.fromEntries(Object.entries(this.fields));
    }
}
/** Is it a plain map (map[string]…)? Arrays, structs, ints and null are not. */
export function isGoMap(v) {
    return (typeof v === 'object' &&
        v !== null &&
        !Array.isArray(v) &&
        !(v instanceof GoStruct) &&
        !(v instanceof GoInt));
}
//# sourceMappingURL=value.js.map