import { type FuncMap } from '../../template/value.js';
/** urlParse and urlJoin of sprig's map. */
export declare const urlFuncs: FuncMap;
