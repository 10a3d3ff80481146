/**
 * Lexical items of Go's text/template (parse/lex.go's item and itemType).
 */
import { goQuote } from '../quote.js';
const KEYWORDS = new Map(Object.entries({
    '.': 'dot',
    block: 'block',
    break: 'break',
    continue: 'continue',
    define: 'define',
    else: 'else',
    end: 'end',
    if: 'if',
    range: 'range',
    nil: 'nil',
    template: 'template',
    with: 'with',
}));
/** The item type of a keyword (a Map, so `toString` and friends are not keywords). */
export function keywordItem(word) {
    return KEYWORDS.get(word);
}
/** Go's text for an item in parse errors (item.String). */
export function describeItem(i) {
    switch (i.type) {
        case 'EOF':
            return 'EOF';
        case 'error':
            return i.val;
        default:
            if (KEYWORDS.get(i.val) === i.type)
                return `<${i.val}>`;
            return i.val.length > 10 ? goQuote(i.val.slice(0, 10)) + '...' : goQuote(i.val);
    }
}
//# sourceMappingURL=item.js.map