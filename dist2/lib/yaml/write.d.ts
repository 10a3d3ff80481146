import { type Edit } from './edits.js';
import { type SourceStream } from './read.js';
/**
 * Reassembles a stream read by `readStream`: documents not in `changes` (or changed to an equal
 * value) come out byte for byte; each changed document is edited in place to read as its new value.
 */
export declare function writeStream(stream: SourceStream, changes: ReadonlyMap<number, unknown>): string;
/**
 * The changed documents of a stream read by `readStream`, each as an edit of the stream text
 * (its slice and its new text), in order; documents whose new value equals the old are left out.
 */
export declare function documentEdits(stream: SourceStream, changes: ReadonlyMap<number, unknown>): Edit[];
