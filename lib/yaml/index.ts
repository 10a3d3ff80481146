/**
 * Manifest stream I/O: read multi-document YAML (YAML 1.1, as Kubernetes reads it) or JSON with
 * positions, and write it back with untouched documents byte for byte and changed ones edited in place.
 */
export {
  readStream,
  type SourceDocument,
  type SourceStream,
  type ParsedStream,
  type ParsedDocument,
  type SyntaxTree,
} from './read.js';
export { documentObject, streamObjectsOf, type StreamObject } from './document-object.js';
export { writeStream, documentEdits } from './write.js';
export { applyEdits, type Edit } from './edits.js';
export { decodeUtf8, Utf8Stream } from './text.js';
export { patchYamlText } from './patch-text.js';
export { PARSE_OPTIONS } from './schema.js';
export { anchorsOf } from './anchors.js';
export { decodedValue } from './decode.js';
