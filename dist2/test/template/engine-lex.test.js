/**
 * Lexer tests. Expected items are derived by hand from Go's lexer rules (parse/lex.go):
 * item kinds, byte offsets, and the line each item starts on.
 */
import t from 'tap';
import { lex } from '../../lib/template/parse/lex.js';
/** Items as compact `type:val` strings. */
function kinds(items) {
    return items.map((i) => `${i.type}:${i.val}`);
}
t.test('text, actions and spaces', async (t) => {
    t.same(kinds(lex('a{{.x | f 1}}b')), [
        'text:a',
        'leftDelim:{{',
        'field:.x',
        'space: ',
        'pipe:|',
        'space: ',
        'identifier:f',
        'space: ',
        'number:1',
        'rightDelim:}}',
        'text:b',
        'EOF:',
    ]);
    t.same(kinds(lex('{{$x := $}}{{$x = .}}')), [
        'leftDelim:{{',
        'variable:$x',
        'space: ',
        'declare::=',
        'space: ',
        'variable:$',
        'rightDelim:}}',
        'leftDelim:{{',
        'variable:$x',
        'space: ',
        'assign:=',
        'space: ',
        'dot:.',
        'rightDelim:}}',
        'EOF:',
    ]);
});
t.test('trim markers remove spaces, tabs and newlines next to the action', async (t) => {
    t.same(kinds(lex('a \n\t{{- 3 -}} \n b')), [
        'text:a',
        'leftDelim:{{',
        'number:3',
        'rightDelim:}}',
        'text:b',
        'EOF:',
    ]);
    // "-3" is a number, not a trim marker: the marker needs a space after it.
    t.same(kinds(lex('a {{-3}}')), ['text:a ', 'leftDelim:{{', 'number:-3', 'rightDelim:}}', 'EOF:']);
});
t.test('comments are skipped unless asked for', async (t) => {
    t.same(kinds(lex('a {{- /* c */ -}} b')), ['text:a', 'text:b', 'EOF:']);
    t.same(kinds(lex('{{/* c */}}', { emitComment: true })), ['comment:/* c */', 'EOF:']);
    t.same(kinds(lex('{{/* c */ x}}')).at(-1), 'error:comment ends before closing delimiter');
    t.same(kinds(lex('{{/* c')).at(-1), 'error:unclosed comment');
});
t.test('line numbers and offsets', async (t) => {
    const items = lex('a\nb{{\n.x\n}}\nc');
    t.same(items.map((i) => [i.type, i.pos, i.line]), [
        ['text', 0, 1],
        ['leftDelim', 3, 2],
        ['space', 5, 2],
        ['field', 6, 3],
        ['space', 8, 3],
        ['rightDelim', 9, 4],
        ['text', 11, 4],
        ['EOF', 13, 5],
    ]);
});
t.test('keywords, and break/continue only where enabled', async (t) => {
    t.same(kinds(lex('{{range nil}}{{break}}{{else}}{{end}}')).filter((k) => !k.includes('Delim')), ['range:range', 'space: ', 'nil:nil', 'identifier:break', 'else:else', 'end:end', 'EOF:']);
    t.same(kinds(lex('{{break}}{{continue}}', { breakOK: true, continueOK: true })).filter((k) => !k.includes('Delim')), ['break:break', 'continue:continue', 'EOF:']);
    // Object.prototype names are ordinary identifiers.
    t.same(kinds(lex('{{toString}}'))[1], 'identifier:toString');
});
t.test('literals', async (t) => {
    t.same(kinds(lex('{{"a\\"b" `r` \'c\' 0x1F 1e3 1+2i true}}')).filter((k) => !k.startsWith('space')), [
        'leftDelim:{{',
        'string:"a\\"b"',
        'rawString:`r`',
        "charConstant:'c'",
        'number:0x1F',
        'number:1e3',
        'complex:1+2i',
        'bool:true',
        'rightDelim:}}',
        'EOF:',
    ]);
});
t.test('errors end the item list', async (t) => {
    const last = (s) => kinds(lex(s)).at(-1);
    t.equal(last('{{"abc'), 'error:unterminated quoted string');
    t.equal(last('{{`abc'), 'error:unterminated raw quoted string');
    t.equal(last("{{'a"), 'error:unterminated character constant');
    t.equal(last('{{3k}}'), 'error:bad number syntax: "3k"');
    t.equal(last('{{.x#}}'), "error:bad character U+0023 '#'");
    t.equal(last('{{(.x}}'), 'error:unclosed left paren');
    t.equal(last('{{.x)}}'), "error:unexpected right paren U+0029 ')'");
    t.equal(last('{{:}}'), 'error:expected :=');
    t.equal(last('{{\u0001}}'), 'error:unrecognized character in action: U+0001');
    t.equal(last('{{.x'), 'error:unclosed action');
});
t.test('custom delimiters', async (t) => {
    t.same(kinds(lex('{{a}}<<.>>', { leftDelim: '<<', rightDelim: '>>' })), [
        'text:{{a}}',
        'leftDelim:<<',
        'dot:.',
        'rightDelim:>>',
        'EOF:',
    ]);
});
//# sourceMappingURL=engine-lex.test.js.map