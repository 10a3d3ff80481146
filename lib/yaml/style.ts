/** Detecting how a document is laid out, so new content looks like the rest of it. */
import { isMap, isNode, isPair, isSeq } from 'yaml';
import { columnOf } from './edits.js';
import { DEFAULT_STYLE, type Style } from './emit.js';
import { someInTree } from './nodes.js';
import type { SyntaxTree } from './read.js';

/** The indentation step and sequence style of the first nested block map / block sequence under a key (defaults otherwise). */
export function detectStyle(doc: SyntaxTree, src: string): Style {
  let step: number | undefined;
  let indentSeq: boolean | undefined;
  someInTree(doc.contents, (pair) => {
    if (!isPair(pair)) return false;
    const { key, value } = pair;
    // Only block collections under a key tell: columns are worked out for those alone.
    const map = step === undefined && isMap(value) && !value.flow;
    const seq = indentSeq === undefined && isSeq(value) && !value.flow;
    if (!(map || seq) || !isNode(key) || !key.range || !value.range) return false;
    const keyCol = columnOf(src, key.range[0]);
    const valueCol = columnOf(src, value.range[0]);
    if (map && valueCol > keyCol) step = valueCol - keyCol;
    if (seq) indentSeq = valueCol > keyCol;
    return step !== undefined && indentSeq !== undefined;
  });
  return { step: step ?? DEFAULT_STYLE.step, indentSeq: indentSeq ?? DEFAULT_STYLE.indentSeq };
}
