/**
 * Istio's template functions over `map[string]string` (labels, annotations):
 * `isset`, `toJSON`, `omit`, `strdict`, `mergeMaps`, `toJsonMap`.
 */
import { type Typed } from '../../template/value.js';
/** A Go `map[string]string` (null is a nil map). */
export type StringMap = Readonly<Record<string, string>> | null;
/** A new `map[string]string` value for templates. */
export declare function newStringMap(entries?: Iterable<readonly [string, string]>): Typed<Record<string, string>>;
/** `isset m key`: whether the key is present (an empty value counts). */
export declare function isset(m: StringMap, key: string): boolean;
/** `toJSON m`: the map as JSON; `{}` for a nil map. */
export declare function stringMapToJSON(m: StringMap): string;
/** `omit dict keys…`: a copy without the given keys. */
export declare function omit(dict: StringMap, ...keys: string[]): Typed<Record<string, string>>;
/** `strdict k1 v1 k2 v2 …`: a map[string]string; a key without a value maps to "". */
export declare function strdict(...v: string[]): Typed<Record<string, string>>;
/**
 * `mergeMaps m1 m2 …` for templates. With no arguments Go returns a nil map, which prints
 * and tests like an empty one; an empty map stands in for it.
 */
export declare function mergeMaps(...maps: StringMap[]): Typed<Record<string, string>>;
/** `toJsonMap m1 m2 …`: the merged maps as JSON (`null` when given none). */
export declare function toJsonMap(...maps: StringMap[]): string;
