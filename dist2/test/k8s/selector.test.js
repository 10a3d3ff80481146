/**
 * Label selectors: semantics of metav1.LabelSelectorAsSelector + labels.Selector.Matches
 * (nil matches nothing, empty matches everything and is `empty`).
 */
import t from 'tap';
import { labelSelectorAsSelector } from '../../lib/k8s/selector.js';
import { KinjectError } from '../../lib/errors.js';
const labels = { app: 'hello', tier: 'web', 'example.com/team': 'a' };
t.test('nil selects nothing; empty selects everything and is empty', async (t) => {
    const nil = labelSelectorAsSelector(undefined);
    t.equal(nil.empty, false);
    t.equal(nil.matches(labels), false);
    const empty = labelSelectorAsSelector({});
    t.equal(empty.empty, true);
    t.equal(empty.matches({}), true);
    t.equal(labelSelectorAsSelector({ matchLabels: {}, matchExpressions: [] }).empty, true);
});
t.test('matchLabels: every pair must be present and equal', async (t) => {
    t.equal(labelSelectorAsSelector({ matchLabels: { app: 'hello' } }).matches(labels), true);
    t.equal(labelSelectorAsSelector({ matchLabels: { app: 'hello', tier: 'db' } }).matches(labels), false);
    t.equal(labelSelectorAsSelector({ matchLabels: { missing: '' } }).matches(labels), false);
    t.equal(labelSelectorAsSelector({ matchLabels: { 'example.com/team': 'a' } }).matches(labels), true);
});
t.test('matchExpressions operators', async (t) => {
    const m = (operator, key, values) => labelSelectorAsSelector({ matchExpressions: [{ key, operator, values }] }).matches(labels);
    t.equal(m('In', 'tier', ['web', 'db']), true);
    t.equal(m('In', 'tier', ['db']), false);
    t.equal(m('In', 'nope', ['web']), false);
    t.equal(m('NotIn', 'tier', ['db']), true);
    t.equal(m('NotIn', 'tier', ['web']), false);
    t.equal(m('NotIn', 'nope', ['web']), true, 'NotIn matches when the label is absent');
    t.equal(m('Exists', 'app'), true);
    t.equal(m('Exists', 'nope'), false);
    t.equal(m('DoesNotExist', 'nope'), true);
    t.equal(m('DoesNotExist', 'app'), false);
});
t.test('all requirements must hold', async (t) => {
    const s = labelSelectorAsSelector({
        matchLabels: { app: 'hello' },
        matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }],
    });
    t.equal(s.matches(labels), false);
    t.equal(s.matches({ app: 'hello', tier: 'db' }), true);
});
t.test('invalid selectors are errors', async (t) => {
    const bad = (sel) => {
        try {
            labelSelectorAsSelector(sel);
        }
        catch (e) {
            return e;
        }
        return undefined;
    };
    const op = bad({ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] });
    t.ok(op instanceof KinjectError);
    t.equal(op.message, '"Gt" is not a valid label selector operator');
    t.match(bad({ matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }).message, /values set can't be empty/);
    t.match(bad({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }).message, /must be empty/);
    t.ok(bad({ matchLabels: { 'bad key!': 'x' } }) instanceof KinjectError);
    t.ok(bad({ matchLabels: { ok: 'bad value!' } }) instanceof KinjectError);
    t.ok(bad({ matchLabels: { 'UPPER.example/x': 'v' } }) instanceof KinjectError, 'prefix must be lowercase DNS');
});
//# sourceMappingURL=selector.test.js.map