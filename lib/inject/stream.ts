/**
 * A whole YAML or JSON stream through the injector: parse, inject each document, write
 * untouched documents back byte for byte, and turn every outcome into report lines.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { KinjectError, asKinjectError, type Position } from '../errors.js';
import type { Result, ResourceRef } from '../report/index.js';
import { assertNesting } from '../yaml/hazards.js';
import {
  applyEdits,
  documentEdits,
  documentObject,
  readStream,
  type Edit,
  type ParsedStream,
  type SourceDocument,
} from '../yaml/index.js';
import type { Injector } from './injector.js';
import type { ObjectOutcome } from './object.js';

/** The outcome of injecting one input text. */
export interface StreamOutcome {
  /** The output text ('' when there are errors): untouched documents byte for byte. */
  output: string;
  /** Whether the output text differs from the input text. */
  changed: boolean;
  /** The changed documents, as edits of the input text (for diffs: only these need diffing). */
  edits: Edit[];
  reports: Result[];
  /** Problems that make the run fail (parse errors, invalid annotations, template errors …). */
  errors: KinjectError[];
}

/** Inject every workload of a YAML or JSON stream; `file` names it in reports and errors. */
export function injectStream(text: string, file: string, injector: Injector): StreamOutcome {
  return injectParsed(readStream(text, file), injector);
}

/** {@link injectStream} of a stream already read (its `file` names it in reports and errors). */
export function injectParsed(stream: ParsedStream, injector: Injector): StreamOutcome {
  const { text, file } = stream;
  const parseErrors = stream.docs.flatMap((d) => d.errors);
  if (parseErrors.length > 0)
    return { output: '', changed: false, edits: [], reports: [], errors: parseErrors };
  const rewritten = new Map<number, unknown>();
  const reports: Result[] = [];
  const errors: KinjectError[] = [];
  for (const doc of stream.docs) {
    try {
      const outcome = injectDocument(doc, file, injector);
      if (!outcome) continue;
      if (outcome.rewritten) rewritten.set(doc.index, outcome.object);
      reports.push(...reportOutcome(outcome, doc, file));
    } catch (e) {
      const error = asKinjectError(e);
      // Point at the offending node when the error says which one, else at the document.
      errors.push(error.at({ file, doc: doc.index, pos: nearestPos(doc, error.path ?? []) }));
    }
  }
  if (errors.length > 0) return { output: '', changed: false, edits: [], reports, errors };
  const edits = documentEdits(stream, rewritten);
  const output = applyEdits(text, 0, text.length, edits);
  // Compared as text: re-injecting an injected pod yields an equal object, which is no change.
  return { output, changed: output !== text, edits, reports, errors };
}

/** Where `path` is in the document, or its nearest ancestor that is there (a missing field's parent). */
function nearestPos(doc: SourceDocument, path: readonly (string | number)[]): Position | undefined {
  for (let n = path.length; n > 0; n--) {
    const pos = doc.posOf(path.slice(0, n));
    if (pos !== undefined) return pos;
  }
  return doc.posOf([]);
}

/** One document through the injector; undefined for an empty document (comments only). */
function injectDocument(
  doc: SourceDocument,
  file: string,
  injector: Injector,
): ObjectOutcome | undefined {
  assertNesting(doc.value);
  const obj = documentObject(
    doc,
    file,
    'document is not a Kubernetes object (expected a mapping with `kind`)',
  );
  return obj === undefined ? undefined : injector.injectObject(obj);
}

/** The report lines for one document: one per pod template, or "passed through", plus Istio's warnings. */
function reportOutcome(outcome: ObjectOutcome, doc: SourceDocument, file: string): Result[] {
  return objectResults(
    outcome,
    isJsonMap(doc.value) ? doc.value : {},
    { path: file, index: doc.index },
    (path) => doc.posOf(path),
  );
}

/**
 * The results for one object and what injection made of it: one per pod template, or "passed
 * through", plus Istio's warnings. `file` is where the object came from; `posOf` places a path in it.
 */
export function objectResults(
  outcome: ObjectOutcome,
  object: JsonMap,
  file: { path: string; index: number },
  posOf: (path: readonly (string | number)[]) => Position | undefined,
): Result[] {
  const where = { file };
  const workloads: Result[] = outcome.workloads.map((w) => ({
    severity: 'info',
    code: w.uninjected ? 'UNINJECTED' : w.injected ? 'INJECTED' : 'SKIPPED',
    message: w.message,
    reason: w.reason,
    workload: {
      rule: w.rule,
      revision: w.revision,
      warnings: w.warnings,
      hadSidecar: w.hadSidecar,
      templateChanged: w.templateChanged,
      ...(w.rollout === undefined ? {} : { rollout: w.rollout }),
    },
    resourceRef: { ...refOf(object), kind: w.kind, name: w.name, namespace: w.namespace },
    ...where,
    pos: posOf(w.path),
  }));
  const passed: Result[] =
    workloads.length > 0
      ? []
      : [
          {
            severity: 'info',
            code: 'PASSED_THROUGH',
            message: 'not a workload',
            resourceRef: refOf(object),
            ...where,
            pos: posOf([]),
          },
        ];
  const warnings: Result[] = outcome.warnings.map((text) => ({
    severity: 'warning',
    code: 'ISTIO_WARNING',
    message: text,
    resourceRef: refOf(object),
    ...where,
    pos: posOf([]),
  }));
  return [...workloads, ...passed, ...warnings];
}

/** apiVersion, kind, name and namespace of an object, where they are strings. */
export function refOf(object: JsonMap): ResourceRef {
  const meta = isJsonMap(object['metadata']) ? object['metadata'] : {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    apiVersion: str(object['apiVersion']),
    kind: str(object['kind']),
    name: str(meta['name']),
    namespace: str(meta['namespace']),
  };
}
