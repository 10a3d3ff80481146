/**
 * Go values over plain JSON: a typed Go value for templates (see lib/template/value.ts),
 * built lazily from a schema table, with Go zero values for everything the JSON leaves out.
 */
import { type Json } from '../k8s/json.js';
import { type TypeNode } from './go-type.js';
/** The Go value of type `t` for `json` (undefined = absent: the zero value). */
export declare function goValue(t: TypeNode, json: Json | undefined): unknown;
