/** A one-call helper over the stream API, for tests and tools: one YAML document's text, patched to a new value. */
import { readStream } from './read.js';
import { writeStream } from './write.js';

/** The text of document `index` (default: the only one) of `text`, and the rest of the stream, with that document edited to read as `value`. */
export function patchYamlText(text: string, value: unknown, index = 0): string {
  return writeStream(readStream(text, '<text>'), new Map([[index, value]]));
}
