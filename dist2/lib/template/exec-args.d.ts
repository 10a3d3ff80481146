import type { Node } from './parse/node.js';
import { type ParamType } from './value.js';
/** The outcome of a check: the value to pass, or Go's error text. */
export type Check = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly error: string;
    readonly expected: string;
};
/** Is `v` assignable to `typ` without conversion? */
export declare function isAssignable(v: unknown, typ: ParamType): boolean;
/**
 * Go's validateType: check a computed value against a parameter type. `undefined` (an
 * invalid value) becomes the type's nil; other mismatches are errors. No type: as is.
 */
export declare function validateType(value: unknown, typ: ParamType | undefined): Check;
/** Go's evalArg for a constant (bool, number or string node) and a concrete parameter type. */
export declare function convertConstant(n: Node, typ: ParamType | undefined): Check;
