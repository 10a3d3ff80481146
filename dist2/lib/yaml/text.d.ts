/**
 * The text under a manifest, checked before any parsing, as go-yaml's reader checks it:
 * bytes must be UTF-8, and YAML may not hold control characters. Binary input and files
 * in another encoding stop here with the first bad byte's line:column, instead of being
 * read with replacement characters and injected.
 */
import { KinjectError } from '../errors.js';
/**
 * `bytes` as text. Throws KinjectError('INPUT_READ') at the first byte that is not UTF-8
 * (the caller places it in its file).
 */
export declare function decodeUtf8(bytes: Uint8Array): string;
/** The first control character YAML does not allow, as an error placed in `file`, or undefined. */
export declare function controlCharacter(text: string, file: string): KinjectError | undefined;
