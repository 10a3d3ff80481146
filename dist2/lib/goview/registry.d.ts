/**
 * All Go types the views know, by the names the schema tables use, and the one resolver
 * over them.
 */
import { type TypeDef, type TypeNode } from './go-type.js';
/** Registry name → type definition. */
export declare const GO_TYPES: Readonly<Record<string, TypeDef>>;
/** The type node of a type expression such as `[]Container` or `*ProxyConfig`. */
export declare function resolveType(expr: string): TypeNode;
