/**
 * Go's basic types over JSON: the value a Go field of that type holds after decoding
 * (absent or mistyped JSON gives the zero value, as a template sees an unset field).
 */
import type { Json } from '../k8s/json.js';
import { GoInt, type IntKind } from '../template/value.js';
/** A Go basic type name. */
export type BasicName = 'string' | 'bool' | 'float64' | IntKind;
/** The Go value of a basic type: string, boolean, number (float64) or GoInt. */
export declare function basicValue(name: BasicName, json: Json | undefined): string | boolean | number | GoInt;
