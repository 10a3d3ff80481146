import { type FuncMap } from './value.js';
/** The builtin functions, as Go declares them (reflect.Value parameters are 'value'). */
export declare const builtins: FuncMap;
