/**
 * Go type expressions of the schema tables (`*T`, `[]T`, `map[string]T`, basic types,
 * registry names, `~pkg.Name`, `any` for interface{}), resolved once into type nodes.
 */
import { isBasicKind, type BasicKind } from '../go/value.js';
import type { EnumDef, StructDef } from './schema.js';
import type { SpecialDef } from './special.js';

/** A resolved Go type. */
export type TypeNode =
  | { readonly k: 'basic'; readonly name: BasicKind }
  | { readonly k: 'ptr'; readonly elem: TypeNode }
  | { readonly k: 'slice'; readonly elem: TypeNode }
  | { readonly k: 'map'; readonly elem: TypeNode; readonly named?: string }
  | { readonly k: 'struct'; readonly def: StructDef }
  | { readonly k: 'enum'; readonly def: EnumDef }
  | { readonly k: 'special'; readonly def: SpecialDef }
  | { readonly k: 'opaque'; readonly goType: string }
  | { readonly k: 'any' };

/** A named map type such as `v1.ResourceList` (= map[ResourceName]resource.Quantity). */
export interface MapAliasDef {
  readonly kind: 'map-alias';
  readonly goType: string;
  readonly elem: string;
}

/** Everything a type expression may name. */
export type TypeDef = StructDef | EnumDef | SpecialDef | MapAliasDef;

/** Resolves type expressions against a registry of named types, with a cache. */
export class TypeResolver {
  readonly #cache = new Map<string, TypeNode>();
  constructor(private readonly registry: Readonly<Record<string, TypeDef>>) {}

  /** The node of a type expression; throws on a name the registry lacks (a table bug). */
  resolve(expr: string): TypeNode {
    let node = this.#cache.get(expr);
    if (node === undefined) {
      node = this.#parse(expr);
      this.#cache.set(expr, node);
    }
    return node;
  }

  #parse(expr: string): TypeNode {
    if (expr.startsWith('*')) return { k: 'ptr', elem: this.resolve(expr.slice(1)) };
    if (expr.startsWith('[]')) return { k: 'slice', elem: this.resolve(expr.slice(2)) };
    if (expr.startsWith('map[string]'))
      return { k: 'map', elem: this.resolve(expr.slice('map[string]'.length)) };
    if (expr.startsWith('~')) return { k: 'opaque', goType: expr.slice(1) };
    if (expr === 'any') return { k: 'any' };
    if (isBasicKind(expr)) return { k: 'basic', name: expr };
    const def = Object.prototype.hasOwnProperty.call(this.registry, expr)
      ? this.registry[expr]
      : undefined;
    switch (def?.kind) {
      case 'struct':
        return { k: 'struct', def };
      case 'enum':
        return { k: 'enum', def };
      case 'special':
        return { k: 'special', def };
      case 'map-alias':
        return { k: 'map', elem: this.resolve(def.elem), named: def.goType };
      default:
        throw new Error(`goview: unknown type ${JSON.stringify(expr)}`);
    }
  }
}

/** Go's `%T` name of a type. */
export function goTypeName(t: TypeNode): string {
  switch (t.k) {
    case 'basic':
      return t.name;
    case 'ptr':
      return `*${goTypeName(t.elem)}`;
    case 'slice':
      return `[]${goTypeName(t.elem)}`;
    case 'map':
      return t.named ?? `map[string]${goTypeName(t.elem)}`;
    case 'struct':
    case 'enum':
    case 'special':
      return t.def.goType;
    case 'opaque':
      return t.goType;
    case 'any':
      return 'interface {}';
  }
}
