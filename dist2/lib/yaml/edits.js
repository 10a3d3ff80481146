/**
 * Text edits on a source string, and the line arithmetic they need. Edits use absolute offsets
 * into the whole stream text; a document's edits never overlap.
 */
/** The offset just past the line that `pos` is on (past its `\n`), or `pos` itself when it already starts a line. */
function lineEndAfter(src, pos) {
    if (pos > 0 && src[pos - 1] === '\n')
        return pos;
    const nl = src.indexOf('\n', pos);
    return nl < 0 ? src.length : nl + 1;
}
/** 0-based column of `pos` (characters since the line start). */
export function columnOf(src, pos) {
    const lineStart = src.lastIndexOf('\n', pos - 1) + 1;
    // A byte-order mark is not a column.
    return pos - lineStart - (lineStart === 0 && pos > 0 && src.startsWith('\ufeff') ? 1 : 0);
}
/** Whether rendered text holds a block scalar: its last line must then be ended, even at the end of the text (`|+` keeps blank lines; clip needs the break). */
export function holdsBlockScalar(text) {
    return /(?:^|\s)\|[-+]?\r?\n/.test(text);
}
/** The text of `[from, to)` with the edits that lie inside it applied. */
export function applyEdits(src, from, to, edits) {
    const inside = edits
        .filter((e) => e.start >= from && e.end <= to)
        .sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = from;
    for (const e of inside) {
        out += src.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + src.slice(at, to);
}
/** Where the comment lines right above the item at `start` begin (they must be at column `col`), or `start` if there are none. */
function leadingCommentsStart(src, start, col) {
    let lineStart = start - columnOf(src, start);
    if (lineStart !== start - col || !/^[ \t]*$/.test(src.slice(lineStart, start)))
        return start;
    let found = start;
    while (lineStart > 0) {
        const prev = src.lastIndexOf('\n', lineStart - 2) + 1;
        if (!new RegExp(`^ {${col}}#`).test(src.slice(prev, lineStart)))
            break;
        found = lineStart = prev;
    }
    return found;
}
/**
 * The text spans of a block collection's items: item `i` spans from the end of the item before
 * (so its leading comment lines go with it; for the first item, from its own comment lines just
 * above, or from the item itself) to the end of the line its content ends on.
 */
export function itemSpans(src, starts, contentEnds, col) {
    const first = starts[0] ?? 0;
    const regionStart = leadingCommentsStart(src, first, col);
    let from = regionStart;
    const spans = contentEnds.map((e) => {
        const span = { start: from, end: lineEndAfter(src, e) };
        from = span.end;
        return span;
    });
    return { spans, firstInline: regionStart === first && columnOf(src, first) !== 0 };
}
/** The text of item `i` (edits inside applied), starting at a line start with its indentation. */
export function spanText(src, items, i, col, edits) {
    const span = items.spans[i];
    if (!span)
        return '';
    const text = applyEdits(src, span.start, span.end, edits);
    return i === 0 && items.firstInline ? ' '.repeat(col) + text : text;
}
/**
 * Rebuilds a block collection from its items' texts (see `itemSpans`): `parts` say what the new
 * collection holds, in order. Returns one edit over the whole collection.
 */
export function rebuildCollection(src, items, col, parts, edits, eol) {
    const regionStart = items.spans[0]?.start ?? 0;
    const regionEnd = items.spans[items.spans.length - 1]?.end ?? regionStart;
    // Old items end their last line unless they end the text; new texts never do.
    const texts = parts.map((p) => 'item' in p ? spanText(src, items, p.item, col, edits).replace(/(?<!\n)$/, eol) : p.text + eol);
    let out = texts.join('');
    // The collection starts where its first item did: the first line's indentation is already there.
    if (items.firstInline)
        out = out.replace(/^(?:[ \t]*\r?\n)*[ \t]*/, '');
    const last = parts[parts.length - 1];
    const keepBreak = last !== undefined && 'text' in last && holdsBlockScalar(last.text);
    if (!src.slice(regionStart, regionEnd).endsWith('\n') && !keepBreak)
        out = out.replace(/\r?\n$/, '');
    return { start: regionStart, end: regionEnd, text: out };
}
//# sourceMappingURL=edits.js.map