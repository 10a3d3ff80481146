/**
 * Helm's --set syntax. The expectations are the cases of Helm's own test table
 * (helm.sh/helm/v3 pkg/strvals/parser_test.go, TestParseSet / TestParseInto), with Go's
 * ints shown as JS numbers.
 */
import t from 'tap';
import { parseSetValues } from '../../lib/config/set-values.js';
import { KinjectError } from '../../lib/errors.js';
function thrownBy(fn) {
    try {
        fn();
    }
    catch (e) {
        return e;
    }
    return undefined;
}
const OK = [
    ['name1=null,f=false,t=true', { name1: null, f: false, t: true }],
    ['name1=value1,name2=value2,', { name1: 'value1', name2: 'value2' }],
    ['name1=,name2=value2', { name1: '', name2: 'value2' }],
    ['leading_zeros=00009', { leading_zeros: '00009' }],
    ['zero_int=0', { zero_int: 0 }],
    ['long_int=1234567890', { long_int: 1234567890 }],
    ['name1=one\\,two,name2=three\\,four', { name1: 'one,two', name2: 'three,four' }],
    ['name1=one\\=two,name2=three\\=four', { name1: 'one=two', name2: 'three=four' }],
    ['name1=one two three,name2=three two one', { name1: 'one two three', name2: 'three two one' }],
    [
        'outer.inner1=value,outer.middle.inner=value',
        { outer: { inner1: 'value', middle: { inner: 'value' } } },
    ],
    ['name1.name2=', { name1: { name2: '' } }],
    [
        'name1={value1,value2},name2={value1,value2}',
        { name1: ['value1', 'value2'], name2: ['value1', 'value2'] },
    ],
    ['name1={1021,902}', { name1: [1021, 902] }],
    ['list[0].foo=bar,list[0].hello=world', { list: [{ foo: 'bar', hello: 'world' }] }],
    ['list[0]=foo,list[3]=bar', { list: ['foo', null, null, 'bar'] }],
    ['noval[0]', { noval: [] }],
    ['noval[0]=', { noval: [''] }],
    ['nested[1][1]=1', { nested: [null, [null, 1]] }],
    ['name1.name2[1].foo=bar', { name1: { name2: [null, { foo: 'bar' }] } }],
    [
        'name1.name2[1].foo=bar,name1.name2[0].foo=bar',
        { name1: { name2: [{ foo: 'bar' }, { foo: 'bar' }] } },
    ],
];
const ERRORS = [
    'name1=value1,,,,name2=value2,',
    'name1,name2=',
    'name1,name2=value2\\',
    'name1,name2',
    'name1.name2',
    'name1.name2,name1.name3',
    'name1.=name2',
    'name1.,name2',
    'name1={1021,902',
    'list[0].foo=bar,list[-30].hello=world',
    'list[0]=foo,list[-20]=bar',
    'illegal[0]name.foo=bar',
    ']={}].',
];
t.test('Helm TestParseSet: values', async (t) => {
    for (const [expr, want] of OK)
        t.strictSame(parseSetValues(expr), want, expr);
});
t.test('Helm TestParseSet: errors are CONFIG errors naming the --set', async (t) => {
    for (const expr of ERRORS) {
        const error = thrownBy(() => parseSetValues(expr));
        t.ok(error instanceof KinjectError &&
            error.code === 'CONFIG' &&
            error.message.includes(JSON.stringify(expr)), expr);
    }
});
t.test('Helm TestParseInto: several --set parse into one tree', async (t) => {
    const data = { outer: { inner1: 'overwrite', inner2: 'value2' } };
    parseSetValues('outer.inner1=value1,outer.inner3=value3,outer.inner4=4', data);
    t.strictSame(data, {
        outer: { inner1: 'value1', inner2: 'value2', inner3: 'value3', inner4: 4 },
    });
    const lists = {};
    parseSetValues('listOuter[0][0].type=listValue', lists);
    parseSetValues('listOuter[0][0].status=alive', lists);
    t.strictSame(lists, { listOuter: [[{ type: 'listValue', status: 'alive' }]] });
});
t.test('keys such as __proto__ are plain keys', async (t) => {
    const out = parseSetValues('__proto__.polluted=yes');
    t.equal({}['polluted'], undefined);
    t.strictSame(Object.keys(out), ['__proto__']);
});
//# sourceMappingURL=set-values.test.js.map