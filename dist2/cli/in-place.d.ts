import { type CliIO } from './io.js';
/** A file to rewrite: its name as given and its new text. */
export interface Rewrite {
    readonly name: string;
    readonly text: string;
}
/** Rewrite the files; resolves to the names written, in order. Throws OUTPUT_WRITE. */
export declare function rewriteInPlace(io: CliIO, rewrites: readonly Rewrite[]): Promise<string[]>;
