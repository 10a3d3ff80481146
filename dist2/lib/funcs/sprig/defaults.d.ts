import { type FuncMap } from '../../template/value.js';
/** Defaults, flow control, reflection and JSON functions of sprig's map. */
export declare const defaultFuncs: FuncMap;
