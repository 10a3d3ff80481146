/**
 * kinject as a KRM function (the kpt / kustomize function protocol): a `ResourceList` comes in,
 * its `items` are injected, and the same list goes out with `results` added. The list is edited
 * in place, so every item keeps its comments and the orchestrator's `config.kubernetes.io/*` and
 * `internal.config.kubernetes.io/*` annotations, and untouched items come out byte for byte.
 */
import { KinjectError, asKinjectError, type Position } from '../errors.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { objectResults, refOf, type Injector } from '../inject/index.js';
import { typeMetaProblem } from '../k8s/type-meta.js';
import { resultText, type Result } from '../report/index.js';
import { writeStream, type ParsedStream } from '../yaml/index.js';

/** The list's `apiVersion`s kinject speaks (v1 is what kpt and kustomize send today). */
const RESOURCE_LIST_VERSIONS: ReadonlySet<string> = new Set([
  'config.kubernetes.io/v1',
  'config.kubernetes.io/v1alpha1',
]);

/** Whether a document is a KRM `ResourceList`. */
export function isResourceList(value: unknown): value is JsonMap {
  return (
    isJsonMap(value) &&
    value['kind'] === 'ResourceList' &&
    typeof value['apiVersion'] === 'string' &&
    RESOURCE_LIST_VERSIONS.has(value['apiVersion'])
  );
}

/** One entry of the list's `results`, as the KRM functions specification defines it. */
export interface KrmResult {
  message: string;
  severity: 'error' | 'warning' | 'info';
  resourceRef?: { apiVersion?: string; kind?: string; name?: string; namespace?: string };
  file?: { path: string; index?: number };
  tags?: Record<string, string>;
}

/** What running the function made of a list. */
export interface FunctionOutcome {
  /** The list, written back (items unchanged when there are errors), with `results`. */
  output: string;
  /** kinject's results, as the report on stderr shows them. */
  reports: Result[];
  /** Problems that make the function fail; each is also an error in `results`. */
  errors: KinjectError[];
}

/** Annotations the orchestrator sets on every item: where it came from. */
const PATH_ANNOTATIONS = ['internal.config.kubernetes.io/path', 'config.kubernetes.io/path'];
const INDEX_ANNOTATIONS = ['internal.config.kubernetes.io/index', 'config.kubernetes.io/index'];

/** The file (and document index) an item was read from, by its annotations. */
function itemFile(item: JsonMap, fallback: string): { path: string; index: number } {
  const annotations = isJsonMap(item['metadata']) ? item['metadata']['annotations'] : undefined;
  const pick = (keys: string[]): string | undefined => {
    if (!isJsonMap(annotations)) return undefined;
    return keys.map((k) => annotations[k]).find((v): v is string => typeof v === 'string');
  };
  const index = Number(pick(INDEX_ANNOTATIONS) ?? 0);
  return { path: pick(PATH_ANNOTATIONS) ?? fallback, index: Number.isInteger(index) ? index : 0 };
}

/** A report line as a KRM result (INJECTED / SKIPPED / ISTIO_WARNING …, with its reason as tags). */
function toKrmResult(r: Result): KrmResult {
  const ref = Object.fromEntries(
    Object.entries(r.resourceRef).filter(([, v]) => v !== undefined && v !== ''),
  );
  return {
    message: resultText(r),
    severity: r.severity,
    resourceRef: ref,
    file: r.file,
    tags: { 'kinject.dev/code': r.code, ...(r.reason ? { 'kinject.dev/reason': r.reason } : {}) },
  };
}

/** An error as a KRM result, on the item it is about (when it is about one). */
export function errorResult(
  e: KinjectError,
  item?: JsonMap,
  file?: { path: string; index: number },
): KrmResult {
  const ref = item ? Object.fromEntries(Object.entries(refOf(item)).filter(([, v]) => v)) : {};
  return {
    message: e.message,
    severity: 'error',
    ...(item ? { resourceRef: ref } : {}),
    ...(file ? { file } : {}),
    tags: { 'kinject.dev/code': e.code },
  };
}

/**
 * Run the function over a stream holding one `ResourceList` (`file` names stdin in errors).
 * With `quiet`, only warnings and errors become results.
 */
export function runResourceList(
  stream: ParsedStream,
  injector: Injector,
  opts: { quiet?: boolean } = {},
): FunctionOutcome {
  const doc = stream.docs[0];
  if (!doc || !isResourceList(doc.value))
    throw new KinjectError('INJECTION', 'expected a ResourceList', { file: stream.file });
  const list = doc.value;
  const items = list['items'] ?? [];
  if (!Array.isArray(items))
    throw new KinjectError('INJECTION', 'items: expected a list of resources', {
      file: stream.file,
      pos: doc.posOf(['items']),
    });
  const reports: Result[] = [];
  const errors: KinjectError[] = [];
  const failed: KrmResult[] = [];
  const newItems = items.map((item: unknown, i): unknown => {
    const pos = (path: readonly (string | number)[]): Position | undefined =>
      doc.posOf(['items', i, ...path]);
    if (!isJsonMap(item)) {
      const e = new KinjectError('NOT_AN_OBJECT', 'item is not a Kubernetes object', {
        file: stream.file,
        pos: pos([]),
      });
      errors.push(e);
      failed.push(errorResult(e));
      return item;
    }
    const file = itemFile(item, stream.file);
    try {
      const problem = typeMetaProblem(item);
      if (problem !== undefined)
        throw new KinjectError('NOT_AN_OBJECT', problem.message, { path: problem.path });
      const outcome = injector.injectObject(item);
      reports.push(...objectResults(outcome, item, file, pos));
      return outcome.object;
    } catch (e) {
      const failure = asKinjectError(e);
      const error = failure.at({ file: stream.file, pos: pos(failure.path ?? []) });
      errors.push(error);
      failed.push(errorResult(error, item, file));
      return item;
    }
  });
  const shown = reports.filter(
    (r) => r.code !== 'PASSED_THROUGH' && (!opts.quiet || r.severity !== 'info'),
  );
  const prior = Array.isArray(list['results']) ? (list['results'] as unknown[]) : [];
  const results = [...prior, ...shown.map(toKrmResult), ...failed];
  const next: JsonMap = { ...list };
  if (errors.length === 0 && 'items' in list) next['items'] = newItems;
  if (results.length > 0) next['results'] = results;
  return { output: writeStream(stream, new Map([[doc.index, next]])), reports, errors };
}

/** The list written back with `items` untouched and `results` holding one error (a config problem, say). */
export function failResourceList(stream: ParsedStream, error: KinjectError): string {
  const doc = stream.docs[0];
  if (!doc || !isResourceList(doc.value)) return '';
  const list = doc.value;
  const prior = Array.isArray(list['results']) ? (list['results'] as unknown[]) : [];
  return writeStream(
    stream,
    new Map([[doc.index, { ...list, results: [...prior, errorResult(error)] }]]),
  );
}
