import { type FuncMap } from '../../template/value.js';
/** Go's base64.StdEncoding.DecodeString as a binary string; errors are the function's error. */
export declare function decodeBase64Bytes(s: string): string;
/** Encoding and hashing functions of sprig's map. */
export declare const encodingFuncs: FuncMap;
