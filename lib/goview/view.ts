/**
 * Go values over plain JSON: a typed Go value for templates (see lib/go/value.ts),
 * built lazily from a schema table, with Go zero values for everything the JSON leaves out.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { GoStruct, goFunc, withGoType, type GoFunc } from '../go/value.js';
import { basicValue } from './basic.js';
import { encodeStruct, enumName } from './encode.js';
import { goTypeName, type TypeNode } from './go-type.js';
import { structFields, type PlainField } from './fields.js';
import { GO_TYPES } from './registry.js';
import type { EnumDef, StructDef } from './schema.js';

/** A protobuf enum value: prints its name (`String()`), e.g. `REDIRECT` for 0. */
function enumValue(def: EnumDef, json: unknown): GoStruct {
  const name = enumName(def.values, json);
  return new GoStruct({
    type: def.goType,
    methods: { String: goFunc([], () => name) },
    json: () => name,
  });
}

/** A pointer: nil (`null`, or a nil GoStruct that still has its methods) or the value. */
function pointerValue(elem: TypeNode, json: unknown): unknown {
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
export function goValue(t: TypeNode, json: unknown): unknown {
  switch (t.k) {
    case 'basic':
      return basicValue(t.name, json);
    case 'ptr':
      return pointerValue(t.elem, json);
    case 'slice':
      return withGoType(
        Array.isArray(json) ? json.map((x) => goValue(t.elem, x)) : [],
        goTypeName(t),
      );
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

/** The JSON value of the field named `name` (its tag name) in `json`. */
function jsonField(json: JsonMap, name: string): unknown {
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
function oneofValue(def: StructDef, members: readonly PlainField[], json: JsonMap): unknown {
  const set = members.find((m) => jsonField(json, m.name) !== undefined);
  // A nil interface with methods prints <nil> in Go, like a nil pointer.
  if (set === undefined) return new GoStruct({ type: '<nil>', nil: true });
  return new GoStruct({
    type: `*${oneofWrapperType(def, set.goName)}`,
    fields: { [set.goName]: goValue(set.type, jsonField(json, set.name)) },
  });
}

/** How a view computes a member (field or method result) from its JSON. */
type Compute = (json: JsonMap, nil: boolean, field: (name: string) => unknown) => unknown;

/**
 * What every view of one struct type shares, worked out once per type: its fields (an
 * embedded `,inline` struct is a field too, and its fields are promoted) and, for protobuf
 * messages, its `GetX` getters.
 */
interface StructPlan {
  /** Field name → how to compute it; declaration order, promoted fields last. */
  readonly fields: ReadonlyMap<string, Compute>;
  /** Promoted fields are not enumerable, so fmt prints the struct as Go does. */
  readonly promoted: ReadonlySet<string>;
  /** Getter name → how to compute its result. */
  readonly getters: ReadonlyMap<string, Compute>;
  /** The method names of a type with a stringer: the getters and `String`. */
  readonly withString: ReadonlyMap<string, unknown>;
}

const plans = new WeakMap<StructDef, StructPlan>();

function planOf(def: StructDef): StructPlan {
  const known = plans.get(def);
  if (known !== undefined) return known;
  const fields = new Map<string, Compute>();
  const getters = new Map<string, Compute>();
  const promoted = new Map<string, Compute>();
  const rows = structFields(def);
  for (let i = 0; i < rows.length; i++) {
    const f = rows[i];
    const goName = f.goName;
    if (f.kind === 'oneof') {
      const members = f.members;
      fields.set(goName, (json) => oneofValue(def, members, json));
      for (const m of members)
        getters.set(`Get${m.goName}`, (json, nil) =>
          goValue(m.type, nil ? undefined : jsonField(json, m.name)),
        );
    } else if (f.kind === 'embedded') {
      const inner = f.def;
      fields.set(goName, (json) => structView(inner, json, inner.goType, false));
      for (const { goName: name } of structFields(inner))
        promoted.set(name, (_json, _nil, field) => (field(goName) as GoStruct).field(name));
    } else {
      const { type, name } = f;
      fields.set(goName, (json, nil) => goValue(type, nil ? undefined : jsonField(json, name)));
      getters.set(`Get${goName}`, (_json, _nil, field) => field(goName));
    }
  }
  for (const [name, compute] of promoted) if (!fields.has(name)) fields.set(name, compute);
  const methods = def.getters ? getters : new Map<string, Compute>();
  const withString = new Map<string, unknown>([...methods, ['String', undefined]]);
  const plan: StructPlan = {
    fields,
    promoted: new Set(promoted.keys()),
    getters: methods,
    withString,
  };
  plans.set(def, plan);
  return plan;
}

/**
 * Members computed on first read and kept. Templates read them directly (see
 * {@link StructView}); everything else (fmt, JSON, `Object.keys`) sees them through
 * {@link LazyMembers.record}, a proxy, because a view of a large type (PodSpec, MeshConfig) is
 * made per pod and most of its fields are never read: defining a lazy property per field
 * cost more than the template execution itself.
 */
class LazyMembers {
  readonly #cache = new Map<string, unknown>();

  constructor(
    readonly names: ReadonlyMap<string, unknown>,
    readonly hidden: ReadonlySet<string>,
    readonly compute: (name: string) => unknown,
  ) {}

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The member's value (computed once), undefined for a name it does not have. */
  read(name: string): unknown {
    // Members are never undefined once computed: a cache hit is one lookup.
    const cached = this.#cache.get(name);
    if (cached !== undefined || !this.names.has(name)) return cached;
    const value = this.compute(name);
    this.#cache.set(name, value);
    return value;
  }

  /** The members as a read-only record. */
  record(): Record<string, unknown> {
    const has = (name: string | symbol): name is string =>
      typeof name === 'string' && this.names.has(name);
    return new Proxy<Record<string, unknown>>(
      {},
      {
        get: (_t, name) => (has(name) ? this.read(name) : undefined),
        has: (_t, name) => has(name),
        ownKeys: () => [...this.names.keys()],
        getOwnPropertyDescriptor: (_t, name) =>
          has(name)
            ? {
                value: this.read(name),
                enumerable: !this.hidden.has(name),
                configurable: true,
                writable: false,
              }
            : undefined,
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
      },
    );
  }
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A struct view: a GoStruct whose fields and methods are computed on first read. Execution
 * reads them through `field`/`hasField`/`method`, which go to the members directly: through
 * the proxy each field read cost several traps and descriptor objects. The records (proxies)
 * for everything else are made only when asked for, and its JSON only once: a view's JSON
 * never changes (see structView), and the mesh config's was encoded for every pod.
 */
class StructView extends GoStruct {
  readonly #def: StructDef;
  readonly #json: JsonMap;
  readonly #fields: LazyMembers;
  readonly #methodNames: ReadonlyMap<string, unknown>;
  /** Made on the first method call: most types have none, and execution asks every field. */
  #methods: LazyMembers | undefined;
  #fieldRecord: Record<string, unknown> | undefined;
  #methodRecord: Record<string, GoFunc> | undefined;

  constructor(def: StructDef, json: JsonMap, goType: string, nil: boolean) {
    const plan = planOf(def);
    let encoded: { value: unknown } | undefined;
    super({
      type: goType,
      nil,
      json: () => (encoded ??= { value: encodeStruct(def, json) }).value,
    });
    this.#def = def;
    this.#json = json;
    this.#methodNames = def.stringer === undefined ? plan.getters : plan.withString;
    const field = (name: string): unknown => this.field(name);
    this.#fields = new LazyMembers(plan.fields, plan.promoted, (name) =>
      plan.fields.get(name)?.(json, nil, field),
    );
  }

  get #methodMembers(): LazyMembers {
    if (this.#methods !== undefined) return this.#methods;
    const plan = planOf(this.#def);
    const { stringer } = this.#def;
    const json = this.#json;
    const nil = this.nil;
    const field = (name: string): unknown => this.field(name);
    return (this.#methods = new LazyMembers(this.#methodNames, NONE, (name) =>
      name === 'String' && stringer !== undefined
        ? goFunc([], () => stringer(json))
        : goFunc([], () => plan.getters.get(name)?.(json, nil, field)),
    ));
  }

  override get fields(): Record<string, unknown> {
    return (this.#fieldRecord ??= this.#fields.record());
  }

  override get methods(): Record<string, GoFunc> {
    return (this.#methodRecord ??= this.#methodMembers.record() as Record<string, GoFunc>);
  }

  override field(name: string): unknown {
    return this.#fields.read(name);
  }

  override hasField(name: string): boolean {
    return this.#fields.has(name);
  }

  override method(name: string): GoFunc | undefined {
    return this.#methodNames.has(name) ? (this.#methodMembers.read(name) as GoFunc) : undefined;
  }
}

/** A struct view over `json`. `goType` carries the `*` of a pointer; `nil` makes a nil pointer. */
function structView(def: StructDef, json: JsonMap, goType: string, nil: boolean): GoStruct {
  // A view depends only on its JSON (never changed once viewed) and type, so the mesh config
  // and values, the same objects for every pod of a run, are converted once, not per pod.
  // Most objects are viewed as one type only: that view is kept as is, others in a map.
  const cached = viewCache.get(json);
  if (cached instanceof GoStruct && cached.type === goType && cached.nil === nil) return cached;
  const key = nil ? `${goType} nil` : goType;
  let others = cached instanceof Map ? cached : undefined;
  const known = others?.get(key);
  if (known !== undefined) return known;
  const view = new StructView(def, json, goType, nil);
  if (cached === undefined) {
    viewCache.set(json, view);
    return view;
  }
  if (others === undefined) {
    const first = cached as GoStruct;
    others = new Map([[first.nil ? `${first.type} nil` : first.type, first]]);
    viewCache.set(json, others);
  }
  others.set(key, view);
  return view;
}

/** Views made so far, by JSON object and Go type; entries go when their JSON does. */
const viewCache = new WeakMap<JsonMap, GoStruct | Map<string, GoStruct>>();
