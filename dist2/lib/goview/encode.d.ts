/**
 * The JSON form of a viewed value, as Go would marshal the typed value: Kubernetes types
 * with encoding/json (fields in declaration order, `omitempty`, zero values for absent
 * fields, map keys sorted), protobuf messages with protojson (defaults left out, enums by
 * name, durations as `"1.5s"`, wrappers bare).
 *
 * Objects come out in Go's output order, so serializing them in insertion order gives
 * Go's bytes.
 */
import { type Json, type JsonMap } from '../k8s/json.js';
import type { TypeNode } from './go-type.js';
import { type EnumDef, type StructDef } from './schema.js';
/** The name of an enum value given by name or number. */
export declare function enumName(values: EnumDef['values'], json: Json | undefined): string;
/** Go's JSON of a value of type `t`. */
export declare function encodeValue(t: TypeNode, json: Json | undefined, encoding: StructDef['encoding']): Json;
/** Go's JSON of a struct whose data is `json`. */
export declare function encodeStruct(def: StructDef, json: JsonMap): JsonMap;
