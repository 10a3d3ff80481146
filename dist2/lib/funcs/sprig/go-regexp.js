/**
 * Go's regexp (RE2 syntax) on JavaScript's engine: a Go expression is checked for the
 * common syntax errors Go reports (with Go's messages) and rewritten into an equivalent
 * JS expression with the `u` flag. Both engines pick the leftmost-first match, so results
 * agree for the RE2 subset. Leading flag groups `(?i)`, `(?s)`, `(?m)` are supported;
 * other flag groups and `\C` are reported as unsupported.
 */
/** A Go regexp syntax error (`error parsing regexp: missing closing ]: `[``). */
export class RegexpError extends Error {
    name = 'RegexpError';
    constructor(code, expr) {
        super(`error parsing regexp: ${code}: \`${expr}\``);
    }
}
// Go's POSIX classes inside brackets, as JS class contents.
const POSIX = {
    alnum: '0-9A-Za-z',
    alpha: 'A-Za-z',
    ascii: '\\x00-\\x7f',
    blank: '\\t ',
    cntrl: '\\x00-\\x1f\\x7f',
    digit: '0-9',
    graph: '!-~',
    lower: 'a-z',
    print: ' -~',
    punct: '!-\\/:-@\\[-`{-~',
    space: '\\t\\n\\v\\f\\r ',
    upper: 'A-Z',
    word: '0-9A-Za-z_',
    xdigit: '0-9A-Fa-f',
};
// Go's Perl classes (ASCII only) and escapes JS spells differently.
const ESCAPES = {
    s: '[\\t\\n\\f\\r ]',
    S: '[^\\t\\n\\f\\r ]',
    a: '\\x07',
    A: '(?<![\\s\\S])',
    z: '(?![\\s\\S])',
};
const CLASS_ESCAPES = { s: '\\t\\n\\f\\r ', a: '\\x07' };
const JS_SYNTAX = '^$\\.*+?()[]{}|/';
/** A literal character, escaped for a JS `u` expression (`-` only matters in classes). */
function literal(c, inClass = false) {
    if (JS_SYNTAX.includes(c) || (inClass && c === '-'))
        return '\\' + c;
    return c;
}
/** Rewrites one Go expression; `i` walks the source. */
class Translator {
    src;
    i = 0;
    out = '';
    depth = 0;
    /** Whether the previous item can take a repetition operator. */
    canRepeat = false;
    constructor(src) {
        this.src = src;
    }
    fail(code, expr = this.src) {
        throw new RegexpError(code, expr);
    }
    /** `\x…`, `\p…`, `\Q…\E` and single-letter escapes, outside or inside a class. */
    escape(inClass) {
        const s = this.src;
        const c = s[this.i + 1];
        if (c === undefined)
            this.fail('trailing backslash at end of expression', '');
        this.i += 2;
        if (c === 'x')
            return this.hexEscape();
        if (c === 'p' || c === 'P')
            return this.unicodeClass(c);
        if (c === 'Q' && !inClass) {
            const end = s.indexOf('\\E', this.i);
            const text = s.slice(this.i, end < 0 ? s.length : end);
            this.i = end < 0 ? s.length : end + 2;
            return Array.from(text, (ch) => literal(ch)).join('');
        }
        const mapped = (inClass ? CLASS_ESCAPES : ESCAPES)[c];
        if (mapped !== undefined)
            return mapped;
        if ('dDwWtnrfv'.includes(c) || (!inClass && 'bB'.includes(c)))
            return '\\' + c;
        if (/[0-9A-Za-z]/.test(c))
            this.fail('invalid escape sequence', '\\' + c);
        return literal(c, inClass);
    }
    hexEscape() {
        const s = this.src;
        if (s[this.i] === '{') {
            const end = s.indexOf('}', this.i);
            const hex = s.slice(this.i + 1, end);
            if (end < 0 || !/^[0-9A-Fa-f]+$/.test(hex))
                this.fail('invalid escape sequence', s.slice(this.i - 2, end + 1));
            this.i = end + 1;
            return `\\u{${hex}}`;
        }
        const hex = s.slice(this.i, this.i + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex))
            this.fail('invalid escape sequence', s.slice(this.i - 2, this.i + 2));
        this.i += 2;
        return '\\x' + hex;
    }
    /** `\pL`, `\p{Greek}`, `\PL`: general categories or scripts. */
    unicodeClass(p) {
        const s = this.src;
        let name = s[this.i] ?? '';
        if (name === '{') {
            const end = s.indexOf('}', this.i);
            if (end < 0)
                this.fail('invalid character class range', s.slice(this.i - 2));
            name = s.slice(this.i + 1, end);
            this.i = end + 1;
        }
        else
            this.i += 1;
        const negate = name.startsWith('^') !== (p === 'P');
        name = name.replace(/^\^/, '');
        const prop = /^[A-Z][a-z]?$/.test(name) ? name : name === 'Any' ? 'Any' : `Script=${name}`;
        try {
            new RegExp(`\\p{${prop}}`, 'u');
        }
        catch {
            this.fail('invalid character class range', `\\${p}{${name}}`);
        }
        return `\\${negate ? 'P' : 'p'}{${prop}}`;
    }
    /** A bracketed class `[…]`, with Go's leading `]` and POSIX names. */
    charClass() {
        const s = this.src;
        const start = this.i;
        this.i++;
        let out = '[';
        if (s[this.i] === '^') {
            out += '^';
            this.i++;
        }
        let first = true;
        while (this.i < s.length && (s[this.i] !== ']' || first)) {
            first = false;
            const posix = /^\[:(\^?)([a-z]+):\]/.exec(s.slice(this.i));
            if (posix) {
                const body = POSIX[posix[2] ?? ''];
                if (body === undefined || posix[1])
                    this.fail('invalid character class range', posix[0]);
                out += body;
                this.i += posix[0].length;
            }
            else if (s[this.i] === '\\')
                out += this.escape(true);
            else {
                const ch = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
                out += ch === '-' ? '-' : literal(ch, true);
                this.i += ch.length;
            }
        }
        if (this.i >= s.length)
            this.fail('missing closing ]', s.slice(start));
        this.i++;
        return out + ']';
    }
    /** `(`: plain, non-capturing, named `(?P<name>`, or a leading flag group. */
    group() {
        const rest = this.src.slice(this.i);
        const named = /^\(\?P<([A-Za-z0-9_]+)>/.exec(rest);
        if (named) {
            this.out += `(?<${named[1]}>`;
            this.i += named[0].length;
        }
        else if (rest.startsWith('(?:')) {
            this.out += '(?:';
            this.i += 3;
        }
        else if (rest.startsWith('(?')) {
            // Flag groups other than a leading one are valid Go but not supported here.
            this.fail('invalid or unsupported Perl syntax', rest.slice(0, 3));
        }
        else {
            this.out += '(';
            this.i++;
        }
        this.depth++;
        this.canRepeat = false;
    }
    /** `* + ? {n,m}` and their lazy forms. */
    repeat(op) {
        if (!this.canRepeat)
            this.fail('missing argument to repetition operator', op);
        this.out += op;
        this.i += op.length;
        if (this.src[this.i] === '?') {
            this.out += '?';
            this.i++;
        }
        const nested = /^[*+?]|^\{\d+(,\d*)?\}/.exec(this.src.slice(this.i));
        if (nested)
            this.fail('invalid nested repetition operator', op + nested[0]);
        this.canRepeat = false;
    }
    step() {
        const s = this.src;
        const c = s[this.i] ?? '';
        const braces = /^\{\d+(,\d*)?\}/.exec(s.slice(this.i));
        if (c === '*' || c === '+' || c === '?')
            return this.repeat(c);
        if (braces)
            return this.repeat(braces[0]);
        if (c === '(')
            return this.group();
        this.canRepeat = true;
        if (c === ')') {
            if (this.depth === 0)
                this.fail('unexpected )');
            this.depth--;
            this.out += ')';
        }
        else if (c === '|') {
            this.out += '|';
            this.canRepeat = false;
        }
        else if (c === '[')
            return void (this.out += this.charClass());
        else if (c === '\\')
            return void (this.out += this.escape(false));
        else if (c === '.')
            this.out += this.dotAll ? '[\\s\\S]' : '[^\\n]';
        else if (c === '^' || c === '$') {
            this.out += c;
            this.canRepeat = false;
        }
        else {
            const ch = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
            this.out += literal(ch);
            this.i += ch.length;
            return;
        }
        this.i++;
    }
    dotAll = false;
    run() {
        let flags = 'gu';
        const lead = /^\(\?([imsU]+)\)/.exec(this.src);
        if (lead) {
            const f = lead[1] ?? '';
            if (f.includes('U'))
                this.fail('unsupported flag U', lead[0]);
            if (f.includes('i'))
                flags += 'i';
            if (f.includes('m'))
                flags += 'm';
            this.dotAll = f.includes('s');
            this.i = lead[0].length;
        }
        while (this.i < this.src.length)
            this.step();
        if (this.depth > 0)
            this.fail('missing closing )');
        return new RegExp(this.out, flags);
    }
}
/** Compile a Go regular expression (throws {@link RegexpError} with Go's message). */
export function compileGoRegexp(expr) {
    return new Translator(expr).run();
}
//# sourceMappingURL=go-regexp.js.map