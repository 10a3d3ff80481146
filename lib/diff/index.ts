/** Unified diffs of edited texts (`kinject --diff`). */
export {
  unifiedDiff,
  COLOUR_PALETTE,
  DIFF_CONTEXT,
  PLAIN_PALETTE,
  type DiffPalette,
  type TextEdit,
} from './unified.js';
