/**
 * The comparison the corpus and fuzz tests rely on: if it wrongly said "equal", every
 * differential test would pass vacuously.
 */
import t from 'tap';
import { compareOutcomes, extractErrorPrefix, JS_EXCEPTION_TAG } from './support/compare.js';
const execError = 'template: x:3:7: executing "x" at <.a.b>: nil pointer evaluating interface {}.b';
t.test('error prefix is the template name and line', async (t) => {
    t.equal(extractErrorPrefix(execError), 'template: x:3:');
    t.equal(extractErrorPrefix('template: x:12: unexpected "}" in operand'), 'template: x:12:');
    t.equal(extractErrorPrefix('template: x: "x" is an incomplete or empty template'), 'template: x: "x" is an incomplete or empty template');
});
t.test('equal outcomes agree', async (t) => {
    t.equal(compareOutcomes({ output: 'a\n' }, { output: 'a\n' }), undefined);
    t.equal(compareOutcomes({ error: execError }, { error: 'template: x:3:9: something else' }), undefined);
});
t.test('every kind of disagreement is reported', async (t) => {
    t.equal(compareOutcomes({ output: 'a' }, { output: 'a ' })?.kind, 'output differs');
    t.equal(compareOutcomes({ output: '' }, {})?.kind, 'output differs', 'a missing output is not an empty one');
    t.equal(compareOutcomes({ error: execError }, { output: '' })?.kind, 'Go failed, kinject rendered');
    t.equal(compareOutcomes({ output: '' }, { error: execError })?.kind, 'kinject failed, Go rendered');
    t.equal(compareOutcomes({ error: execError }, { error: 'template: x:4:7: same' })?.kind, 'error location differs');
    t.equal(compareOutcomes({ error: execError }, { error: `${JS_EXCEPTION_TAG} TypeError: x` })?.kind, 'JS exception');
    t.equal(compareOutcomes({ error: execError }, { error: 'template: x:3:7: other' }, true)?.kind, 'error message differs');
});
t.test('parse trees must print back the same, where Go recorded one', async (t) => {
    t.equal(compareOutcomes({ output: 'x', tree: '{{.}}' }, { output: 'x', tree: '{{.}}' }), undefined);
    t.equal(compareOutcomes({ output: 'x' }, { output: 'x', tree: 'anything' }), undefined);
    t.equal(compareOutcomes({ output: 'x', tree: '{{$x = 1}}' }, { output: 'x', tree: '{{$x := 1}}' })
        ?.kind, 'parse tree prints differently');
    const parseFailure = { error: 'template: x:1: function "f" not defined' };
    t.equal(compareOutcomes({ error: 'template: x:1:2: executing "x" at <f>: boom', tree: '{{f}}' }, parseFailure)?.kind, 'kinject failed to parse, Go parsed');
});
t.test('an output diff points at the first differing offset', async (t) => {
    const d = compareOutcomes({ output: 'abcdef' }, { output: 'abcXef' });
    t.match(d?.detail, /first difference at offset 3/);
});
//# sourceMappingURL=compare.test.js.map