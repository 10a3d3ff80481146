/**
 * Sprig's word and case functions, after the libraries sprig delegates to: Go's strings.Title,
 * Masterminds/goutils (untitle, swapcase, initials, nospace, wrap, abbrev) and
 * huandu/xstrings (camelcase, snakecase, kebabcase). goutils works on bytes in places;
 * so do these ports, for identical output.
 */
import { type FuncMap } from '../../template/value.js';
/** Word functions of sprig's map (snakecase and kebabcase live in snake-case.ts). */
export declare const wordFuncs: FuncMap;
