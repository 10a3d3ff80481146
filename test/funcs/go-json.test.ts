/**
 * Go's encoding/json on the value model, against outputs recorded from Go
 * (fixtures/README.md), plus the value-model cases JSON input cannot express.
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { marshalJSON, MarshalError, unmarshalJSON } from '../../lib/go/json.js';
import { GoInt, GoStruct, withGoType } from '../../lib/go/value.js';

interface MarshalRecord {
  input: unknown;
  json: string;
  yaml: string;
  err?: string;
}

interface DecodeRecord {
  text: string;
  ok: boolean;
  json: string;
}

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/funcs/fixtures/${name}`, import.meta.url), 'utf8');
const marshalRecords = ['go-marshal.json', 'go-marshal-random.json'].flatMap(
  (f) => JSON.parse(fixture(f)) as MarshalRecord[],
);
const decodeRecords = (
  JSON.parse(fixture('go-decode-duration.json')) as { fromJSON: DecodeRecord[] }
).fromJSON;

/** A readable ASCII label (U+2028 in a test name would break the TAP stream). */
const label = (s: string): string =>
  JSON.stringify(s).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Go 1.22 started writing \b and \f in short form; the recordings are from Go 1.19. */
const modernGo = (json: string): string =>
  json.replaceAll('\\u0008', '\\b').replaceAll('\\u000c', '\\f');

t.test('json.Marshal of decoded JSON values matches Go', async (t) => {
  const records = marshalRecords.filter((r) => r.json !== '');
  const wrong = records.filter((r) => marshalJSON(r.input) !== modernGo(r.json));
  t.same(wrong, [], `all ${records.length} recorded values`);
  t.ok(records.length > 800);
});

t.test('floats as Go writes them', async (t) => {
  t.equal(marshalJSON(-0), '-0');
  t.equal(marshalJSON(1e21), '1e+21');
  t.equal(marshalJSON(1e-7), '1e-7');
  t.equal(marshalJSON(123456789), '123456789');
});

t.test('NaN and infinities are errors, with Go messages', async (t) => {
  t.throws(() => marshalJSON(NaN), new MarshalError('json: unsupported value: NaN'));
  t.throws(() => marshalJSON({ a: [Infinity] }), new MarshalError('json: unsupported value: +Inf'));
  t.throws(() => marshalJSON(-Infinity), new MarshalError('json: unsupported value: -Inf'));
});

t.test('Go ints, typed maps and nil', async (t) => {
  t.equal(marshalJSON(new GoInt(15020, 'int32')), '15020');
  t.equal(marshalJSON([new GoInt(-3), null, undefined]), '[-3,null,null]');
  t.equal(marshalJSON(withGoType({ z: 'a', a: 'b' }, 'map[string]string')), '{"a":"b","z":"a"}');
  t.equal(marshalJSON(null), 'null');
});

t.test('structs keep their field order; maps are sorted', async (t) => {
  const port = new GoStruct({
    type: 'v1.ContainerPort',
    json: () => ({ name: 'http', containerPort: 80 }),
  });
  t.equal(marshalJSON(port), '{"name":"http","containerPort":80}');
  t.equal(marshalJSON({ b: port, a: 1 }), '{"a":1,"b":{"name":"http","containerPort":80}}');
  t.equal(marshalJSON(new GoStruct({ type: '*v1.Probe', nil: true })), 'null');
});

t.test('lone surrogates become U+FFFD, as invalid UTF-8 does in Go', async (t) => {
  t.equal(marshalJSON('a\uD800b'), '"a\uFFFDb"');
  t.equal(marshalJSON({ '\uDC00': 1 }), '{"\uFFFD":1}');
});

t.test('json.Unmarshal into interface{} matches Go', async (t) => {
  for (const r of decodeRecords) {
    if (!r.ok) {
      t.throws(() => unmarshalJSON(r.text), MarshalError, `rejects ${label(r.text)}`);
      continue;
    }
    t.equal(marshalJSON(unmarshalJSON(r.text)), r.json, `decodes ${label(r.text)}`);
  }
});

t.test('decoded numbers are float64 and a __proto__ key is an ordinary key', async (t) => {
  const v = unmarshalJSON('{"n": 2, "__proto__": {"x": 1}}') as Record<string, unknown>;
  t.equal(v.n, 2);
  t.same(Object.keys(v), ['n', '__proto__']);
  t.equal(Object.getPrototypeOf(v), Object.prototype);
});
