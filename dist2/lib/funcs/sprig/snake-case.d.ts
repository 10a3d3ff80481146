/**
 * huandu/xstrings' ToSnakeCase / ToKebabCase (sprig's snakecase, kebabcase): split a string
 * into words (upper-case runs, lower-case runs, numbers, punctuation, connectors) and join
 * them lower-cased with a connector, keeping xstrings' rules for numbers and acronyms.
 */
import { type FuncMap } from '../../template/value.js';
/** snakecase and kebabcase of sprig's map. */
export declare const snakeCaseFuncs: FuncMap;
