import { GoStruct, type GoFunc, type IntKind, type ParamType } from './value.js';
/** Go's name of the empty interface type. */
export declare const IFACE = "interface {}";
/** Is it one of Go's integer kinds? */
export declare function isIntKind(t: string): t is IntKind;
/** Is it one of Go's unsigned integer kinds? */
export declare function isUnsignedKind(t: string): boolean;
/** The Go type of a parameter type, as error messages name it. */
export declare function paramTypeName(t: ParamType): string;
/** The Go element type of a slice or map value (`interface {}` when untyped). */
export declare function elemTypeOf(container: object): string;
/** Are the elements of this slice or map interface values (so nil elements are nil interfaces)? */
export declare function hasIfaceElems(container: object): boolean;
/** Go's zero value of a type, for missing map entries. Nil of any reference type is `null`. */
export declare function zeroValue(type: string): unknown;
/** Is it a function value (a GoFunc stored in data)? */
export declare function isGoFunc(v: unknown): v is GoFunc;
/**
 * Go's isTrue: the truth of a value in if/with/and/or/not, or `undefined` for a value that
 * has no truth (none exist in the value model, but foreign JS values might).
 */
export declare function isTrue(v: unknown): boolean | undefined;
/** Just the truth (Go's `truth` helper). */
export declare function truth(v: unknown): boolean;
/** Go's string order (by UTF-8 bytes, which is code point order), for sorting and `lt`. */
export declare function compareStrings(a: string, b: string): number;
/**
 * A complex128 constant. The value model has no complex numbers; this stands in for one:
 * it prints as Go prints it, `(1+2i)`, reports its type, is true unless zero, and compares
 * with `eq` as Go's complexKind does.
 */
export declare class GoComplex extends GoStruct {
    readonly re: number;
    readonly im: number;
    constructor(re: number, im: number);
}
/** The stand-in for a complex constant (see {@link GoComplex}). */
export declare function complexValue(re: number, im: number): GoComplex;
/**
 * Go's printableValue: what `{{.}}` and html/js/urlquery print. A pointer to a struct
 * prints as the struct (`{a b}`, not `&{a b}`); nil and everything else print as they are.
 */
export declare function printable(v: unknown): unknown;
