/**
 * Items that move from one sequence to another (the injector moves `istio-proxy` from
 * `containers` to `initContainers` for native sidecars). A named mapping that leaves its
 * sequence is a "donor": the sequence that gains an item of that name reuses its text
 * (comments and all), patched and re-indented, instead of writing it anew.
 */
import { isJsonArray, isJsonMap } from '../go/json-map.js';
import { isMap, isScalar, isSeq, type YAMLSeq } from 'yaml';
import { columnOf, itemSpans, type ItemSpans } from './edits.js';
import { contentEnd, dashOffsets } from './nodes.js';

/** One item that may move: its node and old value, and its text span in its old sequence. */
export interface Donor {
  readonly node: unknown;
  readonly old: unknown;
  /** Offset of its `-`. */
  readonly dash: number;
  /** Column of its sequence's dashes. */
  readonly col: number;
  readonly items: ItemSpans;
  readonly index: number;
}

/** Donors by item name; taking one removes it. */
export type DonorPool = Map<string, Donor[]>;

/** The `name` of a list item that is a mapping with a string name. */
function itemName(v: unknown): string | undefined {
  return isJsonMap(v) && typeof v.name === 'string' ? v.name : undefined;
}

/** Records the named items of one block sequence that its new value no longer has. */
function collectFromSeq(
  seq: YAMLSeq,
  oldV: unknown[],
  newV: unknown,
  src: string,
  pool: DonorPool,
): void {
  const news = Array.isArray(newV) ? newV : [];
  // Sequences are short and most keep their items: names are looked up, not indexed.
  const leaving = oldV.flatMap((old, index) => {
    const name = itemName(old);
    return name === undefined || news.some((v) => itemName(v) === name)
      ? []
      : [{ name, old, index }];
  });
  // Most sequences keep their items: their text spans are not needed.
  if (leaving.length === 0) return;
  const dashes = dashOffsets(seq);
  if (!dashes || dashes.length !== oldV.length || dashes.length === 0) return;
  const col = columnOf(src, dashes[0]);
  const items = itemSpans(
    src,
    dashes,
    seq.items.map((n, j) => contentEnd(n, dashes[j] + 1)),
    col,
  );
  for (const { name, old, index } of leaving)
    pool.set(name, [
      ...(pool.get(name) ?? []),
      { node: seq.items[index], old, dash: dashes[index], col, items, index },
    ]);
}

/** The last item named `name` (the one a map from names to items would keep). */
function lastNamed(items: readonly unknown[], name: string): unknown {
  for (let i = items.length - 1; i >= 0; i--) if (itemName(items[i]) === name) return items[i];
  return undefined;
}

/** Walks old and new values together, collecting donors from every block sequence. */
function collect(node: unknown, oldV: unknown, newV: unknown, src: string, pool: DonorPool): void {
  if (isMap(node) && !node.flow && isJsonMap(oldV)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      collect(pair.value, oldV[key], isJsonMap(newV) ? newV[key] : undefined, src, pool);
    }
  } else if (isSeq(node) && !node.flow && Array.isArray(oldV)) {
    collectFromSeq(node, oldV, newV, src, pool);
    const news = isJsonArray(newV) ? newV : [];
    node.items.forEach((item, j) => {
      const name = itemName(oldV[j]);
      const next = name === undefined ? news[j] : lastNamed(news, name);
      collect(item, oldV[j], next, src, pool);
    });
  }
}

/** All donors of a document: named items of block sequences that leave them. */
export function collectDonors(root: unknown, oldV: unknown, newV: unknown, src: string): DonorPool {
  const pool: DonorPool = new Map();
  collect(root, oldV, newV, src, pool);
  return pool;
}

/** Takes the donor for a new item with this value's name, if there is one. */
export function takeDonor(pool: DonorPool, v: unknown): Donor | undefined {
  const name = itemName(v);
  const donors = name === undefined ? undefined : pool.get(name);
  return donors?.shift();
}

/** Moves every non-empty line of `text` right (`delta` > 0) or left by `delta` columns. */
export function shiftLines(text: string, delta: number): string {
  if (delta === 0) return text;
  const lines = text.split('\n');
  return lines
    .map((line) => {
      if (line === '' || line === '\r') return line;
      return delta > 0 ? ' '.repeat(delta) + line : line.replace(new RegExp(`^ {0,${-delta}}`), '');
    })
    .join('\n');
}
