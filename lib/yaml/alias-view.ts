/**
 * What patching a document asks about its aliases and merges, worked out only when asked
 * (most documents have neither): a node's plain value, whether an alias's anchor must not be
 * read through, and whether an alias will read its new value from its anchor as it is.
 */
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { isJsonMap } from '../go/json-map.js';
import { anchorsOf, type Anchors } from './anchors.js';
import { decodedValue, isMergeKey } from './decode.js';
import { deepEqual } from './match.js';
import { someInTree } from './nodes.js';

/** The questions (see the module comment). */
export interface AliasView {
  /** A node's plain value as the document reads it (aliases expanded, merges applied). */
  readonly plainOf: (node: unknown) => unknown;
  /** Whether a node is, or holds, an alias whose anchor the patch must not be read through. */
  readonly readsDirty: (node: unknown) => boolean;
  /** Whether the node `alias` names is where the new document has `value` (so the alias can stay). */
  readonly anchorBecomes: (alias: unknown, value: unknown) => boolean;
}

/** Where each anchored node sits in the document's value, for those reached by keys and indexes alone (not inside a merge). */
function anchorPaths(root: unknown): Map<unknown, (string | number)[]> {
  const paths = new Map<unknown, (string | number)[]>();
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (isAlias(node)) return;
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor) paths.set(node, path);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    if (!isMap(node)) return;
    for (const pair of node.items)
      if (isScalar(pair.key) && !isMergeKey(pair.key))
        walk(pair.value, [...path, keyText(pair.key.value)]);
  };
  walk(root, []);
  return paths;
}

/** A scalar key as the plain value names it (decode.ts): null is "", a number or a boolean its string. */
function keyText(key: unknown): string {
  if (typeof key === 'string') return key;
  return typeof key === 'number' || typeof key === 'boolean' ? String(key) : '';
}

/** The value at `path` in a plain value, or undefined. */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === 'number') v = v[step];
    else if (isJsonMap(v) && Object.hasOwn(v, step)) v = v[step];
    else return undefined;
  }
  return v;
}

/** The view of the tree under `root` being patched to `newV`, with `dirty` anchored nodes not to be read through. */
export function aliasView(root: unknown, newV: unknown, dirty: ReadonlySet<Node>): AliasView {
  let anchors: Anchors | undefined;
  let paths: Map<unknown, (string | number)[]> | undefined;
  const anchorsOfRoot = () => (anchors ??= anchorsOf(root));
  const targetOf = (n: unknown) => (isAlias(n) ? anchorsOfRoot().target.get(n) : undefined);
  const plain = new Map<unknown, unknown>();
  const isDirtyAlias = (n: unknown): boolean => {
    const target = targetOf(n);
    return target !== undefined && dirty.has(target);
  };
  return {
    plainOf: (node) => {
      if (!plain.has(node)) plain.set(node, decodedValue(node, anchorsOfRoot()) ?? null);
      return plain.get(node);
    },
    readsDirty: (node) => dirty.size > 0 && someInTree(node, isDirtyAlias),
    anchorBecomes: (alias, value) => {
      const path = (paths ??= anchorPaths(root)).get(targetOf(alias));
      return path !== undefined && deepEqual(valueAt(newV, path), value);
    },
  };
}
