/**
 * `written` without the artifacts that `original` did not have. List items are matched by
 * `name` where both sides have one, else by position.
 */
export declare function dropSerializerNoise(original: unknown, written: unknown): unknown;
