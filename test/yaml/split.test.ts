/**
 * Cutting a YAML stream into documents without parsing it (lib/yaml/split.ts): where it cuts
 * and where it must not, that the pieces tile the text, and that how the text arrives in
 * chunks never changes the pieces.
 */
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { DocumentSplitter, type StreamPiece } from '../../lib/yaml/split.js';

/** The pieces of `text` pushed in chunks of `size` characters (whole when 0). */
function split(text: string, size = 0): StreamPiece[] {
  const s = new DocumentSplitter();
  const out: StreamPiece[] = [];
  if (size === 0) out.push(...s.push(text));
  else for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  return [...out, ...s.end()];
}

/** Streams as the pieces they are cut into (the text is the pieces joined: they tile it). */
const PIECES: Record<string, string[]> = {
  'cut before each ---': ['a: 1\n', '---\nb: 2\n', '---\nc: 3\n'],
  'comments above a --- stay with the document before': ['a: 1\n# about b\n', '---\nb: 2\n'],
  'a leading comment, directive or blank lines join the first document': [
    '# header\n\n%YAML 1.1\n---\na: 1\n',
  ],
  'a --- in an indented block scalar is content': [
    'data:\n  x: |\n    one\n    ---\n    two\n',
    '---\nb: 2\n',
  ],
  'markers need whitespace or the line end after them': ['a: |\n  x\n----\n---x\n', '---\tb: 2\n'],
  '--- with content on its line': ['--- |\n  text\n', '--- {a: 1}\n', '--- !!map\nb: 2\n'],
  '... ends a document; what follows is the next': [
    'a: 1\n...\n',
    '%YAML 1.1\n---\nb: 2\n...\n',
    'c: 3\n',
  ],
  'empty documents and a trailing comment': ['---\n', '---\n# the end\n'],
  'CRLF line ends': ['a: 1\r\n', '---\r\nb: 2\r\n'],
  'a byte-order mark before the first marker': ['\ufeff---\na: 1\n', '---\nb: 2'],
  'JSON is one piece, whatever it holds': ['\n  {"a": "x",\n---\n"b": 1}\n'],
  'nothing but blanks': ['\n \n'],
  'nothing at all': [],
};

const CASES = Object.entries(PIECES).map(([name, pieces]) => ({
  name,
  text: pieces.join(''),
  pieces,
}));

t.test('where streams are cut', async (t) => {
  for (const { name, ...c } of CASES) {
    const pieces = split(c.text);
    t.strictSame(
      pieces.map((p) => p.text),
      c.pieces,
      name,
    );
    for (const size of [1, 2, 3, 5, 16])
      t.strictSame(split(c.text, size), pieces, `${name}: in chunks of ${size}`);
  }
});

t.test("each piece holds at most one document, as yaml's reader counts them", async (t) => {
  for (const { name, ...c } of CASES) {
    if (c.text.trimStart().startsWith('{')) continue;
    const pieces = split(c.text);
    for (const p of pieces) {
      const docs = parseAllDocuments(p.text);
      const count = Array.isArray(docs) ? docs.length : 0;
      t.equal(count, p.hasDocument ? 1 : 0, `${name}: ${JSON.stringify(p.text)}`);
    }
    const whole = parseAllDocuments(c.text);
    t.equal(
      pieces.filter((p) => p.hasDocument).length,
      Array.isArray(whole) ? whole.length : 0,
      `${name}: as many documents as the whole stream has`,
    );
  }
});

t.test('each piece knows the line it starts on', async (t) => {
  const pieces = split('a: 1\nb: 2\n---\nc: 3\n...\n\n---\nd: 4\n');
  t.strictSame(
    pieces.map((p) => p.line),
    [0, 2, 5],
  );
});
