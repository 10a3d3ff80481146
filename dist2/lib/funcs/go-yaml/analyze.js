/**
 * How gopkg.in/yaml.v2's emitter (a port of libyaml) judges a scalar's text: which styles
 * can represent it, and which characters it must escape. Scalars are handled as arrays
 * of code points, because the emitter counts columns in characters.
 */
/** Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isBreak(cp) {
    return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
/** Space or tab. */
function isBlank(cp) {
    return cp === 0x20 || cp === 0x09;
}
/**
 * libyaml's printable set. Characters outside the Basic Multilingual Plane count as
 * non-printable (libyaml's check only knows 1- to 3-byte UTF-8), so emoji get escaped.
 */
export function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff));
}
/** Indicator characters that make a plain scalar impossible in block context. */
function hasBlockIndicator(chars) {
    const first = String.fromCodePoint(chars[0] ?? 0);
    const followedByBlank = (i) => i + 1 >= chars.length || isBlank(chars[i + 1]);
    if (chars.length >= 3 && /^(---|\.\.\.)/.test(String.fromCodePoint(...chars.slice(0, 3))))
        return true;
    if ('#,[]{}&*!|>\'"%@`'.includes(first))
        return true;
    if ((first === '?' || first === ':' || first === '-') && followedByBlank(0))
        return true;
    for (let i = 1; i < chars.length; i++) {
        if (chars[i] === 0x3a && followedByBlank(i))
            return true; // ': '
        if (chars[i] === 0x23 && (isBlank(chars[i - 1]) || isBreak(chars[i - 1]) || chars[i - 1] === 0))
            return true; // ' #'
    }
    return false;
}
/** Whitespace shapes that restrict styles: leading/trailing blanks, space next to a break. */
function whitespaceShape(chars) {
    const last = chars.length - 1;
    const first = chars[0];
    const end = chars[last];
    let breakSpace = false;
    let spaceBreak = false;
    for (let i = 1; i < chars.length; i++) {
        if (chars[i] === 0x20 && isBreak(chars[i - 1]))
            breakSpace = true;
        if (isBreak(chars[i]) && chars[i - 1] === 0x20)
            spaceBreak = true;
    }
    const edge = first === 0x20 || isBreak(first) || end === 0x20 || isBreak(end);
    return { edge, trailingSpace: end === 0x20, breakSpace, spaceBreak };
}
/** Analyze a non-empty scalar. */
export function analyzeScalar(chars) {
    const multiline = chars.some(isBreak);
    const special = chars.some((cp) => !isPrintable(cp));
    const ws = whitespaceShape(chars);
    const noPlain = ws.edge || ws.breakSpace || ws.spaceBreak || special || multiline || hasBlockIndicator(chars);
    return {
        multiline,
        blockPlainAllowed: !noPlain,
        singleQuotedAllowed: !(ws.breakSpace || ws.spaceBreak || special),
        blockAllowed: !(ws.trailingSpace || ws.spaceBreak || special),
    };
}
//# sourceMappingURL=analyze.js.map