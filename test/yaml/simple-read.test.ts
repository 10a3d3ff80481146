/**
 * The reader for simple documents (lib/yaml/simple-read.ts): where it answers, it answers
 * what `yaml` answers (value, where the root starts, and the tree kinject’s writer reads);
 * where it is not sure, it gives up, so that `yaml` reads the document and reports its errors
 * as before.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import t, { type Test } from 'tap';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { generateStream } from '../../bench/generate.js';
import { readSimpleDocument } from '../../lib/yaml/simple-read.js';
import { dashOffsets, pairOffsets } from '../../lib/yaml/nodes.js';
import { DocumentSplitter } from '../../lib/yaml/split.js';
import { PARSE_OPTIONS } from '../../lib/yaml/schema.js';
import { readStream } from '../../lib/yaml/index.js';
import { corpusTest, REPO_ROOT } from '../support/corpus.js';

/** What `yaml` reads from a one-document text: its value and its root's offset, or undefined if it has errors. */
function yamlReads(
  text: string,
): { value: unknown; rootOffset: number; tree: unknown } | undefined {
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, keepSourceTokens: true });
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const [doc] = docs;
  if (doc === undefined || doc.errors.length > 0) return undefined;
  return {
    value: doc.toJS({ maxAliasCount: -1 }) as unknown,
    rootOffset: doc.contents?.range?.[0] ?? -1,
    tree: outline(doc.contents),
  };
}

/**
 * What kinject's writer and positions read of a tree, as plain data: kinds, flow, scalar
 * styles and values, where nodes start (and, for scalars and flow, end), where block pairs
 * and items start.
 */
function outline(node: unknown): unknown {
  if (isPair(node)) return { key: outline(node.key), value: outline(node.value) };
  const n = node as Node;
  if (isScalar(n)) return { scalar: n.type, value: n.value, range: n.range?.slice(0, 2) };
  if (!isMap(n) && !isSeq(n)) return { other: String(node) };
  return {
    kind: isMap(n) ? 'map' : 'seq',
    flow: n.flow === true,
    range: n.flow ? n.range?.slice(0, 2) : n.range?.[0],
    at: n.flow ? undefined : isMap(n) ? pairOffsets(n) : dashOffsets(n),
    items: n.items.map(outline),
  };
}

/** Every document of `text` (cut as a stream is cut): the reader, where it answers, agrees with `yaml` (value, root, tree). Returns how many it answered. */
function agreesWithYaml(t: Test, text: string, name: string): number {
  const splitter = new DocumentSplitter();
  let answered = 0;
  for (const piece of [...splitter.push(text), ...splitter.end()]) {
    const simple = simpleReads(piece.text);
    if (simple === undefined) continue;
    answered++;
    const expected = yamlReads(piece.text);
    if (expected === undefined) t.fail(`${name}: read a document yaml refuses: ${piece.text}`);
    else if (JSON.stringify(simple) !== JSON.stringify(expected))
      t.strictSame(simple, expected, `${name}, line ${piece.line + 1}`);
  }
  return answered;
}

/** What the reader reads from a one-document text (as {@link yamlReads} says it), or undefined if it gives up. */
function simpleReads(text: string): ReturnType<typeof yamlReads> {
  const read = readSimpleDocument(text);
  return read && { value: read.value, rootOffset: read.rootOffset, tree: outline(read.tree) };
}

/** YAML files under `dir`. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(file);
    return /\.ya?ml$/.test(name) ? [file] : [];
  });
}

t.test('the bench stream: every document read, as yaml reads it', async (t) => {
  const text = [...generateStream(30)].join('');
  const docs = [...new DocumentSplitter().push(text)].length + 1;
  t.equal(agreesWithYaml(t, text, 'bench stream'), docs);
});

t.test("the repository's manifests: as yaml reads them, where the reader answers", async (t) => {
  let answered = 0;
  for (const dir of ['examples', 'test'])
    for (const file of yamlFiles(path.join(REPO_ROOT, dir)))
      answered += agreesWithYaml(t, readFileSync(file, 'utf8'), path.relative(REPO_ROOT, file));
  t.ok(answered > 20, `answered for ${answered} documents`);
});

corpusTest(t, "Istio's corpus: as yaml reads it, where the reader answers", async (t, corpus) => {
  let answered = 0;
  for (const file of yamlFiles(corpus))
    answered += agreesWithYaml(t, readFileSync(file, 'utf8'), path.basename(file));
  t.ok(answered > 100, `answered for ${answered} documents`);
});

/** Documents the reader reads (each checked against yaml). */
const READ: Record<string, string> = {
  'comments everywhere, a marker with a comment': `# head\n--- # start\nkind: Service # k\n# mid\nmetadata:\n  # above\n  name: web   # n\n`,
  'a sequence at its key’s indentation, and indented': `a:\n- x\n- why\nb:\n  - 1\n  - z: 2\n    w: 3\nc: 4\n`,
  'an empty item, then items': `a:\n-\n- -x\n-\n  k: v\n- ~\n`,
  'empty values are null': `a:\nb: ~\nc: null\nd:\n  e:\n`,
  'typed scalars': `i: 42\nneg: -7\nf: 0.25\nt: true\nf2: false\ns: 1.2.3\nz: 0\n`,
  'quoted scalars': `a: "x: y # z"\nb: 'it''s'\nc: "tab\\tand \\"quote\\" \\\\ /"\nd: ''\ne: "" # empty\n`,
  'flow collections on one line': `a: [1, "two", 'three', four five]\nb: {x: 1, "y z": [], w: {}}\nc: []\nd: {}\n`,
  'literal block scalars': `a: |\n  one\n\n  # not a comment\n    indented\n  ---\nb: |-\n  no break\nc: | # why\n  x\n\n\nd: 1\n`,
  'a literal in a sequence': `a:\n- |\n  x\n- |-\n   y\n`,
  'plain scalars with indicators inside': `a: x#y\nb: a, b [c] {d}\nc: -x\nd: http://h:80/p\ne: "*"\n`,
  'an indented root': `  a: 1\n  b:\n    c: 2\n`,
};

