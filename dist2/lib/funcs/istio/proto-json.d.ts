/** Go's protoToJSON: `{}` for nil or on failure. */
export declare function protoToJSON(v: unknown): string;
