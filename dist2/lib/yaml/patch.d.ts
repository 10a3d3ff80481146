/**
 * Patching a parsed YAML document's text so that it reads as a new value: the smallest set of
 * edits at node positions. Unchanged nodes keep their text; mappings keep their key order (new
 * keys go last); sequence items that survive keep their text (patched) even when they move.
 */
import { type Document } from 'yaml';
import { type Edit } from './edits.js';
import { type Style } from './emit.js';
/** What patching one document needs to know. */
export interface PatchContext {
    readonly src: string;
    readonly style: Style;
    readonly eol: string;
}
/**
 * Edits turning a parsed document (plain value `oldV`) into `newV`. With `whole`, the document's
 * content is written anew (comments before it stay), for when in-place edits cannot be trusted.
 */
export declare function patchDocument(doc: Document.Parsed, oldV: unknown, newV: unknown, ctx: PatchContext, whole?: boolean): Edit[];
