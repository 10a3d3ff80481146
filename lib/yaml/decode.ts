/**
 * A parsed document's plain value as go-yaml v2 decodes it into `interface{}` (so as
 * sigs.k8s.io/yaml, and `istioctl kube-inject`, read a manifest): aliases expanded, and merge
 * keys (`<<:`) applied where go-yaml applies them (gopkg.in/yaml.v2 decode.go, `mapping` and
 * `merge`). `yaml`'s own `toJS` lets an explicit key win over a merged one wherever it is
 * written; go-yaml writes a mapping's entries in order, a merge among them, so a merged value
 * replaces a key written before the `<<:` and a key written after it replaces the merged one.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Anchors } from './anchors.js';
import { COLLECTION_KEY, SELF_ALIAS } from './hazards.js';

/** Why a tree has no plain value, and the node to place the message at. */
export interface DecodeProblem {
  readonly message: string;
  readonly node: unknown;
}

/** What a tree decodes to: its value, or the first problem met (in document order). */
export type Decoded = { readonly value: unknown } | { readonly problem: DecodeProblem };

/** go-yaml's words for a merge whose value is not a mapping, an alias of one, or a sequence of those. */
export const MERGE_NOT_MAP = 'map merge requires map or sequence of maps as the value';

/** Thrown inside the walk and caught once in {@link decodePlain}: a problem ends the decoding. */
class Stop extends Error {
  constructor(readonly problem: DecodeProblem) {
    super(problem.message);
  }
}

/** Whether a mapping key is a merge key: a plain `<<` (or one tagged `!!merge`), as `yaml` resolves it in YAML 1.1. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

/** Sets `key` of a plain map as an own property (`__proto__` too, which assignment would not). */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(map, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else map[key] = value;
}

/**
 * The mappings a merge's value brings in, in the order written. An alias must name a
 * mapping, checked (as go-yaml checks it) both for the node it names and for the last node
 * its name anchors; anything else is refused at the node that is not a mapping.
 */
function mergeSources(pair: Pair, anchors: Anchors): Node[] {
  const source = (node: unknown): Node => {
    if (isMap(node)) return node;
    if (isAlias(node) && isMap(anchors.target.get(node)) && isMap(anchors.last.get(node.source)))
      return node;
    // An empty value (`<<:`) has no text of its own: the problem is placed at its key.
    const empty = isScalar(node) && node.range?.[0] === node.range?.[1];
    throw new Stop({ message: MERGE_NOT_MAP, node: empty ? pair.key : node });
  };
  return isSeq(pair.value) ? pair.value.items.map(source) : [source(pair.value)];
}

/**
 * The plain value of the tree under `root`: scalars as `yaml` typed them (YAML 1.1, see
 * schema.ts), mappings as objects with string keys, aliases as their anchor's value (the same
 * object each time, as `toJS` gives it). Expects a tree whose aliasing is within bounds
 * (hazards.ts): expansion is not limited here.
 */
export function decodePlain(root: unknown, anchors: Anchors): Decoded {
  const done = new Map<Node, unknown>();
  const decoding = new Set<Node>();

  const alias = (node: Alias): unknown => {
    const target = anchors.target.get(node);
    if (target === undefined)
      throw new Stop({ message: `unknown anchor '${node.source}' referenced`, node });
    if (decoding.has(target)) throw new Stop({ message: SELF_ALIAS, node });
    return done.has(target) ? done.get(target) : decode(target);
  };

  const key = (node: unknown): string => {
    const v = decode(node);
    // As `yaml` makes an object key of a scalar: null is "", anything else its string.
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw new Stop({ message: COLLECTION_KEY, node });
  };

  const mapping = (node: YAMLMap): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      if (isMergeKey(pair.key)) {
        // go-yaml applies a sequence's mappings from the last to the first, so the earlier
        // ones win: the same as applying them in order, each key from the first that has it.
        const merged = new Set<string>();
        for (const source of mergeSources(pair, anchors))
          for (const [k, v] of Object.entries(decode(source) as Record<string, unknown>))
            if (!merged.has(k)) {
              merged.add(k);
              setKey(out, k, v);
            }
      } else {
        setKey(out, key(pair.key), decode(pair.value));
      }
    }
    return out;
  };

  const decode = (node: unknown): unknown => {
    if (isAlias(node)) return alias(node);
    if (isScalar(node)) return scalar(node.value);
    if (!isMap(node) && !isSeq(node)) return null;
    // Only an anchored collection can be named by an alias inside it, and only its value is asked for again.
    const anchored = node.anchor !== undefined;
    if (anchored) decoding.add(node);
    const value = isMap(node) ? mapping(node) : node.items.map(decode);
    if (anchored) {
      decoding.delete(node);
      done.set(node, value);
    }
    return value;
  };

  try {
    return { value: decode(root) };
  } catch (e) {
    if (e instanceof Stop) return { problem: e.problem };
    throw e;
  }
}

/** The plain value of the tree under `root` ({@link decodePlain}), or undefined where it has none. */
export function decodedValue(root: unknown, anchors: Anchors): unknown {
  const decoded = decodePlain(root, anchors);
  return 'value' in decoded ? decoded.value : undefined;
}

/** A scalar's JS value; `yaml` may give a big integer, which JSON (so Kubernetes) reads as a number. */
function scalar(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}
