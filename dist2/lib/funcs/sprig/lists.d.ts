import { type FuncMap } from '../../template/value.js';
/** List functions of sprig's map. */
export declare const listFuncs: FuncMap;
