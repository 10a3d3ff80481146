/**
 * What a manifest document must be to be read as a Kubernetes object: a mapping whose
 * `apiVersion` and `kind` Istio's TypeMeta decode takes. Every reader of manifest streams
 * (injection, uninjection, explain, the control plane) checks it the same way.
 */
import { KinjectError } from '../errors.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { typeMetaProblem } from '../k8s/type-meta.js';
import { readStream, type ParsedDocument, type SourceDocument } from './read.js';

/**
 * The object a document of `file` holds; undefined for an empty document (comments only).
 * Throws KinjectError('NOT_AN_OBJECT'): with `message` at the document for anything but a
 * mapping, and at the field for an `apiVersion`, `kind` or List item of the wrong type.
 */
export function documentObject(
  doc: SourceDocument,
  file: string,
  message: string,
): JsonMap | undefined {
  if (doc.value === null || doc.value === undefined) return undefined;
  const where = { file, doc: doc.index };
  if (!isJsonMap(doc.value))
    throw new KinjectError('NOT_AN_OBJECT', message, { ...where, pos: doc.posOf([]) });
  const problem = typeMetaProblem(doc.value);
  if (problem !== undefined)
    throw new KinjectError('NOT_AN_OBJECT', problem.message, {
      ...where,
      pos: doc.posOf(problem.path),
      path: problem.path,
    });
  return doc.value;
}

/** One object of a manifest stream read whole, and the document that holds it. */
export interface StreamObject {
  doc: ParsedDocument;
  object: JsonMap;
}

/**
 * The objects of a manifest file that is read whole, not injected (a control-plane or a
 * namespaces file): one per non-empty document. Throws KinjectError: the first parse error,
 * or what {@link documentObject} throws (with `message` for a document that is no mapping).
 */
export function streamObjectsOf(text: string, file: string, message: string): StreamObject[] {
  return readStream(text, file).docs.flatMap((doc) => {
    const [error] = doc.errors;
    if (error !== undefined) throw error;
    const object = documentObject(doc, file, message);
    return object === undefined ? [] : [{ doc, object }];
  });
}
