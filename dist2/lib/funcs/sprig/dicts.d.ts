import { type FuncMap } from '../../template/value.js';
/** Dictionary functions of sprig's map. */
export declare const dictFuncs: FuncMap;
