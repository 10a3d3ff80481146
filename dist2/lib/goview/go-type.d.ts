import type { BasicName } from './basic.js';
import type { EnumDef, StructDef } from './schema.js';
import type { SpecialDef } from './special.js';
/** A resolved Go type. */
export type TypeNode = {
    readonly k: 'basic';
    readonly name: BasicName;
} | {
    readonly k: 'ptr';
    readonly elem: TypeNode;
} | {
    readonly k: 'slice';
    readonly elem: TypeNode;
} | {
    readonly k: 'map';
    readonly elem: TypeNode;
    readonly named?: string;
} | {
    readonly k: 'struct';
    readonly def: StructDef;
} | {
    readonly k: 'enum';
    readonly def: EnumDef;
} | {
    readonly k: 'special';
    readonly def: SpecialDef;
} | {
    readonly k: 'opaque';
    readonly goType: string;
} | {
    readonly k: 'any';
};
/** A named map type such as `v1.ResourceList` (= map[ResourceName]resource.Quantity). */
export interface MapAliasDef {
    readonly kind: 'map-alias';
    readonly goType: string;
    readonly elem: string;
}
/** Everything a type expression may name. */
export type TypeDef = StructDef | EnumDef | SpecialDef | MapAliasDef;
/** Resolves type expressions against a registry of named types, with a cache. */
export declare class TypeResolver {
    #private;
    private readonly registry;
    constructor(registry: Readonly<Record<string, TypeDef>>);
    /** The node of a type expression; throws on a name the registry lacks (a table bug). */
    resolve(expr: string): TypeNode;
}
/** Go's `%T` name of a type. */
export declare function goTypeName(t: TypeNode): string;
