/**
 * Patching a parsed YAML document's text so that it reads as a new value: the smallest set of
 * edits at node positions. Unchanged nodes keep their text; mappings keep their key order (new
 * keys go last); sequence items that survive keep their text (patched) even when they move.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { collectDonors, shiftLines, takeDonor, type DonorPool } from './donors.js';
import {
  columnOf,
  holdsBlockScalar,
  itemSpans,
  rebuildCollection,
  spanText,
  type Edit,
  type Part,
} from './edits.js';
import {
  entriesOf,
  hasEntries,
  renderAfterDash,
  renderAfterKey,
  renderBlock,
  renderFlow,
  renderKey,
  type Style,
} from './emit.js';
import { deepEqual, matchItems } from './match.js';
import { contentEnd, dashOffsets, pairOffsets } from './nodes.js';
import { mapSources } from './map-sources.js';
import { aliasView, type AliasView } from './alias-view.js';
import type { SyntaxTree } from './read.js';
import { doubleQuote, singleQuote } from './scalar.js';

/** What patching one document needs to know. */
export interface PatchContext {
  readonly src: string;
  readonly style: Style;
  readonly eol: string;
}

/** While patching: also the items that may move between sequences, and what aliases name. */
interface Patching extends PatchContext, AliasView {
  readonly donors: DonorPool;
}

/** Where a value sits: after `key:` or `- ` (indicatorEnd just past the indicator), or at the document root. */
interface Slot {
  readonly indicatorEnd: number;
  /** What goes between the indicator and a one-line value. */
  readonly prefix: string;
  /** The replacement text from `indicatorEnd` for a new value. */
  render(v: unknown): string;
}

/** The source text of a quoted scalar's new value in the old node's quoting style, if that style can hold it. */
function keptQuoting(node: unknown, v: unknown): string | undefined {
  if (!isScalar(node) || typeof v !== 'string' || v.includes('\n')) return undefined;
  if (node.type === 'QUOTE_DOUBLE') return doubleQuote(v);
  return node.type === 'QUOTE_SINGLE' ? singleQuote(v) : undefined;
}

/**
 * A non-empty flow collection that stays a non-empty collection stays in flow style, on one line:
 * JSON-like if it was (its first scalar double-quoted), else with plain strings where safe,
 * as long as that line stays short.
 */
function keptFlow(node: unknown, v: unknown): string | undefined {
  const isCollection = (x: unknown) =>
    Array.isArray(x) ? x.length > 0 : isJsonMap(x) && hasEntries(x);
  if (!(isMap(node) || isSeq(node)) || !node.flow || node.items.length === 0 || !isCollection(v))
    return undefined;
  const first: unknown = node.items[0];
  const scalar =
    isMap(node) && first && typeof first === 'object' && 'key' in first ? first.key : first;
  const flow = renderFlow(v, !(isScalar(scalar) && scalar.type === 'QUOTE_DOUBLE'));
  // `labels: {app: x}` gaining Istio's labels would become one very long line: past a
  // readable width the collection is written in block style instead.
  return flow.length <= MAX_FLOW_WIDTH ? flow : undefined;
}

/** The longest flow collection an edit keeps on one line. */
const MAX_FLOW_WIDTH = 80;

/** Rendered text (lines ended by `\n`) with the document's line ends; most documents' are `\n` already. */
function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

/** One edit that replaces a node (whatever it was) with a rendering of `v` in its slot. */
function replaceInSlot(node: unknown, v: unknown, slot: Slot, ctx: Patching): Edit {
  const { src, eol } = ctx;
  let start = slot.indicatorEnd;
  const valueStart = isNode(node) && node.range ? node.range[0] : start;
  const end = Math.max(contentEnd(node, start), start);
  const kept = keptQuoting(node, v) ?? keptFlow(node, v);
  let text = withEol(kept === undefined ? slot.render(v) : slot.prefix + kept, eol);
  const gap = src.slice(start, valueStart);
  // A comment between the indicator and a value on the next line stays, if the new value also starts on a new line.
  if (gap.includes('#') && text.startsWith(eol)) start += gap.lastIndexOf(eol);
  if ((end > start && src[end - 1] === '\n') || (end === src.length && holdsBlockScalar(text)))
    text += eol;
  if (src[end] === '#' && !/\s$/.test(text)) text += ' ';
  return { start, end, text };
}

