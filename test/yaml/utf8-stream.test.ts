/**
 * Decoding input bytes as they arrive (lib/yaml/text.ts Utf8Stream) gives the text, or the
 * error, that decoding them whole gives, wherever the chunks are cut: inside a multi-byte
 * character, right before a bad byte, or after many lines.
 */
import t from 'tap';
import { KinjectError, formatError } from '../../lib/errors.js';
import { decodeUtf8, Utf8Stream } from '../../lib/yaml/text.js';

/** The text, or the error as the user reads it. */
function outcome(decode: () => string): string {
  try {
    return `text: ${decode()}`;
  } catch (e) {
    if (!(e instanceof KinjectError)) throw e;
    return `error: ${formatError(e)}`;
  }
}

/**
 * How a reader hands its chunks over: as views of its bytes, or each copied into one buffer
 * that it reuses for the next (as cli/io.ts reads files).
 */
const HANDOVERS: Record<string, (size: number) => (chunk: Uint8Array) => Uint8Array> = {
  chunks: () => (chunk) => chunk,
  'chunks read into one buffer': (size) => {
    const buffer = Buffer.alloc(size);
    return (chunk) => {
      buffer.set(chunk);
      return buffer.subarray(0, chunk.length);
    };
  },
};

/** `bytes` decoded in chunks of `size`, each handed over by `handOver`. */
function chunked(
  bytes: Uint8Array,
  size: number,
  handOver: (chunk: Uint8Array) => Uint8Array,
): string {
  const decoder = new Utf8Stream();
  let text = '';
  for (let i = 0; i < bytes.length; i += size)
    text += decoder.push(handOver(bytes.subarray(i, i + size)));
  return text + decoder.end();
}

const enc = (s: string) => Buffer.from(s, 'utf8');
const CASES: Record<string, Uint8Array> = {
  'ASCII lines': enc('a: 1\nb: 2\n'),
  'two-, three- and four-byte characters': enc('name: café\nsym: €\nemoji: 🚀\n'),
  'a U+FFFD the file really holds': enc('x: "\ufffd"\n'),
  'a byte-order mark': enc('\ufeffkind: ConfigMap\n'),
  'a bad byte on a later line': Buffer.concat([
    enc('a: 1\nb: é\nc: "'),
    Buffer.from([0xff]),
    enc('"\n'),
  ]),
  'a bad byte after a character that was cut': Buffer.concat([enc('é€'), Buffer.from([0x80])]),
  'a character cut off by the end': Buffer.concat([enc('a: 1\nb: '), Buffer.from([0xe2, 0x82])]),
  'a stray continuation byte': Buffer.concat([enc('a\nbc'), Buffer.from([0xbf]), enc('d\n')]),
};

t.test('chunked decoding is whole decoding, for every chunk size and handover', async (t) => {
  for (const [how, handover] of Object.entries(HANDOVERS))
    for (const [name, bytes] of Object.entries(CASES)) {
      const whole = outcome(() => decodeUtf8(bytes));
      for (let size = 1; size <= bytes.length; size++)
        t.equal(
          outcome(() => chunked(bytes, size, handover(size))),
          whole,
          `${name}, ${how} of ${size}`,
        );
    }
});

t.test('the cases mean what they say', async (t) => {
  t.equal(
    outcome(() => decodeUtf8(CASES['a bad byte on a later line'])),
    'error: 3:5: invalid UTF-8 (byte 0xFF): not a text file?',
  );
  t.match(
    outcome(() => decodeUtf8(CASES['a character cut off by the end'])),
    /^error: 2:4: invalid UTF-8 \(byte 0xE2\)/,
  );
  t.equal(
    outcome(() => decodeUtf8(CASES['a U+FFFD the file really holds'])),
    'text: x: "\ufffd"\n',
  );
});
