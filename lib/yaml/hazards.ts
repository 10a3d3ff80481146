/**
 * What a parsed YAML document must not do before kinject turns it into plain values, checked
 * on the syntax tree (never on the expanded value, which is what an alias bomb attacks):
 *
 * - use a collection as a key, which JSON (so Kubernetes) cannot hold;
 * - repeat a key in one mapping: kubectl (go-yaml v3, as kustomize reads manifests) refuses
 *   that with `mapping key "name" already defined at line 4`, where silently keeping the last
 *   one would inject a pod the user did not write;
 * - tag a scalar with a type its text is not (`!!int abc`: lib/yaml/tag-hazards.ts);
 * - expand aliases past go-yaml's bound ("document contains excessive aliasing"), so that a
 *   few hundred bytes cannot become gigabytes.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { quote } from '../go/strconv.js';
import { KinjectError, type Location } from '../errors.js';
import type { LinePositions } from './read.js';
import { tagProblem } from './tag-hazards.js';
import { anchorsOf, type Anchors } from './anchors.js';

/** A node of `yaml`'s tree, as the checks walk it. */
type TreeNode = unknown;

/** Where a node starts, or undefined for a node without a range. */
function startOf(node: TreeNode, lines: LinePositions): Location['pos'] {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]) : undefined;
}

/** A key's text as go-yaml compares keys (scalar value; collections are not compared). */
function keyText(key: TreeNode): string | undefined {
  if (!isScalar(key)) return undefined;
  const source = (key as { source?: unknown }).source;
  return typeof source === 'string' ? source : String(key.value);
}

/**
 * What a mapping key that is itself a mapping or a sequence (`? {a: 1}`) gets: JSON, and so a
 * Kubernetes object, has only string keys, and kubectl (sigs.k8s.io/yaml) refuses the document.
 */
export const COLLECTION_KEY =
  'a mapping key that is a mapping or a sequence: a Kubernetes object takes only scalar keys';

