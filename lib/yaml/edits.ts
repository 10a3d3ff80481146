/**
 * Text edits on a source string, and the line arithmetic they need. Edits use absolute offsets
 * into the whole stream text; a document's edits never overlap.
 */

/** Replace `[start, end)` of the source with `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The offset just past the line that `pos` is on (past its `\n`), or `pos` itself when it already starts a line. */
export function lineEndAfter(src: string, pos: number): number {
  if (pos > 0 && src[pos - 1] === '\n') return pos;
  const nl = src.indexOf('\n', pos);
  return nl < 0 ? src.length : nl + 1;
}

/** 0-based column of `pos` (characters since the line start). */
export function columnOf(src: string, pos: number): number {
  return pos - (src.lastIndexOf('\n', pos - 1) + 1);
}

/** The text of `[from, to)` with the edits that lie inside it applied. */
export function applyEdits(src: string, from: number, to: number, edits: readonly Edit[]): string {
  const inside = edits.filter((e) => e.start >= from && e.end <= to).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = from;
  for (const e of inside) {
    out += src.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + src.slice(at, to);
}

/** Where the comment lines right above the item at `start` begin (they must be at column `col`), or `start` if there are none. */
function leadingCommentsStart(src: string, start: number, col: number): number {
  let lineStart = start - columnOf(src, start);
  if (lineStart !== start - col || !/^[ \t]*$/.test(src.slice(lineStart, start))) return start;
  let found = start;
  while (lineStart > 0) {
    const prev = src.lastIndexOf('\n', lineStart - 2) + 1;
    if (!new RegExp(`^ {${col}}#`).test(src.slice(prev, lineStart))) break;
    found = lineStart = prev;
  }
  return found;
}

/** One piece of a rebuilt block collection: an original item (by index) or new text. */
export type Part = { readonly item: number } | { readonly text: string };

/**
 * Rebuilds a block collection from its items' texts: item `i` spans from its start (first item)
 * or the end of the item before (so its leading comment lines go with it) to the end of the line its
 * content ends on. `parts` say what the new collection holds, in order; new texts are full lines
 * already indented to `col` (no line break at the end). Returns one edit over the whole collection.
 */
export function rebuildCollection(
  src: string,
  starts: readonly number[],
  contentEnds: readonly number[],
  col: number,
  parts: readonly Part[],
  edits: readonly Edit[],
  eol: string,
): Edit {
  const ends = contentEnds.map((e) => lineEndAfter(src, e));
  const first = starts[0] ?? 0;
  // The first item's own comment lines (just above it, at its column) move with it.
  const regionStart = leadingCommentsStart(src, first, col);
  const regionEnd = ends[ends.length - 1] ?? regionStart;
  const itemText = (i: number): string => {
    const from = i === 0 ? regionStart : (ends[i - 1] ?? regionStart);
    const text = applyEdits(src, from, ends[i] ?? from, edits);
    return i === 0 && regionStart === first ? ' '.repeat(col) + text : text;
  };
  // New texts never end their last line (a `|+` scalar's own blank lines are content); old items do, unless at the end of the text.
  const texts = parts.map((p) => ('item' in p ? itemText(p.item).replace(/(?<!\n)$/, eol) : p.text.replace(/\n/g, eol) + eol));
  let out = texts.join('');
  // The collection starts where its first item did: the first line's indentation is already there.
  if (regionStart === first) out = out.replace(/^(?:[ \t]*\r?\n)*[ \t]*/, '');
  if (!src.slice(regionStart, regionEnd).endsWith('\n')) out = out.replace(/\r?\n$/, '');
  return { start: regionStart, end: regionEnd, text: out };
}
