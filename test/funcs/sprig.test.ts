/**
 * Sprig's functions called directly with Go-typed arguments, against results recorded from
 * real Go (test/funcs/recorded/sprig.json): the result's `%T=%#v`, or the error/panic text.
 */
import t from 'tap';
import { sprigFuncs } from '../../lib/funcs/sprig.js';
import { sprintf } from '../../lib/template/fmt.js';
import { Template } from '../../lib/template/index.js';
import { FuncError } from '../../lib/go/value.js';
import { fromNotation } from './go-notation.js';
import { loadRecorded } from './recorded.js';

/** What the recording printed for one call: `%T=%#v` of the result, or `ERR:` and the message. */
function describeCall(name: string, args: unknown[]): string {
  const f = sprigFuncs[name];
  if (!f) return `missing function ${name}`;
  try {
    const r = f.fn(...args);
    return sprintf('%T=%#v', [r, r]);
  } catch (e) {
    if (e instanceof FuncError) return 'ERR:' + e.message;
    throw e;
  }
}

/** What the recording printed for a template run with sprig's functions: output or `ERR:` error. */
function describeTemplate(text: string, data: unknown): string {
  try {
    return new Template('t').funcs(sprigFuncs).parse(text).execute(data);
  } catch (e) {
    return 'ERR:' + (e instanceof Error ? e.message : String(e));
  }
}

/** An ASCII-only assertion name (TAP is line-based). */
const caseName = (parts: unknown[]): string =>
  JSON.stringify(parts).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );

t.test('recorded sprig calls', async (t) => {
  const cases = loadRecorded('sprig.json');
  t.ok(cases.length > 4000, 'the recorded table is loaded');
  for (const [op, name, args, expected] of cases) {
    const values = args.map(fromNotation);
    const got =
      op === 'tmpl' ? describeTemplate(name, values[0] ?? null) : describeCall(name, values);
    t.equal(got, expected, caseName([name, args]));
  }
});

t.test('every function of the map is a GoFunc with Go parameter types', async (t) => {
  for (const [name, f] of Object.entries(sprigFuncs)) {
    t.ok(Array.isArray(f.params) && typeof f.fn === 'function', name);
  }
});

t.test('non-hermetic functions are left out', async (t) => {
  for (const name of [
    'now',
    'date',
    'randAlpha',
    'uuidv4',
    'env',
    'expandenv',
    'getHostByName',
    'genCA',
    'bcrypt',
    'shuffle',
    'toDate',
  ]) {
    t.notOk(Object.hasOwn(sprigFuncs, name), name);
  }
});
