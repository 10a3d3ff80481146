/**
 * Which node each alias of a parsed document names, found in one walk in document order:
 * `yaml`'s `Alias.resolve(doc)` walks the whole document for every alias it resolves, which
 * costs a document with many aliases its size times their number.
 */
import { isAlias, isMap, isNode, isPair, isSeq, type Alias, type Node } from 'yaml';

/** The anchors of a document, as aliases and merge keys read them. */
export interface Anchors {
  /** For each alias, the node its name was last anchored to before it (undefined: none was). */
  readonly target: ReadonlyMap<Alias, Node | undefined>;
  /** For each anchor name, the last node of the document that holds it. */
  readonly last: ReadonlyMap<string, Node>;
  /** Every anchored node, in document order. */
  readonly anchored: readonly Node[];
}

/** The anchors and alias targets of the tree under `root`. */
export function anchorsOf(root: unknown): Anchors {
  const target = new Map<Alias, Node | undefined>();
  const current = new Map<string, Node>();
  const anchored: Node[] = [];
  const visit = (node: unknown): void => {
    if (isAlias(node)) {
      target.set(node, current.get(node.source));
      return;
    }
    // An anchor is in force from its own node on: an alias inside the node names the node itself.
    if (isNode(node) && node.anchor) {
      current.set(node.anchor, node);
      anchored.push(node);
    }
    if (isMap(node)) {
      for (const pair of node.items) visit(pair);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    } else if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    }
  };
  visit(root);
  // After the walk, each name holds the last node anchored with it.
  return { target, last: current, anchored };
}

/** What a document without aliases has to look up: nothing. */
const NO_ALIASES: Anchors = { target: new Map(), last: new Map(), anchored: [] };

/**
 * {@link anchorsOf} for decoding and the aliasing bound, which ask only about aliases: a
 * document whose text (`[from, to)` of `text`) holds no `*` has none, and its tree is not
 * walked (most documents; every parsed one is read this way).
 */
export function aliasAnchors(root: unknown, text: string, from: number, to: number): Anchors {
  const star = text.indexOf('*', from);
  return star >= 0 && star < to ? anchorsOf(root) : NO_ALIASES;
}