/** Edits turning `node` (whose plain value is `oldV`) into `newV`. */
function patchNode(node: unknown, oldV: unknown, newV: unknown, slot: Slot, ctx: Patching): Edit[] {
  const dirty = ctx.readsDirty(node);
  if (!dirty && deepEqual(oldV, newV)) return [];
  if (isAlias(node)) {
    // An alias reads what its anchor's node comes to hold: if that is not its new value, it is written out as it.
    return !dirty && ctx.anchorBecomes(node, newV) ? [] : [replaceInSlot(node, newV, slot, ctx)];
  }
  if (isMap(node) && !node.flow && isJsonMap(oldV) && isJsonMap(newV) && hasEntries(newV)) {
    const edits = patchMap(node, oldV, newV, ctx);
    if (edits) return edits;
  }
  if (isSeq(node) && !node.flow && Array.isArray(oldV) && Array.isArray(newV) && newV.length > 0) {
    const edits = patchSeq(node, oldV, newV, ctx);
    if (edits) return edits;
  }
  return [replaceInSlot(node, newV, slot, ctx)];
}

/** What follows `key:` for a key the map gains; a list of named items may reuse the text of items that moved there. */
function renderAddedValue(v: unknown, keyCol: number, ctx: Patching): string {
  const plain = () => withEol(renderAfterKey(v, keyCol, ctx.style), ctx.eol);
  if (!Array.isArray(v) || v.length === 0) return plain();
  const col = keyCol + (ctx.style.indentSeq ? ctx.style.step : 0);
  return ctx.eol + v.map((item) => renderItem(item, col, ctx)).join(ctx.eol);
}

/** A new sequence item at dash column `col`: a moved item's text (patched, re-indented), or rendered anew. */
function renderItem(v: unknown, col: number, ctx: Patching): string {
  const donor = takeDonor(ctx.donors, v);
  if (!donor) return withEol(`${' '.repeat(col)}- ${renderAfterDash(v, col, ctx.style)}`, ctx.eol);
  const edits = patchNode(donor.node, donor.old, v, dashSlot(donor.dash, ctx), ctx);
  const text = spanText(ctx.src, donor.items, donor.index, donor.col, edits).replace(/\r?\n$/, '');
  return shiftLines(text, col - donor.col);
}

/**
 * Edits for a block map: values patched in place; removed or added keys rebuild the map from
 * its pairs' texts. A merge (`<<:`) stays: a key it brings from an inline mapping is patched
 * there, one it brings through an alias is overridden by a pair after it (the anchor is read
 * elsewhere too), and a key it brings cannot be removed (undefined: the map is written anew).
 */
function patchMap(map: YAMLMap, oldV: JsonMap, newV: JsonMap, ctx: Patching): Edit[] | undefined {
  const sources = mapSources(map, ctx.plainOf);
  const offsets = pairOffsets(map);
  if (!sources || !offsets || offsets.length === 0) return undefined;
  // A merge of an anchor that changes would bring the change in.
  if (sources.merges.some((i) => ctx.readsDirty(map.items[i].value))) return undefined;
  const col = columnOf(ctx.src, offsets[0].start);
  const keySlot = (i: number): Slot => ({
    indicatorEnd: offsets[i].colonEnd,
    prefix: ' ',
    render: (v) => renderAfterKey(v, columnOf(ctx.src, offsets[i].start), ctx.style),
  });
  // Own keys only: `__proto__` must not read as Object.prototype when the new value lacks it.
  const own = (m: JsonMap, k: string): unknown => (Object.hasOwn(m, k) ? m[k] : undefined);
  const edits: Edit[] = [];
  const dropped = new Set<number>();
  const overridden = new Set<string>();
  const inline = new Map<number, [string, unknown][]>();
  for (const [k, source] of sources.winners) {
    const next = own(newV, k);
    if (next === undefined) {
      if (source.kind === 'merged' || sources.merged.has(k)) return undefined;
      dropped.add(source.item);
    } else if (source.kind === 'own') {
      edits.push(
        ...patchNode(map.items[source.item].value, own(oldV, k), next, keySlot(source.item), ctx),
      );
    } else if (!deepEqual(own(oldV, k), next)) {
      if (source.inline) inline.set(source.item, [...(inline.get(source.item) ?? []), [k, next]]);
      else overridden.add(k);
    }
  }
  for (const [item, changes] of inline) {
    const node = map.items[item].value;
    const old = ctx.plainOf(node) as JsonMap;
    const next = Object.fromEntries([...Object.entries(old), ...changes]);
    edits.push(...patchNode(node, old, next, keySlot(item), ctx));
  }
  // An own pair a merge overrode is dead text: the override after the merge replaces it.
  sources.keys.forEach((k, i) => k !== null && overridden.has(k) && dropped.add(i));
  const added = entriesOf(newV).filter(([k]) => !sources.winners.has(k) || overridden.has(k));
  if (dropped.size === 0 && added.length === 0) return edits;
  const pad = ' '.repeat(col);
  const parts: Part[] = [
    ...map.items.flatMap((_, item) => (dropped.has(item) ? [] : [{ item }])),
    ...added.map(([k, v]) => ({ text: `${pad}${renderKey(k)}:${renderAddedValue(v, col, ctx)}` })),
  ];
  const spans = itemSpans(
    ctx.src,
    offsets.map((o) => o.start),
    map.items.map((p) => contentEnd(p.value, contentEnd(p.key, 0))),
    col,
  );
  return [rebuildCollection(ctx.src, spans, col, parts, edits, ctx.eol)];
}

