// Quoting: every string kinject writes must read back (YAML 1.1, as Kubernetes reads it) as
// exactly that string. go-yaml v2's own typing of plain scalars is recorded in
// go-resolve.recorded.json (see recorder/resolve.go).
import { readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import { readStream } from '../../lib/yaml/index.js';
import { isPlainSafe, renderString } from '../../lib/yaml/scalar.js';
import { patchYamlText } from '../../lib/yaml/index.js';

type Recorded = Record<string, { type: string; value: string } | { error: string }>;
const recorded = JSON.parse(
  readFileSync(new URL('../../../test/yaml/go-resolve.recorded.json', import.meta.url), 'utf8'),
) as Recorded;

/** A one-line, ASCII name for a string in a test message (TAP output must not hold line breaks). */
function label(s: string): string {
  return JSON.stringify(s).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The value of `k` in a one-key document. */
function readK(text: string): unknown {
  const doc = readStream(text, 't').docs[0];
  if (!doc || doc.errors.length) throw new Error(`does not parse: ${text}`);
  return (doc.value as Record<string, unknown>).k;
}

/** go's %T for what our reader returns. */
function goTypeOf(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return '<nil>';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  return typeof v;
}

// Known differences between our reader and go-yaml v2 in typing a plain scalar (`.` is a float NaN
// and `1e400` is Infinity here, strings there). The writer quotes both,
// so what kinject writes is unambiguous either way.
const READER_DIFFERS = new Set(['.', '1e400']);
const SCALAR_TYPES = new Set(['string', 'bool', 'int', 'int64', 'uint64', 'float64', '<nil>']);
const TIME_LIKE = /^\d{4}-/;

t.test('plain scalars are typed like go-yaml v2 types them', async (t) => {
  for (const [word, go] of Object.entries(recorded)) {
    if (
      'error' in go ||
      !SCALAR_TYPES.has(go.type) ||
      READER_DIFFERS.has(word) ||
      TIME_LIKE.test(word)
    )
      continue;
    const ours = readK(`k: ${word}\n`);
    // Go decodes integers that do not fit an int64 as uint64/float; JS has one number type.
    const goType = go.type === 'uint64' || go.type === 'int64' ? 'int' : go.type;
    t.equal(
      goTypeOf(ours) === 'int' && goType === 'float64' && Number.isInteger(Number(go.value))
        ? 'float64'
        : goTypeOf(ours),
      goType,
      `type of ${word}`,
    );
    // Beyond 2^53 a JS number cannot hold Go's exact integer.
    if (goType !== 'string' && ours !== null && Math.abs(Number(ours)) < 2 ** 53)
      t.equal(
        String(ours as string | number | boolean),
        go.value
          .replace(/^\+Inf$/, 'Infinity')
          .replace(/^-Inf$/, '-Infinity')
          .replace(/^NaN$/, 'NaN'),
        `value of ${word}`,
      );
  }
  t.equal(readK('k: 0644\n'), 420, 'octal file modes');
  t.equal(readK('k: 2001-12-14\n'), '2001-12-14', 'timestamps stay strings');
  t.equal(readK('k: 1:30\n'), '1:30', 'no base 60');
  t.equal(readK('k: 9007199254740993\n'), 9007199254740992, 'ints are numbers, not BigInt');
});

t.test('explicitly tagged scalars and collections read as go-yaml v2 reads them', async (t) => {
  const tagged = Object.entries(recorded).filter(([word]) => word.startsWith('!!'));
  t.ok(tagged.length >= 10, 'the recording holds tagged words');
  for (const [word, go] of tagged) {
    const doc = readStream(`k: ${word}\n`, 't').docs[0];
    if ('error' in go) {
      t.ok(doc?.errors.length, `${word} is refused (go: ${go.error})`);
      continue;
    }
    t.same(doc?.errors, [], `${word} reads`);
    const ours = (doc?.value as Record<string, unknown> | undefined)?.k;
    if (go.type.startsWith('map[')) {
      // A plain mapping (not a Set or Map), its keys go's (which prints them sorted):
      // `map[true:<nil> x:<nil>]` for `{x, y}`, `y` being YAML 1.1's true.
      t.equal(Object.getPrototypeOf(ours), Object.prototype, `${word} is a plain mapping`);
      const keys = [...go.value.matchAll(/[[ ]([^: ]+):/g)].map((m) => m[1]);
      t.same(Object.keys(ours as object).sort(), keys, `keys of ${word}`);
    } else if (go.type.startsWith('[]')) {
      t.ok(Array.isArray(ours), `${word} is a sequence`);
    } else if (go.type === 'string') {
      // `!!binary` decodes; other scalars' types and values: the plain-scalar test above.
      t.equal(ours, go.value, `value of ${word}`);
    }
  }
});

t.test(
  'a string is written plain only if go-yaml v2 reads that plain text back as the same string',
  async (t) => {
    for (const [word, go] of Object.entries(recorded)) {
      const goReadsSame = !('error' in go) && go.type === 'string' && go.value === word;
      if (isPlainSafe(word))
        t.ok(goReadsSame, `${label(word)} is plain, and go reads it as that string`);
    }
  },
);

const TRICKY = [
  'true',
  'yes',
  'on',
  'Off',
  'y',
  'N',
  '1337',
  '0644',
  '1e3',
  '0x1F',
  '1_000',
  '.inf',
  '.nan',
  '',
  ' ',
  '*',
  '~',
  'null',
  'NULL',
  'a: b',
  'a #b',
  'a#b',
  'a:',
  '-',
  '- a',
  '-p',
  '--domain',
  '---',
  '...',
  '? x',
  '[a]',
  '{a}',
  '&a',
  '!a',
  '|',
  '>',
  "'q'",
  '"q"',
  '%x',
  '@x',
  '`x',
  ' lead',
  'trail ',
  'tab\there',
  "it's",
  'say "hi"',
  'back\\slash',
  'é ü 中文',
  '\u2028sep',
  '\u0007bell',
  'del\u007f',
  '<<',
  '=',
  '2001-12-14',
  '1:30',
  '12:30:45',
  '{"a":1}',
  'x\n',
  'x\ny',
  'x\ny\n',
  'x\ny\n\n',
  '\nx',
  '  x\ny',
  'x\n  y\n',
  'a\r\nb',
  '\n',
  '\n\n',
  'x\n\n\ny',
  'trailing space \nline',
  '# not a comment\nx',
  'x\t\ny',
];

t.test('tricky strings read back exactly, as values, keys and list items', async (t) => {
  for (const s of TRICKY) t.doesNotThrow(() => checkTricky(t, s), label(s));
});

/** Writes `s` as a value, a list item and a key, and reads each back. */
function checkTricky(t: Test, s: string): void {
  {
    const asValue = patchYamlText('a: 1\n', { a: 1, k: s });
    t.same(
      readStream(asValue, 't').docs[0]?.value,
      { a: 1, k: s },
      `value ${label(s)}: ${label(asValue)}`,
    );
    const asItem = patchYamlText('l:\n- 1\n', { l: [1, s, { k: s }] });
    t.same(
      readStream(asItem, 't').docs[0]?.value,
      { l: [1, s, { k: s }] },
      `item ${label(s)}: ${label(asItem)}`,
    );
    if (s === '' || s.includes('\n')) return;
    const asKey = patchYamlText('a: 1\n', { a: 1, [s]: 'v' });
    t.same(
      readStream(asKey, 't').docs[0]?.value,
      { a: 1, [s]: 'v' },
      `key ${label(s)}: ${label(asKey)}`,
    );
  }
}

t.test('how things are written', async (t) => {
  t.equal(renderString('true'), '"true"');
  t.equal(renderString('1337'), '"1337"');
  t.equal(renderString(''), '""');
  t.equal(renderString('*'), '"*"');
  t.equal(renderString('-p'), '-p');
  t.equal(renderString('{"a":1}'), `'{"a":1}'`);
  t.equal(patchYamlText('a: 1\n', { a: 1, s: 'x\ny\n' }), 'a: 1\ns: |\n  x\n  y\n');
  t.equal(patchYamlText('a: 1\n', { a: 1, s: 'x\ny' }), 'a: 1\ns: |-\n  x\n  y\n');
  t.equal(patchYamlText('a: 1\n', { a: 1, s: 'x\ny\n\n' }), 'a: 1\ns: |+\n  x\n  y\n\n');
  t.equal(patchYamlText('a: 1\n', { a: 1, m: {}, l: [] }), 'a: 1\nm: {}\nl: []\n');
});
