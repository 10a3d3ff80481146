/**
 * Go's unquoting rules (strconv.Unquote / UnquoteChar) and fmt's `%#U`, which the parser
 * needs for literals and error messages. Quoting itself is fmt's (`fmt-quote.ts`).
 */
import { isPrint, quote } from './fmt-quote.js';
/** Go's strconv.Quote. */
export const goQuote = quote;
const UNESCAPES = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
};
/** fmt's `%#U`: `U+0023 '#'` (the character only when printable). */
export function formatRune(cp) {
    const code = 'U+' + hex(cp, 4).toUpperCase();
    return isPrint(cp) ? `${code} '${String.fromCodePoint(cp)}'` : code;
}
function hex(n, width) {
    return n.toString(16).padStart(width, '0');
}
/** strconv.ErrSyntax's text. */
const SYNTAX = 'invalid syntax';
/**
 * Go's strconv.UnquoteChar: decode one (possibly escaped) character at `s[i]` of a literal
 * quoted with `quote`. Returns the decoded text and the index after it; throws on bad syntax.
 */
export function unquoteChar(s, i, quote) {
    const c = s[i];
    if (c === undefined || (c === quote && (quote === "'" || quote === '"')))
        throw new SyntaxError(SYNTAX);
    if (c !== '\\') {
        const cp = s.codePointAt(i) ?? 0;
        return [String.fromCodePoint(cp), i + (cp > 0xffff ? 2 : 1)];
    }
    const e = s[i + 1];
    if (e === undefined)
        throw new SyntaxError(SYNTAX);
    const simple = UNESCAPES[e];
    if (simple !== undefined) {
        if ((e === "'" || e === '"') && e !== quote)
            throw new SyntaxError(SYNTAX);
        return [simple, i + 2];
    }
    const width = { x: 2, u: 4, U: 8 }[e];
    if (width !== undefined)
        return decodeHex(s, i + 2, width);
    if (e >= '0' && e <= '7') {
        const digits = s.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 255)
            throw new SyntaxError(SYNTAX);
        return [String.fromCharCode(parseInt(digits, 8)), i + 4];
    }
    throw new SyntaxError(SYNTAX);
}
function decodeHex(s, start, width) {
    const digits = s.slice(start, start + width);
    if (digits.length !== width || !/^[0-9a-fA-F]+$/.test(digits))
        throw new SyntaxError(SYNTAX);
    const cp = parseInt(digits, 16);
    // \x escapes are bytes; \u and \U must be valid code points.
    if (width > 2 && (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)))
        throw new SyntaxError(SYNTAX);
    return [String.fromCodePoint(cp), start + width];
}
/** Go's strconv.Unquote for "…" and `…` literals; throws SyntaxError('invalid syntax'). */
export function goUnquote(lit) {
    const q = lit[0];
    if (lit.length < 2 || lit[lit.length - 1] !== q)
        throw new SyntaxError(SYNTAX);
    const body = lit.slice(1, -1);
    if (q === '`') {
        if (body.includes('`'))
            throw new SyntaxError(SYNTAX);
        return body.replaceAll('\r', '');
    }
    if (q !== '"')
        throw new SyntaxError(SYNTAX);
    if (!body.includes('\\') && !body.includes('\n')) {
        if (body.includes('"'))
            throw new SyntaxError(SYNTAX);
        return body;
    }
    let out = '';
    for (let i = 0; i < body.length;) {
        if (body[i] === '\n')
            throw new SyntaxError(SYNTAX);
        const [text, next] = unquoteChar(body, i, '"');
        out += text;
        i = next;
    }
    return out;
}
/** The number of bytes of the UTF-8 encoding of `s` (Go's len). */
export function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c < 0xdc00) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
//# sourceMappingURL=quote.js.map