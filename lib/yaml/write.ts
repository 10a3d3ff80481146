/**
 * Writing a stream back: documents that did not change are copied byte for byte; changed YAML
 * documents are edited in place; a changed JSON file is re-serialised with its own indentation.
 */
import { isJsonArray, isJsonMap } from '../go/json-map.js';
import { isAlias } from 'yaml';
import { applyEdits, type Edit } from './edits.js';
import { DEFAULT_STYLE, renderBlock } from './emit.js';
import { deepEqual, matchItems } from './match.js';
import { someInTree } from './nodes.js';
import { patchDocument } from './patch.js';
import {
  readStream,
  type ParsedDocument,
  type ParsedStream,
  type SourceStream,
  type SyntaxTree,
} from './read.js';
import { detectStyle } from './style.js';

/** The stream as `readStream` made it (the only kind that can be written back). */
function parsedStream(stream: SourceStream): ParsedStream {
  if (!('text' in stream) || typeof stream.text !== 'string')
    throw new TypeError('writeStream needs a stream returned by readStream');
  return stream as ParsedStream;
}

/** A changed YAML document's new text. */
function writeYamlDocument(text: string, doc: ParsedDocument, value: unknown): string {
  const eol = text.slice(doc.start, doc.end).includes('\r\n') ? '\r\n' : '\n';
  const tree = doc.tree();
  if (!tree || doc.errors.length > 0) {
    // Nothing to patch: a document that did not parse is written anew.
    return `${doc.index > 0 ? `---${eol}` : ''}${renderBlock(value, 0, DEFAULT_STYLE)}${eol}`.replace(
      /\r?\n/g,
      eol,
    );
  }
  const ctx = { src: text, style: detectStyle(tree, text), eol };
  const patched = applyEdits(text, doc.start, doc.end, patchDocument(tree, doc.value, value, ctx));
  // An alias repeats its anchor's content, so an edit there shows up elsewhere: check such documents, and write them anew if need be.
  if (!hasAliases(tree, text, doc) || readsAs(patched, value)) return patched;
  return applyEdits(text, doc.start, doc.end, patchDocument(tree, doc.value, value, ctx, true));
}

/** Whether a document uses aliases. */
function hasAliases(tree: SyntaxTree, text: string, doc: ParsedDocument): boolean {
  if (doc.aliasFree === true) return false;
  // An alias is written `*name`: text without a `*` has none, and that is most documents.
  const star = text.indexOf('*', doc.start);
  return star >= 0 && star < doc.end && someInTree(tree.contents, isAlias);
}

/** Whether YAML text reads as exactly `value` (one document). */
function readsAs(text: string, value: unknown): boolean {
  const docs = readStream(text, '').docs;
  return docs.length === 1 && docs[0].errors.length === 0 && deepEqual(docs[0].value, value);
}

/** `next` with its mapping keys in `prev`'s order where `prev` had them (new keys after), recursively. */
function orderLike(prev: unknown, next: unknown): unknown {
  if (isJsonArray(prev) && isJsonArray(next)) {
    const match = matchItems(prev, next);
    return next.map((v, i) => (match[i] >= 0 ? orderLike(prev[match[i]], v) : v));
  }
  if (!isJsonMap(prev) || !isJsonMap(next)) return next;
  const keys = [
    ...Object.keys(prev).filter((k) => k in next),
    ...Object.keys(next).filter((k) => !(k in prev)),
  ];
  return Object.fromEntries(keys.map((k) => [k, orderLike(prev[k], next[k])]));
}

/** A changed JSON file: same leading/trailing whitespace, same indentation (or compact, if it was on one line). */
function writeJson(text: string, prev: unknown, value: unknown): string {
  const lead = /^\ufeff?\s*/.exec(text)?.[0] ?? '';
  const trail = /\s*$/.exec(text)?.[0] ?? '';
  const body = text.slice(lead.length, text.length - trail.length);
  const indent = body.includes('\n') ? (/\n([ \t]+)\S/.exec(body)?.[1] ?? '  ') : undefined;
  return lead + JSON.stringify(orderLike(prev, value), null, indent) + trail;
}

/**
 * Reassembles a stream read by `readStream`: documents not in `changes` (or changed to an equal
 * value) come out byte for byte; each changed document is edited in place to read as its new value.
 */
export function writeStream(stream: SourceStream, changes: ReadonlyMap<number, unknown>): string {
  const { text } = parsedStream(stream);
  return applyEdits(text, 0, text.length, documentEdits(stream, changes));
}

/**
 * The changed documents of a stream read by `readStream`, each as an edit of the stream text
 * (its slice and its new text), in order; documents whose new value equals the old are left out.
 */
export function documentEdits(stream: SourceStream, changes: ReadonlyMap<number, unknown>): Edit[] {
  const { text, docs, format } = parsedStream(stream);
  return docs
    .filter((doc) => changes.has(doc.index) && !deepEqual(doc.value, changes.get(doc.index)))
    .map((doc) => ({
      start: doc.start,
      end: doc.end,
      text:
        format === 'json'
          ? writeJson(text, doc.value, changes.get(doc.index))
          : writeYamlDocument(text, doc, changes.get(doc.index)),
    }));
}
