/** Mapping a quoted scalar's characters back to its source (lib/yaml/quoted-offsets.ts). */
import t from 'tap';
import { parseDocument, isScalar } from 'yaml';
import { quotedOffsets } from '../../lib/yaml/quoted-offsets.js';

/** Each source: a `v: <scalar>` line (or lines), and the source text of each value character. */
const CASES: [name: string, source: string, chars: string[]][] = [
  ['plain characters', 'v: "ab"', ['a', 'b']],
  ['one-character escapes', 'v: "a\\n\\"\\\\"', ['a', '\\n', '\\"', '\\\\']],
  ['hex escapes', 'v: "\\x41\\u00e9"', ['\\x41', '\\u00e9']],
  ['an escaped line break joins the lines', 'v: "ab\\\n   \\ c"', ['a', 'b', '\\ ', 'c']],
  ['a raw line break folds to a space', 'v: "a  \n   b"', ['a', '\n', 'b']],
  ['a blank line is a newline', 'v: "a\n\n  b"', ['a', '\n', 'b']],
  ["single quotes: '' is a quote", "v: 'it''s'", ['i', 't', "''", 's']],
];

t.test('every character maps to the source text that makes it', async (t) => {
  for (const [name, source, chars] of CASES) {
    const doc = parseDocument(source, { version: '1.1' });
    const node = doc.get('v', true);
    if (!isScalar(node) || !node.range) throw new Error(`${name}: no scalar`);
    const offsets = quotedOffsets(source, node.range[0], String(node.value));
    t.ok(offsets, name);
    const all = offsets ?? [];
    const at = all.slice(0, -1).map((o, i) => source.slice(o, all[i + 1]));
    t.same(
      at.map((s, i) => s.slice(0, chars[i]?.length ?? 0)),
      chars,
      `${name}: each character's source`,
    );
    t.equal(
      source[offsets?.at(-1) ?? 0],
      source[node.range[0]],
      `${name}: the end is the closing quote`,
    );
  }
});

t.test('nothing it cannot follow', async (t) => {
  t.equal(quotedOffsets('v: ab', 3, 'ab'), undefined, 'a plain scalar');
  t.equal(quotedOffsets('v: "ab', 3, 'ab'), undefined, 'no closing quote');
  t.equal(quotedOffsets('v: "\\q"', 3, 'q'), undefined, 'an escape YAML does not have');
  t.equal(quotedOffsets('v: "ab"', 3, 'ba'), undefined, 'a value it does not reproduce');
});
