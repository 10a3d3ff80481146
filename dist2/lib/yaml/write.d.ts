import { type SourceStream } from './read.js';
/**
 * Reassembles a stream read by `readStream`: documents not in `changes` (or changed to an equal
 * value) come out byte for byte; each changed document is edited in place to read as its new value.
 */
export declare function writeStream(stream: SourceStream, changes: ReadonlyMap<number, unknown>): string;
