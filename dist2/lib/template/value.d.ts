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
/** Go's integer kinds. float64 is a plain JS number; float32 is not modelled. */
export type IntKind = 'int' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'uintptr';
/** A Go integer of a given kind. Values beyond 2^53 lose precision (templates never need them). */
export declare class GoInt {
    readonly value: number;
    readonly kind: IntKind;
    constructor(value: number, kind?: IntKind);
    /** Go's `%v` of an integer. */
    toString(): string;
}
/** Shorthand for a Go `int`. */
export declare const int: (value: number) => GoInt;
/**
 * The Go type of a slice or map that is not `[]interface {}` / `map[string]interface {}`,
 * e.g. `[]string` or `map[string]string`. It matters for `%T`, and for the zero value that
 * `index` returns for a missing key (`""` for map[string]string, `<nil>` for interface maps).
 */
export declare const goTypeOf: unique symbol;
/** A slice or map value that carries its Go type. */
export type Typed<T extends object> = T & {
    [goTypeOf]?: string;
};
/** Tag an array or plain object with its Go type (non-enumerable, so JSON and keys ignore it). */
export declare function withGoType<T extends object>(value: T, type: string): Typed<T>;
/** A nil slice of the given Go type (see {@link isNilSlice}). */
export declare function nilSlice<T>(type: string): Typed<T[]>;
/** Is it a nil slice made by {@link nilSlice}? */
export declare function isNilSlice(v: unknown): boolean;
/**
 * Go parameter types a template function can declare. The engine converts untyped
 * constants to them and rejects other values the way Go's `reflect` does
 * ("wrong type for value; expected int; got float64").
 * - `any`: interface{}; nothing is converted.
 * - `value`: a reflect.Value parameter (builtins such as `index`, `len`): passed as is,
 *   `undefined` included.
 */
export type ParamType = 'any' | 'value' | 'string' | 'bool' | 'float64' | IntKind | '[]any' | '[]string' | 'map[string]any' | 'map[string]string';
/**
 * A function callable from a template (an entry of a function map).
 * `fn` returns the function's single result. A Go function that returns `(T, error)`
 * reports its error by throwing {@link FuncError}; the engine turns it into Go's
 * `error calling NAME: MESSAGE`.
 */
export interface GoFunc {
    /** Parameter types; with `variadic`, the last one repeats. */
    readonly params: readonly ParamType[];
    readonly variadic?: boolean;
    readonly fn: (...args: unknown[]) => unknown;
}
/** A function map: name → function. Later maps layered on a template win, as with Go's `Funcs`. */
export type FuncMap = Readonly<Record<string, GoFunc>>;
/** Describe a Go function in one line: `goFunc(['string', 'int'], (s, n) => …)`. */
export declare function goFunc(params: readonly ParamType[], fn: (...args: never[]) => unknown, variadic?: boolean): GoFunc;
/** The error a template function reports (Go's non-nil `error` result). */
export declare class FuncError extends Error {
    readonly name = "FuncError";
}
/**
 * A Go struct (or pointer to one) exposed to templates, e.g. a Kubernetes PodSpec or
 * Istio's ProxyConfig. Templates read its exported fields (`.Spec.Containers`) and call its
 * methods (`.HoldApplicationUntilProxyStarts.GetValue`).
 */
export interface GoStructSpec {
    /** Go type for `%T` and error messages, e.g. `*v1alpha1.ProxyConfig` or `v1.PodSpec`. */
    readonly type: string;
    /**
     * Exported fields in declaration order. A field that the object does not set must still
     * be present with its Go zero value, because in Go it exists: `.Spec.HostNetwork` is
     * `false`, `.ObjectMeta.Annotations` is an empty `map[string]string`.
     * Getters are allowed, so large objects can convert lazily.
     */
    readonly fields?: Readonly<Record<string, unknown>>;
    /** Methods, called as `.Name args…` (a method with no parameters also as `.Name`). */
    readonly methods?: Readonly<Record<string, GoFunc>>;
    /**
     * A nil pointer: fields cannot be read ("nil pointer evaluating T.Field"), methods can be
     * called (Go allows it, and protobuf getters such as GetValue handle nil), it is false in
     * `if`, and it prints `<nil>`.
     */
    readonly nil?: boolean;
    /** What `encoding/json` would make of it (used by toJSON, toYaml, structToJSON …). */
    readonly json?: () => unknown;
}
/** A Go struct value; see {@link GoStructSpec}. */
export declare class GoStruct {
    #private;
    readonly type: string;
    readonly fields: Readonly<Record<string, unknown>>;
    readonly methods: Readonly<Record<string, GoFunc>>;
    readonly nil: boolean;
    constructor(spec: GoStructSpec);
    /** The field's value, or `undefined` if the struct has no such field. */
    field(name: string): unknown;
    /** Whether the struct declares the field (its value may still be a zero value). */
    hasField(name: string): boolean;
    /** The method, or `undefined`. */
    method(name: string): GoFunc | undefined;
    /** The value `encoding/json` would produce; `null` for a nil pointer. */
    toJSON(): unknown;
}
/** Is it a plain map (map[string]…)? Arrays, structs, ints and null are not. */
export declare function isGoMap(v: unknown): v is Record<string, unknown>;
