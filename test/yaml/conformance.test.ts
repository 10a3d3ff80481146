// Realistic edits: each conformance case's input patched to Istio's expected output (read with our
// reader) must read back as exactly that output, and keep every comment the input had.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import t from 'tap';
import { readStream, writeStream } from '../../lib/yaml/index.js';

const CASES = new URL('../../../../shared/conformance/istio/cases/', import.meta.url);

/** Comment texts of a YAML text (whole-line and trailing), trimmed. */
function commentsOf(text: string): string[] {
  return readStream(text, 'c').docs.length === 0
    ? []
    : [...text.matchAll(/(?:^|\s)(#.*)$/gm)].map((m) => m[1].trim());
}

const dirs = existsSync(CASES)
  ? readdirSync(CASES).filter((d) => existsSync(new URL(`${d}/expected.yaml`, CASES)))
  : [];

t.test(
  'conformance inputs patched to their expected outputs',
  { skip: dirs.length === 0 && 'no conformance corpus' },
  async (t) => {
    for (const dir of dirs) {
      const input = readFileSync(new URL(`${dir}/input.yaml`, CASES), 'utf8');
      const expected = readStream(
        readFileSync(new URL(`${dir}/expected.yaml`, CASES), 'utf8'),
        'expected.yaml',
      );
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
  },
);
