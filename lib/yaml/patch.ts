/**
 * Patching a parsed YAML document's text so that it reads as a new value: the smallest set of
 * edits at node positions. Unchanged nodes keep their text; mappings keep their key order (new
 * keys go last); sequence items that survive keep their text (patched) even when they move.
 */
import { isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { CST } from 'yaml';
import { columnOf, rebuildCollection, type Edit, type Part } from './edits.js';
import { entriesOf, isPlainMap, renderAfterDash, renderAfterKey, renderBlock, renderFlow, renderKey, type Style } from './emit.js';
import { deepEqual, matchItems } from './match.js';
import { doubleQuote, singleQuote } from './scalar.js';

/** What patching one document needs to know. */
export interface PatchContext {
  readonly src: string;
  readonly style: Style;
  readonly eol: string;
}

/** Where a value sits: after `key:` or `- ` (indicatorEnd just past the indicator), or at the document root. */
interface Slot {
  readonly indicatorEnd: number;
  /** What goes between the indicator and a one-line value. */
  readonly prefix: string;
  /** The replacement text from `indicatorEnd` for a new value. */
  render(v: unknown): string;
}

type PlainMap = Record<string, unknown>;

/** The offset just past the last character of a node's content (not its trailing comment or line break). */
function contentEnd(node: unknown, fallback: number): number {
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as Pair;
    return contentEnd(last.value, contentEnd(last.key, fallback));
  }
  if (isSeq(node) && !node.flow && node.items.length > 0) return contentEnd(node.items[node.items.length - 1], fallback);
  return isNode(node) && node.range ? node.range[1] : fallback;
}

/** Offset of the first token that is not space, newline or comment. */
function firstSignificant(tokens: readonly CST.SourceToken[]): number | undefined {
  return tokens.find((t) => t.type !== 'space' && t.type !== 'newline' && t.type !== 'comment')?.offset;
}

/** The source text of a quoted scalar's new value in the old node's quoting style, if that style can hold it. */
function keptQuoting(node: unknown, v: unknown): string | undefined {
  if (!isScalar(node) || typeof v !== 'string' || v.includes('\n')) return undefined;
  if (node.type === 'QUOTE_DOUBLE') return doubleQuote(v);
  return node.type === 'QUOTE_SINGLE' ? singleQuote(v) : undefined;
}

/** One edit that replaces a node (whatever it was) with a rendering of `v` in its slot. */
function replaceInSlot(node: unknown, v: unknown, slot: Slot, ctx: PatchContext): Edit {
  const { src, eol } = ctx;
  let start = slot.indicatorEnd;
  const valueStart = isNode(node) && node.range ? node.range[0] : start;
  const end = Math.max(contentEnd(node, start), start);
  const kept = keptQuoting(node, v);
  let text = (kept === undefined ? slot.render(v) : slot.prefix + kept).replace(/\n/g, eol);
  const gap = src.slice(start, valueStart);
  // A comment between the indicator and a value on the next line stays, if the new value also starts on a new line.
  if (gap.includes('#') && text.startsWith(eol)) start += gap.lastIndexOf(eol);
  if (end > start && src[end - 1] === '\n') text += eol;
  if (src[end] === '#' && !/\s$/.test(text)) text += ' ';
  return { start, end, text };
}

/** Edits turning `node` (whose plain value is `oldV`) into `newV`. */
function patchNode(node: unknown, oldV: unknown, newV: unknown, slot: Slot, ctx: PatchContext): Edit[] {
  if (deepEqual(oldV, newV)) return [];
  if (isMap(node) && !node.flow && isPlainMap(oldV) && isPlainMap(newV) && entriesOf(newV).length > 0) {
    const edits = patchMap(node, oldV, newV, ctx);
    if (edits) return edits;
  }
  if (isSeq(node) && !node.flow && Array.isArray(oldV) && Array.isArray(newV) && newV.length > 0) {
    const edits = patchSeq(node, oldV, newV, ctx);
    if (edits) return edits;
  }
  return [replaceInSlot(node, newV, slot, ctx)];
}

/** A block map's keys as strings, or undefined if any is not a plain scalar, repeats, or is a merge key. */
function simpleKeys(map: YAMLMap): string[] | undefined {
  const keys = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : undefined));
  const ok = keys.every((k) => k !== undefined && k !== '<<') && new Set(keys).size === keys.length;
  return ok ? (keys as string[]) : undefined;
}

/** Where each pair of a block map starts, and where its `:` ends (undefined if the source tokens are not there). */
function pairOffsets(map: YAMLMap): { start: number; colonEnd: number }[] | undefined {
  const out = map.items.map((p) => {
    const tok = p.srcToken;
    const colon = tok?.sep?.find((t) => t.type === 'map-value-ind');
    const start = tok ? (firstSignificant(tok.start) ?? tok.key?.offset) : undefined;
    return colon && start !== undefined ? { start, colonEnd: colon.offset + 1 } : undefined;
  });
  return out.every((o) => o !== undefined) ? (out as { start: number; colonEnd: number }[]) : undefined;
}

