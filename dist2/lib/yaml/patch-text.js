/** A one-call helper over the stream API, for tests and tools. */
import { readStream } from './read.js';
import { writeStream } from './write.js';
/** `text` (a YAML stream) with document `index` (default 0) edited in place to read as `value`; other documents untouched. */
export function patchYamlText(text, value, index = 0) {
    return writeStream(readStream(text, '<text>'), new Map([[index, value]]));
}
//# sourceMappingURL=patch-text.js.map