/**
 * Unified diffs of a text and its edited stretches, in the form `git apply` and `patch -p1`
 * accept: `--- a/NAME` / `+++ b/NAME` headers, hunks with the file's own line numbers.
 * Only the edited stretches are diffed (a YAML stream's changed documents), which keeps a
 * large stream with a few changes cheap: a whole-file diff of it is tens of times slower.
 */
import { structuredPatch } from 'diff';
import type { Edit } from '../yaml/edits.js';

/** A stretch `[start, end)` of the old text replaced by `text`. */
export type TextEdit = Edit;

/** How each kind of diff line is written; identity when there is no colour. */
export interface DiffPalette {
  header(line: string): string;
  hunk(line: string): string;
  removed(line: string): string;
  added(line: string): string;
}

/** Lines of context around each change, as git and diff -u use. */
export const DIFF_CONTEXT = 3;

const plain = (line: string): string => line;

/** No colour. */
export const PLAIN_PALETTE: DiffPalette = {
  header: plain,
  hunk: plain,
  removed: plain,
  added: plain,
};

const sgr =
  (code: string) =>
  (line: string): string =>
    `\u001b[${code}m${line}\u001b[m`;

/** git's default colours: bold headers, cyan hunk ranges, red removals, green additions. */
export const COLOUR_PALETTE: DiffPalette = {
  header: sgr('1'),
  hunk: sgr('36'),
  removed: sgr('31'),
  added: sgr('32'),
};

/** A hunk with 1-based first lines (before the unified format's "0 when empty" quirk). */
interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

/** Offsets where each line of `text` starts (a final empty line included when text ends in a newline). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** 0-based index of the line holding `offset`. */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of lines a stretch of text spans (a last line without newline counts). */
function lineCount(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return text === '' || text.endsWith('\n') ? n : n + 1;
}

/** The edit widened to whole lines, so that its hunks line up with the file's lines. */
function toWholeLines(old: string, starts: readonly number[], edit: TextEdit): TextEdit {
  const start = starts[lineIndexOf(starts, edit.start)] ?? 0;
  const endLine = lineIndexOf(starts, edit.end);
  const end = (starts[endLine] ?? 0) === edit.end ? edit.end : (starts[endLine + 1] ?? old.length);
  return {
    start,
    end,
    text: old.slice(start, edit.start) + edit.text + old.slice(edit.end, end),
  };
}

/**
 * Past this many lines (old and new together), an edit is cut at the lines it keeps before it
 * is diffed: Myers' diff takes time in the lines times the changes it finds, and one `kind:
 * List` of 2,000 injected workloads (one edit of ~800,000 lines) ran for hours.
 */
const CUT_ABOVE = 4000;

/** A text's lines, each with its line break (the last may have none). */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** The indices `i` of a longest run of pairs whose `b` grow with `i` (patience sorting). */
function longestIncreasing(pairs: readonly (readonly [number, number])[]): number[] {
  const tails: number[] = []; // for each length, the pair ending the best run of it
  const before = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, b], i) => {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < b) lo = mid + 1;
      else hi = mid;
    }
    before[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const run: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = before[i] ?? -1) run.push(i);
  return run.reverse();
}

/**
 * A large whole-line edit as the smaller edits between the lines it keeps: lines that occur
 * once in the old stretch and once in the new, in the same order (patience diff's anchors).
 * Each piece is then diffed alone; together they make the same change.
 */
function cutAtKeptLines(old: string, edit: TextEdit): TextEdit[] {
  const a = linesOf(old.slice(edit.start, edit.end));
  const b = linesOf(edit.text);
  if (a.length + b.length <= CUT_ABOVE) return [edit];
  const count = (lines: readonly string[]) => {
    const n = new Map<string, number>();
    for (const l of lines) n.set(l, (n.get(l) ?? 0) + 1);
    return n;
  };
  const [inA, inB] = [count(a), count(b)];
  const whereInB = new Map(b.map((l, j) => [l, j]));
  const pairs = a.flatMap((l, i): [number, number][] =>
    inA.get(l) === 1 && inB.get(l) === 1 ? [[i, whereInB.get(l) ?? 0]] : [],
  );
  const pieces: TextEdit[] = [];
  let [i, j, at] = [0, 0, edit.start];
  for (const k of [...longestIncreasing(pairs), -1]) {
    const [ai, bj] = k < 0 ? [a.length, b.length] : (pairs[k] ?? [a.length, b.length]);
    const end = at + a.slice(i, ai).join('').length;
    pieces.push({ start: at, end, text: b.slice(j, bj).join('') });
    at = end + (a[ai]?.length ?? 0);
    [i, j] = [ai + 1, bj + 1];
  }
  return pieces;
}

