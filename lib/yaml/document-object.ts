/**
 * What a manifest document must be to be read as a Kubernetes object: a mapping. Every
 * reader of manifest streams (injection, the control plane) checks it the same way.
 */
import { KinjectError } from '../errors.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import type { SourceDocument } from './read.js';

/**
 * The object a document of `file` holds; undefined for an empty document (comments only).
 * Anything but a mapping throws KinjectError('NOT_AN_OBJECT') with `message`, placed at the
 * document.
 */
export function documentObject(
  doc: SourceDocument,
  file: string,
  message: string,
): JsonMap | undefined {
  if (doc.value === null || doc.value === undefined) return undefined;
  if (!isJsonMap(doc.value))
    throw new KinjectError('NOT_AN_OBJECT', message, { file, doc: doc.index, pos: doc.posOf([]) });
  return doc.value;
}
