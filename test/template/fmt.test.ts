/**
 * Go's fmt on the value model: every verb, flag, width/precision form, argument index and
 * error form, against outputs recorded from real Go (test/funcs/recorded/fmt.json).
 */
import t from 'tap';
import { formatValue, goTypeName, sprint, sprintf, sprintln } from '../../lib/template/fmt.js';
import { GoInt, withGoType } from '../../lib/go/value.js';
import { fromNotation } from '../funcs/go-notation.js';
import { loadRecorded } from '../funcs/recorded.js';

const OPS: Readonly<Record<string, (format: string, args: unknown[]) => string>> = {
  sprintf,
  sprint: (_f, args) => sprint(args),
  sprintln: (_f, args) => sprintln(args),
};

/** An ASCII-only assertion name (TAP is line-based; U+2028 and friends would break it). */
const caseName = (parts: unknown[]): string =>
  JSON.stringify(parts).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );

t.test('recorded Go outputs', async (t) => {
  const cases = loadRecorded('fmt.json');
  t.ok(cases.length > 1000, 'the recorded table is loaded');
  for (const [op, format, args, expected] of cases) {
    const run = OPS[op];
    if (!run) throw new Error(`unknown op ${op}`);
    t.equal(run(format, args.map(fromNotation)), expected, caseName([op, format, args]));
  }
});

t.test('formatValue is %v and goTypeName is %T', async (t) => {
  // Same expectations as the recorded %v / %T rows, through the single-value helpers.
  t.equal(formatValue(1e6), '1e+06');
  t.equal(formatValue(null), '<nil>');
  t.equal(formatValue({ b: [1, 'x'], a: new GoInt(2) }), 'map[a:2 b:[1 x]]');
  t.equal(goTypeName(withGoType(['a'], '[]string')), '[]string');
  t.equal(goTypeName(new GoInt(1, 'int64')), 'int64');
  t.equal(goTypeName({}), 'map[string]interface {}');
  t.equal(goTypeName([]), '[]interface {}');
  t.equal(goTypeName(null), '<nil>');
});

t.test('an invalid value (missing key) prints as Go prints reflect.Value{}', async (t) => {
  // fmt.Sprint(reflect.Value{}) and fmt.Sprint([]interface{}{…}) nested invalid values.
  t.equal(sprint([undefined]), '<invalid reflect.Value>');
  t.equal(sprintf('%d', [undefined]), '<invalid reflect.Value>');
});
