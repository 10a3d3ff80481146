// Property-style: random small documents (in random layouts, with comments) get random edits.
// The patched text must read back as the new value, untouched documents must stay byte for byte,
// and a one-scalar edit must change only that scalar's line.
import { isJsonArray } from '../../lib/go/json-map.js';
import t from 'tap';
import { stringify } from 'yaml';
import { readStream, writeStream } from '../../lib/yaml/index.js';
import { createRandom } from '../support/random.js';

type Rand = () => number;
type Plain = Record<string, unknown>;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const KEYS = [
  'name',
  'image',
  'args',
  'env',
  'ports',
  'a',
  'b',
  'metadata',
  'labels',
  'on',
  'x y',
  'k8s.io/z',
];
const SCALARS: readonly unknown[] = [
  0,
  1,
  1337,
  -2.5,
  true,
  false,
  null,
  '',
  'text',
  'yes',
  '0644',
  '1e3',
  'a: b',
  '#x',
  '- y',
  'multi\nline\n',
  'end\n\n',
  'é',
];

/** A random plain value; `multiLine` allows multi-line strings (kept out of originals, where comment lines are spliced in). */
function randomValue(r: Rand, depth: number, multiLine: boolean): unknown {
  const roll = r();
  if (depth <= 0 || roll < 0.4) {
    const s = pick(r, SCALARS);
    return !multiLine && typeof s === 'string' && s.includes('\n') ? 'plain' : s;
  }
  if (roll < 0.7) {
    const m: Plain = {};
    for (let i = Math.floor(r() * 4); i >= 0; i--)
      m[pick(r, KEYS)] = randomValue(r, depth - 1, multiLine);
    return m;
  }
  const items = Array.from({ length: Math.floor(r() * 4) }, () =>
    r() < 0.4
      ? { name: pick(r, ['p', 'q', 'r', 's']), v: randomValue(r, depth - 2, multiLine) }
      : randomValue(r, depth - 1, multiLine),
  );
  return items;
}

/** A random edit of `v` (a deep copy is changed). */
function mutate(r: Rand, v: unknown, depth = 0): unknown {
  if (depth > 4 || r() < 0.15) return randomValue(r, 2, true);
  if (isJsonArray(v)) {
    const out = v.map((x) => (r() < 0.3 ? mutate(r, x, depth + 1) : x));
    const op = r();
    if (op < 0.2 && out.length > 0) out.splice(Math.floor(r() * out.length), 1);
    else if (op < 0.4) out.splice(Math.floor(r() * (out.length + 1)), 0, randomValue(r, 2, true));
    else if (op < 0.6 && out.length > 1) out.reverse();
    return out;
  }
  if (v !== null && typeof v === 'object') {
    const out: Plain = {};
    for (const [k, x] of Object.entries(v)) {
      const op = r();
      if (op < 0.15) continue;
      out[k] = op < 0.45 ? mutate(r, x, depth + 1) : x;
    }
    if (r() < 0.3) out[pick(r, KEYS)] = randomValue(r, 2, true);
    return out;
  }
  return randomValue(r, 1, true);
}

/** The value as YAML text in a random layout, with comment lines before some keys and items. */
function layout(r: Rand, v: unknown): string {
  const text = stringify(v, {
    indent: pick(r, [2, 4]),
    indentSeq: r() < 0.5,
    lineWidth: 0,
    collectionStyle: r() < 0.15 ? 'flow' : 'any',
  });
  let n = 0;
  return text
    .split('\n')
    .map((line) => {
      const m = /^( *)(- |[\w"'])/.exec(line);
      return m && r() < 0.3 ? `${m[1]}# c${n++}\n${line}` : line;
    })
    .join('\n');
}

/** A readable name for a text in a test message. */
const show = (s: string) => JSON.stringify(s);

t.test('random edits on random documents read back as the new value', async (t) => {
  const r = createRandom(20261122).next;
  for (let round = 0; round < 300; round++) {
    const root: Plain = { kind: 'Test', spec: randomValue(r, 4, false) };
    const crlf = r() < 0.25;
    const lf = `# head\n${layout(r, root)}---\n# untouched\nkind: Other # x\n`;
    const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
    const stream = readStream(text, 'p.yaml');
    if (stream.docs.some((d) => d.errors.length > 0)) continue;
    const old = stream.docs[0].value;
    const next = mutate(r, old);
    const out = writeStream(stream, new Map([[0, next]]));
    const back = readStream(out, 'back.yaml');
    const label = `round ${round}: ${show(text)} -> ${show(out)}`;
    t.same(
      back.docs.flatMap((d) => d.errors.map((e) => e.message)),
      [],
      label,
    );
    t.same(back.docs[0]?.value, next, label);
    const tail = '---\n# untouched\nkind: Other # x\n';
    t.ok(
      out.endsWith(crlf ? tail.replace(/\n/g, '\r\n') : tail),
      `untouched document kept: ${label}`,
    );
    if (crlf) t.notOk(/[^\r]\n/.test(out), `CRLF kept: ${label}`);
  }
});

t.test('a one-scalar edit changes only that scalar’s line', async (t) => {
  const r = createRandom(7).next;
  for (let round = 0; round < 200; round++) {
    const text = layout(r, { kind: 'Test', spec: randomValue(r, 4, false) });
    const stream = readStream(text, 'p.yaml');
    const old = stream.docs[0]?.value;
    // Find a path to a scalar.
    const path: (string | number)[] = [];
    let at: unknown = old;
    while (at !== null && typeof at === 'object' && Object.keys(at).length > 0) {
      const keys: (string | number)[] = Array.isArray(at) ? at.map((_, i) => i) : Object.keys(at);
      const k = pick(r, keys);
      path.push(k);
      at = (at as Plain)[k];
    }
    // A list item's `name` is its identity: renaming it replaces the item, so it is not a one-scalar edit.
    if (
      path.length === 0 ||
      (at !== null && typeof at === 'object') ||
      path[path.length - 1] === 'name'
    )
      continue;
    const next = structuredClone(old) as Plain;
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Plain)[k], next) as Plain;
    parent[path[path.length - 1]] = pick(r, ['changed', 42, 'on', 'a #b', null]);
    const out = writeStream(stream, new Map([[0, next]]));
    t.same(readStream(out, 'b').docs[0]?.value, next, `round ${round}`);
    const line = stream.docs[0].posOf(path)?.line;
    const before = text.split('\n');
    const after = out.split('\n');
    t.equal(after.length, before.length, `same number of lines: ${show(text)} -> ${show(out)}`);
    t.same(
      after.map((l, i) => (i + 1 === line ? '*' : l)),
      before.map((l, i) => (i + 1 === line ? '*' : l)),
      `only line ${line} differs: ${show(text)} -> ${show(out)}`,
    );
  }
});
