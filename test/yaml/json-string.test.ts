/**
 * lib/yaml/json-string.ts finds where a JSON string ends by scanning it: the same end
 * JSON.parse agrees with, for any string; no end for what JSON refuses; and no stack to
 * run out of, however long the string.
 */
import fc from 'fast-check';
import t from 'tap';
import { jsonStringEnd } from '../../lib/yaml/json-string.js';

t.test('the end of any string JSON.stringify writes, whatever follows it', async (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string(), (s, after) => {
      const quoted = JSON.stringify(s);
      return jsonStringEnd(`${quoted}${after}`, 0) === quoted.length;
    }),
    { numRuns: 2000 },
  );
  t.equal(jsonStringEnd('x: "a\\"b", y', 3), 9, 'from an offset, past an escaped quote');
});

t.test('what JSON refuses has no end', async (t) => {
  for (const bad of ['"abc', '"a\\', '"a\\x41"', '"\\u12"', '"\\u12G4"', '"a\nb"', '"\t"', 'abc"'])
    t.equal(jsonStringEnd(bad, 0), -1, JSON.stringify(bad));
  t.equal(jsonStringEnd('"\\u00e9\\/"', 0), 10, 'a \\u escape and an escaped slash');
});

t.test('a string of 12 million characters (a regexp overflowed its stack on it)', async (t) => {
  const long = `"${'y'.repeat(12_000_000)}\\n"`;
  t.equal(jsonStringEnd(long, 0), long.length);
});
