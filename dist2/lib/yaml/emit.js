/**
 * Rendering new YAML content (values that were not in the input) in block style, indented to fit
 * the document it goes into. Texts returned here never end with a line break: the caller ends lines.
 */
import { doubleQuote, fitsBlockScalar, isPlainSafe, renderBlockScalar, renderNumber, renderString, } from './scalar.js';
/** kubectl's way: 2 spaces, `key:\n- item`. */
export const DEFAULT_STYLE = { step: 2, indentSeq: false };
/** Whether `v` is a plain object (a YAML mapping), not an array or null. */
export function isPlainMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The entries of a mapping that are written out (like JSON, `undefined` means "no such key"). */
export function entriesOf(m) {
    return Object.entries(m).filter(([, v]) => v !== undefined);
}
/** `v` on one line if it fits there (scalars that are not multi-line strings, empty collections), else undefined. */
function renderInline(v) {
    if (v === null || v === undefined)
        return 'null';
    switch (typeof v) {
        case 'boolean':
            return String(v);
        case 'number':
            return renderNumber(v);
        case 'bigint':
            return String(v);
        case 'string':
            return fitsBlockScalar(v) ? undefined : renderString(v);
    }
    if (Array.isArray(v))
        return v.length === 0 ? '[]' : undefined;
    if (isPlainMap(v))
        return entriesOf(v).length === 0 ? '{}' : undefined;
    return renderString(String(v));
}
/** A mapping key (always on one line). */
export function renderKey(k) {
    return k.includes('\n') ? doubleQuote(k) : renderString(k);
}
/** What follows `key:` for value `v` when the key sits at column `keyCol`: ` scalar`, ` |` + block, or a nested block on the next lines. */
export function renderAfterKey(v, keyCol, style) {
    const inline = renderInline(v);
    if (inline !== undefined)
        return ` ${inline}`;
    if (typeof v === 'string')
        return ` ${renderBlockScalar(v, keyCol + style.step)}`;
    if (Array.isArray(v))
        return `\n${renderSeq(v, keyCol + (style.indentSeq ? style.step : 0), style)}`;
    return `\n${renderMap(v, keyCol + style.step, style)}`;
}
/** What follows `- ` for item `v` when the dash sits at column `dashCol` (nested collections start on the dash's line). */
export function renderAfterDash(v, dashCol, style) {
    const inline = renderInline(v);
    if (inline !== undefined)
        return inline;
    const col = dashCol + 2;
    if (typeof v === 'string')
        return renderBlockScalar(v, col);
    return renderBlock(v, col, style).slice(col);
}
/** `v` as a block node whose lines start at column `col` (the first line padded too). */
export function renderBlock(v, col, style) {
    if (Array.isArray(v) && v.length > 0)
        return renderSeq(v, col, style);
    if (isPlainMap(v) && entriesOf(v).length > 0)
        return renderMap(v, col, style);
    const inline = renderInline(v);
    return ' '.repeat(col) + (inline ?? renderBlockScalar(String(v), col + style.step));
}
/** A non-empty mapping, one `key: value` per line at column `col`. */
function renderMap(m, col, style) {
    const pad = ' '.repeat(col);
    return entriesOf(m)
        .map(([k, v]) => `${pad}${renderKey(k)}:${renderAfterKey(v, col, style)}`)
        .join('\n');
}
/** A non-empty sequence, one `- item` per line at column `col`. */
function renderSeq(items, col, style) {
    const pad = ' '.repeat(col);
    return items.map((v) => `${pad}- ${renderAfterDash(v, col, style)}`).join('\n');
}
/** A string inside `[…]` / `{…}`: JSON-quoted, or plain when `plain` allows and it is safe there too. */
function renderFlowString(s, plain) {
    return plain && isPlainSafe(s) && !/[,[\]{}:]/.test(s) ? s : doubleQuote(s);
}
/** `v` as a one-line flow node: JSON-like (`{"a": "b"}`), or with plain strings where safe (`{a: b}`) when `plain`. */
export function renderFlow(v, plain = false) {
    if (Array.isArray(v))
        return `[${v.map((x) => renderFlow(x, plain)).join(', ')}]`;
    if (isPlainMap(v))
        return `{${entriesOf(v)
            .map(([k, x]) => `${renderFlowString(k, plain)}: ${renderFlow(x, plain)}`)
            .join(', ')}}`;
    return typeof v === 'string' ? renderFlowString(v, plain) : (renderInline(v) ?? 'null');
}
//# sourceMappingURL=emit.js.map