/** A JSON number, as the text Go's encoder writes for it (`1e+21`, `-0`, `42`). */
export declare class JsonNumber {
    readonly text: string;
    constructor(text: string);
}
/** A JSON object whose entries are in output order (sorted for maps, declared for structs). */
export declare class JsonObject {
    readonly entries: ReadonlyArray<readonly [string, JsonNode]>;
    constructor(entries: ReadonlyArray<readonly [string, JsonNode]>);
}
/** What Go's encoder writes, as a tree. Strings are already valid Unicode (U+FFFD substituted). */
export type JsonNode = null | boolean | string | JsonNumber | JsonNode[] | JsonObject;
/** Go's json.Marshal failed (e.g. `json: unsupported value: NaN`). */
export declare class MarshalError extends Error {
    readonly name = "MarshalError";
}
/** Replace lone UTF-16 surrogates with U+FFFD, as Go does with invalid UTF-8. */
export declare function toValidUnicode(s: string): string;
/**
 * The JSON Go's `json.Marshal` would produce for a value, as a tree.
 * Maps get sorted keys; a {@link GoStruct} contributes its `toJSON()` value, whose
 * objects keep their own key order at every depth (Go writes struct fields in declaration
 * order; the struct's producer is responsible for that order).
 * @throws MarshalError for NaN and infinities, as Go does.
 */
export declare function toJsonTree(v: unknown, sortKeys?: boolean): JsonNode;
/** A JSON string literal as Go writes it (HTML-safe: `<`, `>`, `&`, U+2028, U+2029 escaped). */
export declare function quoteJsonString(s: string): string;
/** Serialize a {@link JsonNode} compactly, as Go's json.Marshal does. */
export declare function writeJson(node: JsonNode): string;
/**
 * Go's `json.Marshal` of a template value: compact, map keys sorted, HTML-escaped.
 * @throws MarshalError where Go returns an error (NaN, ±Inf).
 */
export declare function marshalJSON(v: unknown): string;
/**
 * Go's `json.Unmarshal` into `interface{}`: objects become maps, numbers float64.
 * @throws MarshalError when Go's decoder would return an error.
 */
export declare function unmarshalJSON(text: string): unknown;