/** The slot after the `-` at offset `dash`. */
function dashSlot(dash: number, ctx: Patching): Slot {
  return {
    indicatorEnd: dash + 1,
    prefix: ' ',
    render: (v) => ` ${renderAfterDash(v, columnOf(ctx.src, dash), ctx.style)}`,
  };
}

/** Edits for a block sequence: matched items patched in place; any move, removal or addition rebuilds it from its items' texts. */
function patchSeq(
  seq: YAMLSeq,
  oldV: unknown[],
  newV: unknown[],
  ctx: Patching,
): Edit[] | undefined {
  const dashes = dashOffsets(seq);
  if (!dashes || dashes.length === 0 || dashes.length !== oldV.length) return undefined;
  const col = columnOf(ctx.src, dashes[0]);
  const match = matchItems(oldV, newV);
  const edits = match.flatMap((j, i) =>
    j < 0 ? [] : patchNode(seq.items[j], oldV[j], newV[i], dashSlot(dashes[j], ctx), ctx),
  );
  if (newV.length === oldV.length && match.every((j, i) => j === i)) return edits;
  const parts: Part[] = match.map((j, i) =>
    j >= 0 ? { item: j } : { text: renderItem(newV[i], col, ctx) },
  );
  const spans = itemSpans(
    ctx.src,
    dashes,
    seq.items.map((n, j) => contentEnd(n, dashes[j] + 1)),
    col,
  );
  return [rebuildCollection(ctx.src, spans, col, parts, edits, ctx.eol)];
}

/** How {@link patchDocument} may edit. */
export interface PatchMode {
  /** Write the document's content anew (comments before it stay), for when in-place edits cannot be trusted. */
  readonly whole?: boolean;
  /**
   * Anchored nodes whose edited text would change what their aliases read: every alias of
   * one is written out as its new value, and a merge of one makes its mapping written anew.
   */
  readonly dirty?: ReadonlySet<Node>;
}

/** Edits turning a parsed document (plain value `oldV`) into `newV`. */
export function patchDocument(
  doc: SyntaxTree,
  oldV: unknown,
  newV: unknown,
  ctx: PatchContext,
  mode: PatchMode = {},
): Edit[] {
  const root = doc.contents as Node | null;
  const start = root?.range ? root.range[0] : doc.range[1];
  const wasFlow = (isMap(root) || isSeq(root)) && root.flow === true;
  const slot: Slot = {
    indicatorEnd: start,
    prefix: '',
    render(v) {
      const text =
        wasFlow && typeof v === 'object' && v !== null
          ? (keptFlow(root, v) ?? renderFlow(v))
          : renderBlock(v, 0, ctx.style);
      // An empty document's value would start right after `---`: put it on its own line.
      return start > 0 && ctx.src[start - 1] !== '\n' && oldV === null ? `\n${text}` : text;
    },
  };
  const patching: Patching = {
    ...ctx,
    donors: collectDonors(root, oldV, newV, ctx.src),
    ...aliasView(root, newV, mode.dirty ?? new Set()),
  };
  return mode.whole === true
    ? [replaceInSlot(root, newV, slot, patching)]
    : patchNode(root, oldV, newV, slot, patching);
}
