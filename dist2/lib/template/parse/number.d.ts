import type { NumberValue } from './node.js';
/** strconv.ParseFloat(s, 64) for the forms the lexer produces, or undefined. */
export declare function parseGoFloat(s: string): number | undefined;
/**
 * Classify a number literal (item type `number`, `charConstant` or `complex`) as Go's
 * parse.newNumber does. Throws Error with Go's message when it is not a valid constant.
 */
export declare function parseNumber(text: string, kind: 'number' | 'charConstant' | 'complex'): NumberValue;
