/** Facts about `yaml` syntax-tree nodes that editing needs: where items start, where content ends. */
import { isMap, isNode, isPair, isScalar, isSeq, type CST, type YAMLMap, type YAMLSeq } from 'yaml';
import { isMergeKey } from './decode.js';

/** The offset just past the last character of a node's content (not its trailing comment or line break). */
export function contentEnd(node: unknown, fallback: number): number {
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    return contentEnd(last.value, contentEnd(last.key, fallback));
  }
  if (isSeq(node) && !node.flow && node.items.length > 0)
    return contentEnd(node.items[node.items.length - 1], fallback);
  return isNode(node) && node.range ? node.range[1] : fallback;
}

/** Offset of the first token that is not space, newline or comment. */
function firstSignificant(tokens: readonly CST.SourceToken[]): number | undefined {
  return tokens.find((t) => t.type !== 'space' && t.type !== 'newline' && t.type !== 'comment')
    ?.offset;
}

/**
 * A block map's keys as strings, null for a merge (`<<:`), or undefined if any is another
 * kind of node or repeats.
 */
export function simpleKeys(map: YAMLMap): (string | null)[] | undefined {
  // The simple reader's keys are plain and distinct, none `<<`: it says which they are.
  const built = (map as KeysOf)[BUILT_KEYS];
  if (built !== undefined) return [...built];
  const keys = map.items.map((p) =>
    isMergeKey(p.key) ? null : isScalar(p.key) ? String(p.key.value) : undefined,
  );
  const named = keys.filter((k) => k !== null);
  const ok = named.every((k) => k !== undefined) && new Set(named).size === named.length;
  return ok ? (keys as (string | null)[]) : undefined;
}

/** Where a pair of a block map starts, and where its `:` ends. */
export interface PairOffsets {
  readonly start: number;
  readonly colonEnd: number;
}

/**
 * Offsets of trees that lib/yaml/simple-read.ts builds, which have no source tokens: kept on
 * the nodes under a key of our own rather than faked as tokens (a WeakMap beside them cost
 * more than building the node).
 */
const BUILT = Symbol('kinject.offsets');

/** The keys of a block map the simple reader built, in order (for {@link simpleKeys}). */
const BUILT_KEYS = Symbol('kinject.keys');

/** A block map the simple reader built, with its keys. */
interface KeysOf {
  [BUILT_KEYS]?: ReadonlySet<string>;
}

/** A node the simple reader built, with its offsets. */
interface Built<T> {
  [BUILT]?: T;
}

/** Records where a built block map's pairs are, and its keys (for {@link pairOffsets} and {@link simpleKeys}). */
export function recordPairOffsets(
  map: YAMLMap,
  offsets: readonly PairOffsets[],
  keys: ReadonlySet<string>,
): void {
  (map as Built<readonly PairOffsets[]>)[BUILT] = offsets;
  (map as KeysOf)[BUILT_KEYS] = keys;
}

/** Records where a built block sequence's dashes are (for {@link dashOffsets}). */
export function recordDashOffsets(seq: YAMLSeq, dashes: readonly number[]): void {
  (seq as Built<readonly number[]>)[BUILT] = dashes;
}

/** Where each pair of a block map starts, and where its `:` ends (undefined if the source tokens are not there). */
export function pairOffsets(map: YAMLMap): readonly PairOffsets[] | undefined {
  const built = (map as Built<readonly PairOffsets[]>)[BUILT];
  if (built !== undefined) return built;
  const out = map.items.map((p) => {
    const tok = p.srcToken;
    const colon = tok?.sep?.find((t) => t.type === 'map-value-ind');
    const start = tok ? (firstSignificant(tok.start) ?? tok.key?.offset) : undefined;
    return colon && start !== undefined ? { start, colonEnd: colon.offset + 1 } : undefined;
  });
  return out.every((o) => o !== undefined) ? out : undefined;
}

/** Where each item of a block sequence has its `-` (undefined if the source tokens are not there). */
export function dashOffsets(seq: YAMLSeq): readonly number[] | undefined {
  const built = (seq as Built<readonly number[]>)[BUILT];
  if (built !== undefined) return built;
  const tok = seq.srcToken;
  if (tok?.type !== 'block-seq') return undefined;
  // Comment lines after the last item can form a CST item of their own, with no `-`.
  const out = tok.items.flatMap((it) =>
    it.start.filter((t) => t.type === 'seq-item-ind').map((t) => t.offset),
  );
  return out.length === seq.items.length ? out : undefined;
}

/**
 * Whether `test` holds for `node` or anything inside it: pairs, keys, values and items, depth
 * first in document order (as `yaml`'s visit goes, aliases not followed), stopping at the
 * first. A plain walk: `visit`'s generality cost more than the checks that use it.
 */
export function someInTree(node: unknown, test: (n: unknown) => boolean): boolean {
  if (test(node)) return true;
  if (isMap(node) || isSeq(node)) return node.items.some((item) => someInTree(item, test));
  return isPair(node) && (someInTree(node.key, test) || someInTree(node.value, test));
}
