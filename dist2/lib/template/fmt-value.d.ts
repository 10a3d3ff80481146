/**
 * Go's fmt printing of one operand (Go's `printArg` / `printValue`) on the value model of
 * `value.ts`: the verb and flags are already parsed into a {@link FmtWriter}.
 */
import { FmtWriter } from './fmt-writer.js';
/** Go's `%T` of a value: `float64`, `int64`, `[]interface {}`, `map[string]interface {}`, `<nil>`. */
export declare function goTypeName(v: unknown): string;
/** Go's printer for one operand; `erroring` suppresses String methods inside `%!verb(…)`. */
export declare class ValuePrinter {
    readonly w: FmtWriter;
    private erroring;
    constructor(w: FmtWriter);
    /** Go's printArg: the top-level operand of a verb. */
    printArg(arg: unknown, verb: string): void;
    /** `%!verb(type=value)`, or `%!verb(<nil>)`. */
    badVerb(verb: string, v: unknown): void;
    /** Go's printValue; `depth` > 0 inside maps, slices and structs. */
    printValue(v: unknown, verb: string, depth: number): void;
    private printInvalid;
    private fmtInteger;
    /** Hex with a 0x prefix, as %#v prints unsigned integers and pointers. */
    private fmt0x;
    private fmtFloat;
    private fmtString;
    /** A `String() string` or `Error() string` method of a struct, as fmt's Stringer check. */
    private printStringer;
    private printStruct;
    /** Pointers, maps and slices under %p, and nested pointers: an address, or nil. */
    private fmtPointer;
    private printSlice;
    private printMap;
}