/** Every mapping's first repeated key, every collection as a key, and every scalar its tag does not fit, in document order. */
function treeProblems(root: TreeNode, lines: LinePositions, where: Location): KinjectError[] {
  const errors: KinjectError[] = [];
  const visit = (node: TreeNode): void => {
    if (isMap(node)) {
      const seen = new Map<string, TreeNode>();
      for (const pair of node.items) {
        const text = keyText(pair.key);
        const first = text === undefined ? undefined : seen.get(text);
        if (text !== undefined && first !== undefined) {
          const line = startOf(first, lines)?.line ?? 0;
          errors.push(
            new KinjectError(
              'YAML_PARSE',
              `mapping key ${quote(text)} already defined at line ${line}`,
              { ...where, pos: startOf(pair.key, lines) },
            ),
          );
        } else if (text !== undefined) {
          seen.set(text, pair.key);
        } else if (isMap(pair.key) || isSeq(pair.key)) {
          errors.push(
            new KinjectError('YAML_PARSE', COLLECTION_KEY, {
              ...where,
              pos: startOf(pair.key, lines),
            }),
          );
        }
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    } else {
      const tag = tagProblem(node, lines, where);
      if (tag !== undefined) errors.push(tag);
    }
  };
  visit(root);
  return errors;
}

/**
 * go-yaml's allowedAliasRatio: how much of what is decoded may come from alias expansion,
 * 99% for small documents, scaling down to 10% for very large ones.
 */
function allowedAliasRatio(decoded: number): number {
  const low = 400_000;
  const high = 4_000_000;
  if (decoded <= low) return 0.99;
  if (decoded >= high) return 0.1;
  return 0.99 - 0.89 * ((decoded - low) / (high - low));
}

/**
 * The first alias whose expansion breaks go-yaml's aliasing bound, or undefined. Sizes of
 * anchored nodes are computed once each, so a bomb costs its text's size, not its expansion.
 */
function excessiveAlias(doc: Document.Parsed, anchors: Anchors): TreeNode {
  const sizes = new Map<TreeNode, number>();
  const inProgress = new Set<TreeNode>();
  /** Nodes decoding `node` visits, aliases expanded (keys and values count, as in go-yaml). */
  const size = (node: TreeNode): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // An anchor holding an alias to itself is reported elsewhere; count it once here.
    if (inProgress.has(node)) return 1;
    inProgress.add(node);
    let n = 1;
    if (isAlias(node)) n += size(anchors.target.get(node));
    else if (isMap(node)) for (const p of node.items) n += size(p.key) + size(p.value);
    else if (isSeq(node)) for (const item of node.items) n += size(item);
    else if (isPair(node)) n += size(node.key) + size(node.value);
    inProgress.delete(node);
    sizes.set(node, n);
    return n;
  };
  let decoded = 0;
  let aliased = 0;
  const walk = (node: TreeNode): TreeNode => {
    if (node === null || node === undefined) return undefined;
    decoded++;
    if (isAlias(node)) {
      const expanded = size(anchors.target.get(node));
      decoded += expanded;
      aliased += expanded;
      // Within one expansion the ratio only grows, so its end is where go-yaml would stop.
      const excessive =
        aliased > 100 && decoded > 1000 && aliased / decoded > allowedAliasRatio(decoded);
      return excessive ? node : undefined;
    }
    if (isMap(node)) {
      for (const p of node.items) {
        const found = walk(p.key) ?? walk(p.value);
        if (found !== undefined) return found;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const found = walk(item);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents);
}

/** The problems of one parsed document that make it unusable (placed at `where` plus the node). */
export function documentHazards(
  doc: Document.Parsed,
  anchors: Anchors,
  lines: LinePositions,
  where: Location,
): KinjectError[] {
  const keys = treeProblems(doc.contents, lines, where);
  if (keys.length > 0) return keys;
  return aliasHazards(doc, lines, where, anchors);
}

/**
 * The aliasing problem of a parsed document, if any: an alias past go-yaml's bound. Checked
 * before the document becomes plain values (configuration texts too, which may repeat keys).
 */
export function aliasHazards(
  doc: Document.Parsed,
  lines: LinePositions,
  where: Location,
  anchors: Anchors = anchorsOf(doc.contents),
): KinjectError[] {
  const alias = excessiveAlias(doc, anchors);
  if (alias === undefined) return [];
  return [
    new KinjectError('YAML_PARSE', 'document contains excessive aliasing', {
      ...where,
      pos: startOf(alias, lines),
    }),
  ];
}

/** What go-yaml says of an anchored collection holding an alias to itself. */
export const SELF_ALIAS = 'an anchor’s value contains an alias to itself';

/** Whether a plain value is circular (an anchored collection holding an alias to itself). */
export function containsItself(v: unknown, ancestors: Set<object> = new Set()): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (ancestors.has(v)) return true;
  ancestors.add(v);
  const found = Object.values(v).some((x) => containsItself(x, ancestors));
  ancestors.delete(v);
  return found;
}

/**
 * How deep a document may nest. go-yaml and encoding/json stop at 10000; kinject's recursive
 * stages (merge, round-trip, views) run out of JavaScript stack at a few thousand, so the
 * bound is lower, and still far past any real manifest (CRD schemas nest a few dozen deep).
 */
export const MAX_NESTING = 500;

/** Whether anything in `value` sits `limit` levels deep (walked without recursion, and without paths). */
function nestsAsDeepAs(value: unknown, limit: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  for (let depth = depths.pop(); depth !== undefined; depth = depths.pop()) {
    const v = values.pop();
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) {
      values.push(x);
      depths.push(depth + 1);
    }
  }
  return false;
}

/** The path to the first value nested deeper than MAX_NESTING, or undefined (walked without recursion). */
export function tooDeep(value: unknown): (string | number)[] | undefined {
  // Every document is checked and almost none is too deep: only then are paths built.
  if (!nestsAsDeepAs(value, MAX_NESTING)) return undefined;
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { v, path } = top;
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_NESTING) return path;
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v);
    for (const [k, x] of entries.reverse()) stack.push({ v: x, path: [...path, k] });
  }
  return undefined;
}

/** Throws KinjectError('YAML_PARSE') at the first value nested deeper than MAX_NESTING. */
export function assertNesting(value: unknown): void {
  const path = tooDeep(value);
  if (path !== undefined)
    throw new KinjectError('YAML_PARSE', `document nests deeper than ${MAX_NESTING} levels`, {
      path,
    });
}
