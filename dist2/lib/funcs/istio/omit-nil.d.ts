/** Go's omitNil. */
export declare function omitNil(v: unknown): unknown;
