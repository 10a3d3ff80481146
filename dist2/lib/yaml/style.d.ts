/** Detecting how a document is laid out, so new content looks like the rest of it. */
import { type Document } from 'yaml';
import { type Style } from './emit.js';
/** The indentation step and sequence style of the first nested block map / block sequence under a key (defaults otherwise). */
export declare function detectStyle(doc: Document.Parsed, src: string): Style;
