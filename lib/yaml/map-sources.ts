/**
 * Where each key of a block mapping gets its value, as go-yaml applies the mapping's entries
 * (decode.ts): its own pair, or a merge (`<<:`). Editing a mapping that merges needs to know
 * which text to change: a merged value written in an anchor elsewhere is not this mapping's
 * to edit.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { simpleKeys } from './nodes.js';

/** What gives a key its value: the map's own pair `item`, or the merge at pair `item`. */
export type KeySource =
  | { readonly kind: 'own'; readonly item: number }
  /** `inline`: the merged mapping is the merge's value itself (`<<: {a: 1}` or `<<: &x` + block), written here. */
  | { readonly kind: 'merged'; readonly item: number; readonly inline: boolean };

/** The sources of a block mapping's keys. */
export interface MapSources {
  /** Each pair's key, null for a merge. */
  readonly keys: readonly (string | null)[];
  /** For each key of the mapping's value, what gives it (the last writer, as go-yaml writes in order). */
  readonly winners: ReadonlyMap<string, KeySource>;
  /** Keys some merge brings in, whether or not it wins them. */
  readonly merged: ReadonlySet<string>;
  /** The pairs that are merges. */
  readonly merges: readonly number[];
}

/** The mappings a merge's value brings in (aliases as themselves), in the order written. */
function mergedNodes(value: unknown): unknown[] {
  return isSeq(value) ? value.items : [value];
}

/**
 * The sources of `map`'s keys, or undefined when its keys are not distinct scalars. `plainOf`
 * gives a merged node's plain value (an alias's: its anchor's).
 */
export function mapSources(
  map: YAMLMap,
  plainOf: (node: unknown) => unknown,
): MapSources | undefined {
  const keys = simpleKeys(map);
  if (keys === undefined) return undefined;
  const winners = new Map<string, KeySource>();
  const merged = new Set<string>();
  const merges: number[] = [];
  keys.forEach((key, item) => {
    if (key !== null) {
      winners.set(key, { kind: 'own', item });
      return;
    }
    merges.push(item);
    const value = map.items[item].value;
    const inline = isMap(value);
    // Within one merge the first mapping that has a key gives it.
    const seen = new Set<string>();
    for (const node of mergedNodes(value)) {
      const plain = plainOf(node);
      if (plain === null || typeof plain !== 'object') continue;
      for (const k of Object.keys(plain)) {
        if (seen.has(k)) continue;
        seen.add(k);
        merged.add(k);
        winners.set(k, { kind: 'merged', item, inline });
      }
    }
  });
  return { keys, winners, merged, merges };
}