/** The hunks of every edit, numbered as lines of the whole file, in order. */
function fileHunks(old: string, starts: readonly number[], edits: readonly TextEdit[]): Hunk[] {
  const hunks: Hunk[] = [];
  let shift = 0; // new-file lines minus old-file lines so far
  const pieces = [...edits]
    .sort((a, b) => a.start - b.start)
    .flatMap((raw) => cutAtKeptLines(old, toWholeLines(old, starts, raw)));
  for (const edit of pieces) {
    const before = old.slice(edit.start, edit.end);
    if (before === edit.text) continue;
    const first = lineIndexOf(starts, edit.start);
    const patch = structuredPatch('', '', before, edit.text, undefined, undefined, {
      context: DIFF_CONTEXT,
    });
    for (const h of patch.hunks) {
      hunks.push({ ...h, oldStart: h.oldStart + first, newStart: h.newStart + first + shift });
    }
    shift += lineCount(edit.text) - lineCount(before);
  }
  return hunks;
}

/** Line `line` (1-based) of the old text, without its line break. */
function lineAt(old: string, starts: readonly number[], line: number): string {
  return old.slice(starts[line - 1] ?? 0, (starts[line] ?? old.length + 1) - 1);
}

/** Join hunks whose context would touch, as diff -u does, filling the gap with the file's lines. */
function joinClose(old: string, starts: readonly number[], hunks: readonly Hunk[]): Hunk[] {
  const out: Hunk[] = [];
  for (const h of hunks) {
    const prev = out[out.length - 1];
    const prevEnd = prev === undefined ? 0 : prev.oldStart + prev.oldLines;
    if (prev === undefined || h.oldStart - prevEnd > 2 * DIFF_CONTEXT) {
      out.push({ ...h, lines: [...h.lines] });
      continue;
    }
    for (let line = prevEnd; line < h.oldStart; line++)
      prev.lines.push(` ${lineAt(old, starts, line)}`);
    prev.lines.push(...h.lines);
    prev.oldLines = h.oldStart + h.oldLines - prev.oldStart;
    prev.newLines = h.newStart + h.newLines - prev.newStart;
  }
  return out;
}

/** How many context lines a run of hunk lines starts with. */
function leadingContext(lines: readonly string[]): number {
  const at = lines.findIndex((l) => !l.startsWith(' '));
  return at < 0 ? lines.length : at;
}

/**
 * Give a hunk cut at a document's edge its full context from the neighbouring lines of the
 * file: `git apply` and `patch` read a hunk with less context after than before as one
 * that ends the file (and the other way round). Joined hunks are far enough apart that
 * these lines belong to no other hunk. `total` is the old text's line count.
 */
function padContext(old: string, starts: readonly number[], total: number, h: Hunk): Hunk {
  const before = Math.min(DIFF_CONTEXT - leadingContext(h.lines), h.oldStart - 1);
  const end = h.oldStart + h.oldLines; // first line after the hunk
  const trailing = h.lines.some((l) => l.startsWith('\\'))
    ? DIFF_CONTEXT
    : leadingContext([...h.lines].reverse());
  const after = Math.max(0, Math.min(DIFF_CONTEXT - trailing, total - end + 1));
  const head = Array.from(
    { length: Math.max(0, before) },
    (_, i) => ` ${lineAt(old, starts, h.oldStart - before + i)}`,
  );
  const tail = Array.from({ length: after }, (_, i) => ` ${lineAt(old, starts, end + i)}`);
  // Context that takes in a last line without a newline says so, as the edit's own lines would.
  if (after > 0 && end + after - 1 === total && !old.endsWith('\n'))
    tail.push('\\ No newline at end of file');
  const grow = head.length + after;
  return {
    oldStart: h.oldStart - head.length,
    oldLines: h.oldLines + grow,
    newStart: h.newStart - head.length,
    newLines: h.newLines + grow,
    lines: [...head, ...h.lines, ...tail],
  };
}

/** The `@@ -a,b +c,d @@` line; an empty side names the line before it, as the format wants. */
function hunkHeader(h: Hunk): string {
  const range = (start: number, lines: number) => `${lines === 0 ? start - 1 : start},${lines}`;
  return `@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`;
}

/** One content line in its colour (`\ No newline` markers stay plain). */
function paint(line: string, palette: DiffPalette): string {
  if (line.startsWith('-')) return palette.removed(line);
  if (line.startsWith('+')) return palette.added(line);
  return line;
}

/**
 * The unified diff turning `old` into `old` with `edits` applied, for a file shown as `name`
 * (`a/NAME`, `b/NAME`); '' when the edits change nothing.
 */
export function unifiedDiff(
  name: string,
  old: string,
  edits: readonly TextEdit[],
  palette: DiffPalette = PLAIN_PALETTE,
): string {
  const starts = lineStarts(old);
  const total = lineCount(old);
  const hunks = joinClose(old, starts, fileHunks(old, starts, edits)).map((h) =>
    padContext(old, starts, total, h),
  );
  if (hunks.length === 0) return '';
  const lines = [palette.header(`--- a/${name}`), palette.header(`+++ b/${name}`)];
  for (const h of hunks)
    lines.push(palette.hunk(hunkHeader(h)), ...h.lines.map((l) => paint(l, palette)));
  return `${lines.join('\n')}\n`;
}