/** Edits for a block map: values patched in place; removed or added keys rebuild the map from its pairs' texts. */
function patchMap(map: YAMLMap, oldV: PlainMap, newV: PlainMap, ctx: PatchContext): Edit[] | undefined {
  const keys = simpleKeys(map);
  const offsets = pairOffsets(map);
  if (!keys || !offsets || offsets.length === 0) return undefined;
  const col = columnOf(ctx.src, offsets[0]!.start);
  const keySlot = (i: number): Slot => ({
    indicatorEnd: offsets[i]!.colonEnd,
    prefix: ' ',
    render: (v) => renderAfterKey(v, columnOf(ctx.src, offsets[i]!.start), ctx.style),
  });
  const kept = keys.flatMap((k, i) => (newV[k] !== undefined ? [i] : []));
  const edits = kept.flatMap((i) => patchNode(map.items[i]!.value, oldV[keys[i]!], newV[keys[i]!], keySlot(i), ctx));
  const known = new Set(keys);
  const added = entriesOf(newV).filter(([k]) => !known.has(k));
  if (kept.length === keys.length && added.length === 0) return edits;
  const pad = ' '.repeat(col);
  const parts: Part[] = [
    ...kept.map((item) => ({ item })),
    ...added.map(([k, v]) => ({ text: `${pad}${renderKey(k)}:${renderAfterKey(v, col, ctx.style)}` })),
  ];
  const ends = map.items.map((p) => contentEnd(p.value, contentEnd(p.key, 0)));
  return [rebuildCollection(ctx.src, offsets.map((o) => o.start), ends, col, parts, edits, ctx.eol)];
}

/** Where each item of a block sequence has its `-` (undefined if the source tokens are not there). */
function dashOffsets(seq: YAMLSeq): number[] | undefined {
  const tok = seq.srcToken;
  if (tok?.type !== 'block-seq') return undefined;
  // Comment lines after the last item can form a CST item of their own, with no `-`.
  const out = tok.items.flatMap((it) => it.start.filter((t) => t.type === 'seq-item-ind').map((t) => t.offset));
  return out.length === seq.items.length ? out : undefined;
}

/** Edits for a block sequence: matched items patched in place; any move, removal or addition rebuilds it from its items' texts. */
function patchSeq(seq: YAMLSeq, oldV: unknown[], newV: unknown[], ctx: PatchContext): Edit[] | undefined {
  const dashes = dashOffsets(seq);
  if (!dashes || dashes.length === 0 || dashes.length !== oldV.length) return undefined;
  const col = columnOf(ctx.src, dashes[0]!);
  const dashSlot = (j: number): Slot => ({
    indicatorEnd: dashes[j]! + 1,
    prefix: ' ',
    render: (v) => ` ${renderAfterDash(v, columnOf(ctx.src, dashes[j]!), ctx.style)}`,
  });
  const match = matchItems(oldV, newV);
  const edits = match.flatMap((j, i) => (j < 0 ? [] : patchNode(seq.items[j], oldV[j], newV[i], dashSlot(j), ctx)));
  if (newV.length === oldV.length && match.every((j, i) => j === i)) return edits;
  const pad = ' '.repeat(col);
  const parts: Part[] = match.map((j, i) => (j >= 0 ? { item: j } : { text: `${pad}- ${renderAfterDash(newV[i], col, ctx.style)}` }));
  const ends = seq.items.map((n, j) => contentEnd(n, dashes[j]! + 1));
  return [rebuildCollection(ctx.src, dashes, ends, col, parts, edits, ctx.eol)];
}

/** Edits turning a parsed document (plain value `oldV`) into `newV`. */
export function patchDocument(doc: Document.Parsed, oldV: unknown, newV: unknown, ctx: PatchContext): Edit[] {
  const root = doc.contents as Node | null;
  const start = root?.range ? root.range[0] : doc.range[1];
  const wasFlow = (isMap(root) || isSeq(root)) && root.flow === true;
  const slot: Slot = {
    indicatorEnd: start,
    prefix: '',
    render(v) {
      const text = wasFlow && typeof v === 'object' && v !== null ? renderFlow(v) : renderBlock(v, 0, ctx.style);
      // An empty document's value would start right after `---`: put it on its own line.
      return start > 0 && ctx.src[start - 1] !== '\n' && oldV === null ? `\n${text}` : text;
    },
  };
  return patchNode(root, oldV, newV, slot, ctx);
}
