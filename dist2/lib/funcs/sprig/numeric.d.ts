import { type FuncMap } from '../../template/value.js';
/** Math functions of sprig's map. */
export declare const numericFuncs: FuncMap;