t.test('documents it reads, as yaml reads them', async (t) => {
  for (const [name, text] of Object.entries(READ)) {
    t.not(readSimpleDocument(text), undefined, `${name}: read`);
    t.strictSame(simpleReads(text), yamlReads(text), name);
  }
});

/** Documents the reader leaves to yaml: things it does not read, and errors. */
const LEFT: Record<string, string> = {
  anchor: `a: &x 1\nb: *x\n`,
  tag: `a: !!str 1\n`,
  folded: `a: >\n  x\n`,
  'kept block scalar': `a: |+\n  x\n\n`,
  'indentation indicator': `a: |2\n   x\n`,
  'an empty literal': `a: |\nb: 1\n`,
  tab: `a:\tb\n`,
  crlf: `a: 1\r\n`,
  'byte-order mark': `\ufeffa: 1\n`,
  'no final line break': `a: 1`,
  'duplicate key': `a: 1\na: 2\n`,
  'duplicate flow key': `a: {b: 1, b: 2}\n`,
  'nested mapping on one line': `a: b: c\n`,
  'multi-line plain scalar': `a: one\n  two\n`,
  'multi-line quoted scalar': `a: "one\n  two"\n`,
  'multi-line flow': `a: [1,\n  2]\n`,
  'comment inside flow': `a: [1, # c\n]\n`,
  'a second document': `a: 1\n---\nb: 2\n`,
  'document end': `a: 1\n...\n`,
  directive: `%YAML 1.1\n---\na: 1\n`,
  'content on the marker line': `--- {a: 1}\n`,
  'YAML 1.1 booleans and nulls': `a: yes\n`,
  'a typed key': `on: 1\n`,
  octal: `a: 0123\n`,
  exponent: `a: 1e3\n`,
  timestamp: `a: 2001-12-14\n`,
  'base 60': `a: 1:30\n`,
  infinity: `a: .inf\n`,
  'quoted key': `"a": 1\n`,
  'complex key': `? a\n: 1\n`,
  __proto__: `__proto__: 1\n`,
  'a comment glued to a quote': `a: "x"#c\n`,
  'an escape JSON lacks': `a: "\\x41"\n`,
  'bad indentation': `a:\n    b: 1\n  c: 2\n`,
  'a sequence root': `- a\n`,
  'a scalar root': `text\n`,
  'an empty document': `# nothing\n`,
  'a line separator': `a: x\u2028y\n`,
  'unterminated quote': `a: "x\n`,
  'an item after a mapping': `a: 1\n- b\n`,
  'a key without a space': `a:b\n`,
  'indentation past the bound': `a:\n${' '.repeat(161)}b: 1\n`,
  'flow nested past the bound': `a: ${'['.repeat(51)}${']'.repeat(51)}\n`,
};

t.test('documents it leaves to yaml', async (t) => {
  for (const [name, text] of Object.entries(LEFT)) {
    t.equal(readSimpleDocument(text), undefined, name);
  }
});

t.test('deep nesting is left to yaml (its message), not a crash', async (t) => {
  const deep = `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
  t.equal(readSimpleDocument(deep), undefined);
});

t.test('a simple document read through readStream: value, root position, lazy tree', async (t) => {
  const text = `# lead\n---\nkind: Service\nmetadata:\n  name: web\n`;
  const [doc] = readStream(text, 'f.yaml', 10).docs;
  t.strictSame(doc?.value, { kind: 'Service', metadata: { name: 'web' } });
  t.strictSame(doc?.posOf([]), { line: 13, col: 1 }, 'the root, in the larger stream');
  t.strictSame(doc?.posOf(['metadata', 'name']), { line: 15, col: 9 }, 'a path, from the tree');
  t.equal(doc?.tree()?.contents?.range?.[0], text.indexOf('kind'));
});
