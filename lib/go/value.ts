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

/**
 * Go's basic kinds, one table: the integer kinds with their sizes in bits (each a
 * {@link GoInt}; the unsigned ones are those whose name starts with `u`), plus string, bool
 * and float64, which are plain JS values. float32 is not modelled.
 */
const INT_KIND_BITS = {
  int: 64,
  int8: 8,
  int16: 16,
  int32: 32,
  int64: 64,
  uint: 64,
  uint8: 8,
  uint16: 16,
  uint32: 32,
  uint64: 64,
  uintptr: 64,
} as const;

/** Go's integer kinds. */
export type IntKind = keyof typeof INT_KIND_BITS;

/** Go's basic types as decoded JSON and templates see them. */
export type BasicKind = 'string' | 'bool' | 'float64' | IntKind;

const INT_KINDS: ReadonlySet<string> = new Set(Object.keys(INT_KIND_BITS));
const UNSIGNED_KINDS: ReadonlySet<string> = new Set([...INT_KINDS].filter((k) => k[0] === 'u'));

/** The Go kind of each JS primitive of the value model (`typeof` → kind). */
const PRIMITIVE_KINDS: Partial<Record<string, 'bool' | 'float64' | 'string'>> = {
  boolean: 'bool',
  number: 'float64',
  string: 'string',
};

/** Is it one of Go's integer kinds? */
export function isIntKind(t: string): t is IntKind {
  return INT_KINDS.has(t);
}

/** Is it one of Go's unsigned integer kinds? */
export function isUnsignedKind(t: string): boolean {
  return UNSIGNED_KINDS.has(t);
}

/** The inclusive range of values an integer kind holds (as JS numbers: 2^63 - 1 rounds up). */
export function intRange(kind: IntKind): readonly [number, number] {
  const bits = INT_KIND_BITS[kind];
  return isUnsignedKind(kind) ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

/** Is it one of Go's basic types (string, bool, float64, an integer kind)? */
export function isBasicKind(t: string): t is BasicKind {
  return t === 'string' || t === 'bool' || t === 'float64' || isIntKind(t);
}

/** The Go kind of a JS boolean, number or string; undefined for anything else. */
export function primitiveKind(v: unknown): 'bool' | 'float64' | 'string' | undefined {
  return PRIMITIVE_KINDS[typeof v];
}

/** A Go integer of a given kind. Values beyond 2^53 lose precision (templates never need them). */
export class GoInt {
  constructor(
    readonly value: number,
    readonly kind: IntKind = 'int',
  ) {}
  /** Go's `%v` of an integer. */
  toString(): string {
    return String(this.value);
  }
}

/** Shorthand for a Go `int`. */
export const int = (value: number): GoInt => new GoInt(value, 'int');

/**
 * The Go type of a slice or map that is not `[]interface {}` / `map[string]interface {}`,
 * e.g. `[]string` or `map[string]string`. It matters for `%T`, and for the zero value that
 * `index` returns for a missing key (`""` for map[string]string, `<nil>` for interface maps).
 */
export const goTypeOf = Symbol.for('kinject.goType');

/** A slice or map value that carries its Go type. */
export type Typed<T extends object> = T & { [goTypeOf]?: string };

/** Tag an array or plain object with its Go type (non-enumerable, so JSON and keys ignore it). */
export function withGoType<T extends object>(value: T, type: string): Typed<T> {
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
export function nilSlice<T>(type: string): Typed<T[]> {
  const slice = withGoType([] as T[], type);
  Object.defineProperty(slice, nilSliceMark, { value: true, enumerable: false });
  return slice;
}

/** Is it a nil slice made by {@link nilSlice}? */
export function isNilSlice(v: unknown): boolean {
  return Array.isArray(v) && (v as { [nilSliceMark]?: boolean })[nilSliceMark] === true;
}

/**
 * Go parameter types a template function can declare. The engine converts untyped
 * constants to them and rejects other values the way Go's `reflect` does
 * ("wrong type for value; expected int; got float64").
 * - `any`: interface{}; nothing is converted.
 * - `value`: a reflect.Value parameter (builtins such as `index`, `len`): passed as is,
 *   `undefined` included.
 */
export type ParamType =
  | 'any'
  | 'value'
  | 'string'
  | 'bool'
  | 'float64'
  | IntKind
  | '[]any'
  | '[]string'
  | 'map[string]any'
  | 'map[string]string';

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
export function goFunc(
  params: readonly ParamType[],
  fn: (...args: never[]) => unknown,
  variadic = false,
): GoFunc {
  return { params, variadic, fn: fn as (...args: unknown[]) => unknown };
}

/** The error a template function reports (Go's non-nil `error` result). */
export class FuncError extends Error {
  override readonly name = 'FuncError';
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
export class GoStruct {
  readonly type: string;
  readonly nil: boolean;
  readonly #fields: Readonly<Record<string, unknown>>;
  readonly #methods: Readonly<Record<string, GoFunc>>;
  readonly #json: (() => unknown) | undefined;

  constructor(spec: GoStructSpec) {
    this.type = spec.type;
    this.#fields = spec.fields ?? {};
    this.#methods = spec.methods ?? {};
    this.nil = spec.nil ?? false;
    this.#json = spec.json;
  }

  /** The exported fields as a record (a subclass may build it on first use). */
  get fields(): Readonly<Record<string, unknown>> {
    return this.#fields;
  }

  /** The methods as a record (a subclass may build it on first use). */
  get methods(): Readonly<Record<string, GoFunc>> {
    return this.#methods;
  }

  /** The field's value, or `undefined` if the struct has no such field. */
  field(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.#fields, name)
      ? this.#fields[name]
      : undefined;
  }

  /** Whether the struct declares the field (its value may still be a zero value). */
  hasField(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.#fields, name);
  }

  /** The method, or `undefined`. */
  method(name: string): GoFunc | undefined {
    return Object.prototype.hasOwnProperty.call(this.#methods, name)
      ? this.#methods[name]
      : undefined;
  }

  /** The value `encoding/json` would produce; `null` for a nil pointer. */
  toJSON(): unknown {
    if (this.nil) return null;
    if (this.#json) return this.#json();
    return Object.fromEntries(Object.entries(this.fields));
  }
}

/** Is it a plain map (map[string]…)? Arrays, structs, ints and null are not. */
export function isGoMap(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof GoStruct) &&
    !(v instanceof GoInt)
  );
}
