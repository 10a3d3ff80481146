/** Build the Go value a notation stands for. */
export declare function fromNotation(v: unknown): unknown;
