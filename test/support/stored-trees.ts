/**
 * Stored parse trees that the build could not have made, for tests that must tell whether a
 * run used stored trees at all (lib/template/parse/stored.ts).
 */
import { istioFuncs } from '../../lib/funcs/istio.js';
import { sprigFuncs } from '../../lib/funcs/sprig.js';
import { Tree } from '../../lib/template/parse/parse.js';
import { storeTrees, type StoredTrees } from '../../lib/template/parse/stored.js';
import { Template } from '../../lib/template/template.js';

/**
 * The trees of injection template text `other` stored as if parsed from `text`: reviving them
 * over `text` runs `other`. Keep `other` the same length as `text`, changed in place, so that
 * every node stays where it is; a changed node then keeps its own string (only strings that
 * are the text's own are stored as positions).
 */
export function storedAgainst(other: string, text: string): StoredTrees {
  const parsed = new Template('inject').funcs(sprigFuncs).funcs(istioFuncs).parse(other);
  const trees = parsed.templates().map((o) => {
    const tree = new Tree(o.name, 'inject', text);
    tree.root = o.tree;
    return tree;
  });
  return storeTrees('inject', trees);
}
