/** Unified diffs of edited texts (`kinject --diff`). */
export { unifiedDiff, COLOUR_PALETTE, DIFF_CONTEXT, PLAIN_PALETTE, } from './unified.js';
//# sourceMappingURL=index.js.map