import { type FuncMap } from '../../template/value.js';
/** derivePassword and decryptAES of sprig's map. */
export declare const cryptoFuncs: FuncMap;
