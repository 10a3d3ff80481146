// Realistic edits: each conformance case's input patched to Istio's expected output (read with our
// reader) must read back as exactly that output, and keep every comment the input had.
// Needs the conformance corpus (skipped without it).
import t from 'tap';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readStream, writeStream } from '../../lib/yaml/index.js';
import { corpusTest, corpusText } from '../support/corpus.js';

/** Comment texts of a YAML text (whole-line and trailing), trimmed. */
function commentsOf(text: string): string[] {
  return readStream(text, 'c').docs.length === 0
    ? []
    : [...text.matchAll(/(?:^|\s)(#.*)$/gm)].map((m) => m[1].trim());
}

corpusTest(t, 'conformance inputs patched to their expected outputs', async (t, corpus) => {
  const cases = path.join(corpus, 'cases');
  const dirs = readdirSync(cases).filter((d) => existsSync(path.join(cases, d, 'expected.yaml')));
  t.ok(dirs.length > 0, 'the corpus has cases');
  for (const dir of dirs) {
    const input = corpusText(`cases/${dir}/input.yaml`);
    const expected = readStream(corpusText(`cases/${dir}/expected.yaml`), 'expected.yaml');
    const stream = readStream(input, 'input.yaml');
    const wanted = expected.docs.map((d) => d.value).filter((v) => v !== null);
    const objects = stream.docs.filter((d) => d.value !== null);
    const changes = new Map(
      objects.map((d, i) => [d.index, wanted[i] ?? d.value] as [number, unknown]),
    );
    const out = writeStream(stream, changes);
    const back = readStream(out, 'out.yaml');
    t.same(
      back.docs.flatMap((d) => d.errors),
      [],
      `${dir}: output parses`,
    );
    t.same(
      back.docs.map((d) => d.value),
      stream.docs.map((d) => (changes.has(d.index) ? changes.get(d.index) : d.value)),
      `${dir}: output reads as the expected value`,
    );
    const kept = commentsOf(out);
    const lost = commentsOf(input).filter((c) => !kept.includes(c));
    t.same(lost, [], `${dir}: comments kept`);
  }
});
