/** YAML- and text-level faults: each refused at the fault, exit 2, nothing written. */
import t from 'tap';
import { assertRefused, type Files } from './harness.js';

interface Case {
  name: string;
  text: string | Uint8Array;
  line: number;
  /** null: any column (where the parser ran out of stack). */
  col: number | null;
  message: RegExp;
}

/** A bomb of `levels` levels, each alias list nine times the one before. */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return ['kind: ConfigMap', ...lines, ''].join('\n');
}

const deepFlow = `kind: ConfigMap\ndata: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
const deepJson = `{"kind": "ConfigMap", "data": ${'{"a": '.repeat(800)}1${'}'.repeat(800)}}\n`;

const CASES: Case[] = [
  {
    name: 'malformed: an unclosed flow sequence',
    text: 'kind: Deployment\nmetadata:\n  name: [a, b\nspec: {}\n',
    line: 4,
    col: 1,
    message: /Flow sequence .* end with a \]/,
  },
  {
    name: 'a tab as indentation',
    text: 'kind: ConfigMap\ndata:\n\tx: "1"\n',
    line: 3,
    col: 1,
    message: /Tabs are not allowed/,
  },
  {
    name: 'an unterminated quote, where it opens (not at the end of the input)',
    text: 'kind: ConfigMap\ndata:\n  x: "abc\n  y: 2\n  z: 3\n',
    line: 3,
    col: 6,
    message: /Missing closing "quote/,
  },
  {
    name: 'an unterminated single quote in a later document',
    text: "kind: ConfigMap\n---\nkind: ConfigMap\ndata:\n  x: ok\n  y: 'it\n  z: 3\n",
    line: 6,
    col: 6,
    message: /Missing closing 'quote/,
  },
  {
    name: 'an unterminated quote inside a flow mapping',
    text: 'kind: ConfigMap\ndata: {a: "1", b: "2}\n',
    line: 2,
    col: 19,
    message: /Missing closing "quote/,
  },
  {
    name: 'a duplicate key, as kubectl words it',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n',
    line: 5,
    col: 3,
    message: /mapping key "name" already defined at line 4$/m,
  },
  {
    name: 'a duplicate key in a later document, quoted the second time',
    text: 'kind: ConfigMap\n---\nkind: ConfigMap\ndata:\n  k: 1\n  "k": 2\n',
    line: 6,
    col: 3,
    message: /mapping key "k" already defined at line 5$/m,
  },
  {
    name: 'a document that is a sequence',
    text: '- a\n- b\n',
    line: 1,
    col: 1,
    message: /not a Kubernetes object/,
  },
  {
    name: 'a document that is a scalar, after a good one',
    text: 'kind: ConfigMap\n---\nhello\n',
    line: 3,
    col: 1,
    message: /not a Kubernetes object/,
  },
  {
    name: 'an alias bomb, refused at the alias that breaks the bound',
    // a0..a2 decode 1026 nodes, 990 of them through aliases; each alias in a3 adds 910
    // more, and the fourth brings the share past go-yaml's 99%.
    text: aliasBomb(9),
    line: 5,
    col: 25,
    message: /excessive aliasing/,
  },
  {
    name: 'a merge key whose value is not a mapping, at the value, in go-yaml’s words',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        <<: app=web\n',
    line: 9,
    col: 13,
    message: /map merge requires map or sequence of maps as the value/,
  },
  {
    name: 'an alias to an anchor never set, at the alias',
    text: 'kind: ConfigMap\n---\nkind: ConfigMap\ndata:\n  a: *missing\n',
    line: 5,
    col: 6,
    message: /unknown anchor 'missing' referenced/,
  },
  {
    name: 'nesting too deep for the parser',
    text: deepFlow,
    line: 2,
    col: null,
    message: /nests too deeply/,
  },
  {
    name: 'nesting past the bound in JSON, which parses',
    text: deepJson,
    line: 1,
    col: 30 + 6 * 499 + 1,
    message: /nests deeper than 500 levels/,
  },
  {
    name: 'a fault after a very long line',
    text: `kind: ConfigMap\ndata:\n  x: ${'a'.repeat(1_000_000)}\n  x: b\n`,
    line: 4,
    col: 3,
    message: /mapping key "x" already defined at line 3/,
  },
  {
    name: 'invalid UTF-8',
    text: Buffer.concat([
      Buffer.from('kind: ConfigMap\ndata:\n  x: "'),
      Buffer.from([0xff, 0x22, 0x0a]),
    ]),
    line: 3,
    col: 7,
    message: /invalid UTF-8 \(byte 0xFF\)/,
  },
  {
    name: 'binary input',
    text: Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256),
    line: 1,
    col: 2,
    message: /invalid UTF-8 \(byte 0x9E\)/,
  },
  {
    name: 'a NUL byte in valid UTF-8',
    text: 'kind: ConfigMap\ndata:\n  x: "a\u0000"\n',
    line: 3,
    col: 8,
    message: /control characters are not allowed \(U\+0000\)/,
  },
  {
    name: 'a fault after a byte-order mark (the mark is no column)',
    text: '\ufeffkind: ConfigMap\ndata: {a: [}\n',
    line: 2,
    col: 12,
    message: /./,
  },
  {
    name: 'a fault in a CRLF file is on the right line',
    text: 'kind: ConfigMap\r\ndata:\r\n  a: 1\r\n  a: 2\r\n',
    line: 4,
    col: 3,
    message: /mapping key "a" already defined at line 3/,
  },
  {
    // Read as 1.2, `<<: *base` would be a key of its own, dropped, and the image with it.
    name: 'a %YAML 1.2 directive, as go-yaml (so kubectl) refuses it',
    text: 'kind: ConfigMap\n...\n%YAML 1.2\n---\nkind: Pod\nspec:\n  containers:\n  - <<: {image: nginx}\n    name: app\n',
    line: 3,
    col: 1,
    message: /found incompatible YAML document: %YAML 1\.2/,
  },
  {
    name: 'a second %YAML directive for one document, as go-yaml refuses it',
    text: '%YAML 1.1\n%YAML 1.1\n---\nkind: ConfigMap\n',
    line: 2,
    col: 1,
    message: /found duplicate %YAML directive/,
  },
  {
    // yaml would stringify it (with a process warning on stderr); kubectl refuses the document.
    name: 'a mapping as a mapping key, even in a document passed through',
    text: 'kind: ConfigMap\ndata:\n  ? {a: 1}\n  : x\n',
    line: 3,
    col: 5,
    message: /a mapping key that is a mapping or a sequence/,
  },
  {
    name: 'a sequence as a mapping key',
    text: 'kind: ConfigMap\ndata:\n  [a, b]: x\n',
    line: 3,
    col: 3,
    message: /a mapping key that is a mapping or a sequence/,
  },
  {
    name: 'JSON with a trailing comma',
    text: '{"kind": "Pod",\n "metadata": {"name": "x",}}\n',
    line: 2,
    col: 27,
    message: /invalid JSON: unexpected "}"/,
  },
  {
    name: 'JSON cut short',
    text: '{"kind": "Pod",\n "metadata": {"name": ',
    line: 2,
    col: 23,
    message: /invalid JSON: unexpected end of input/,
  },
];

for (const c of CASES) {
  t.test(c.name, async (t) => {
    const files: Files = { 'in.yaml': c.text };
    await assertRefused(t, files, ['-f', 'in.yaml'], {
      file: 'in.yaml',
      line: c.line,
      col: c.col,
      message: c.message,
    });
  });
}

t.test('the same faults on stdin are placed in <stdin>', async (t) => {
  await assertRefused(
    t,
    {},
    [],
    { file: '<stdin>', line: 2, col: 1, message: /already defined at line 1/ },
    'a: 1\na: 2\n',
  );
});

t.test('invalid JSON after a long string: placed where it goes wrong', async (t) => {
  const long = 'y'.repeat(12_000_000);
  const text = `{"apiVersion": "v1", "kind": "ConfigMap", "data": {"a": "${long}"},}\n`;
  await assertRefused(t, { 'in.json': text }, ['-f', 'in.json'], {
    file: 'in.json',
    line: 1,
    // The `}` after the trailing comma (columns count from 1).
    col: text.indexOf('},}') + 3,
    message: /invalid JSON/,
  });
});
