/** Throws with the schema's complaint when `obj` is not a valid object of its kind. */
export declare function validateObject(obj: Record<string, unknown>): void;
