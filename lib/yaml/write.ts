/**
 * Writing a stream back: documents that did not change are copied byte for byte; changed YAML
 * documents are edited in place; a changed JSON file is re-serialised with its own indentation.
 */
import { isJsonArray, isJsonMap } from '../go/json-map.js';
import { isAlias, isPair, type Node } from 'yaml';
import { anchorsOf, type Anchors } from './anchors.js';
import { decodedValue, isMergeKey } from './decode.js';
import { applyEdits, type Edit } from './edits.js';
import { DEFAULT_STYLE, renderBlock } from './emit.js';
import { deepEqual, matchItems } from './match.js';
import { someInTree } from './nodes.js';
import { patchDocument, type PatchMode } from './patch.js';
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
  const patch = (mode: PatchMode) =>
    applyEdits(text, doc.start, doc.end, patchDocument(tree, doc.value, value, ctx, mode));
  // An alias repeats its anchor's content, so an edit there shows up elsewhere too: such
  // documents are read back, and each anchor whose value the edits changed has its aliases
  // written out, until the document reads as it should (or, failing that, it is written anew).
  if (!hasAnchors(tree, text, doc)) return patch({});
  const anchors = anchorsOf(tree.contents);
  const dirty = new Set<Node>();
  for (;;) {
    const patched = patch({ dirty });
    const docs = readStream(patched, '').docs;
    const back = docs.length === 1 ? docs[0] : undefined;
    if (back && back.errors.length === 0 && deepEqual(back.value, value)) return patched;
    const changed = changedAnchors(anchors, back?.tree()?.contents).filter((n) => !dirty.has(n));
    if (changed.length === 0) return patch({ whole: true });
    for (const node of changed) dirty.add(node);
  }
}

/** Whether a document uses aliases or merge keys. */
function hasAnchors(tree: SyntaxTree, text: string, doc: ParsedDocument): boolean {
  if (doc.aliasFree === true) return false;
  // An alias is written `*name` and a merge `<<`: text without either has none, and that is most documents.
  const slice = text.slice(doc.start, doc.end);
  return (
    (slice.includes('*') || slice.includes('<<')) &&
    someInTree(tree.contents, (n) => isAlias(n) || (isPair(n) && isMergeKey(n.key)))
  );
}

/**
 * The anchored nodes of the old tree (those some alias names) whose value differs in the new
 * tree, where an anchor is matched by its name and how many times the name came before.
 */
function changedAnchors(old: Anchors, newRoot: unknown): Node[] {
  const named = new Set(old.target.values());
  const now = anchorsOf(newRoot);
  const occurrences = (list: readonly Node[]): string[] => {
    const seen = new Map<string, number>();
    return list.map((n) => {
      const name = n.anchor ?? '';
      const count = seen.get(name) ?? 0;
      seen.set(name, count + 1);
      return `${count}:${name}`;
    });
  };
  const newKeys = occurrences(now.anchored);
  const byKey = new Map(newKeys.map((k, i) => [k, now.anchored[i]]));
  const oldKeys = occurrences(old.anchored);
  return old.anchored.filter((node, i) => {
    if (!named.has(node)) return false;
    const counterpart = byKey.get(oldKeys[i]);
    return (
      counterpart === undefined ||
      !deepEqual(decodedValue(node, old), decodedValue(counterpart, now))
    );
  });
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
