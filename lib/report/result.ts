/**
 * A run's results: what happened to each resource, as data (for `--json`-style consumers
 * and tests), in a stable order, and as the one-line-per-resource text the CLI prints on stderr.
 */
import type { Position } from '../errors.js';

/** How much a result matters: `info` lines are hidden by `--quiet`. */
export type Severity = 'error' | 'warning' | 'info';

/** What happened to a resource. */
export type ResultCode =
  | 'INJECTED' // a pod template got the sidecar
  | 'SKIPPED' // a pod template was left alone (see `reason`)
  | 'UNINJECTED' // a pod template's earlier injection was taken away (see `reason`)
  | 'PASSED_THROUGH' // not a workload: copied unchanged
  | 'ISTIO_WARNING'; // a warning Istio itself would log

/** The Kubernetes object a result is about. */
export interface ResourceRef {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

/** For INJECTED / SKIPPED: the decision in detail (what `explain` and `--check` show). */
export interface WorkloadDetail {
  rule: string;
  /** The revision that injects; null when nothing injects. */
  revision: string | null;
  warnings: string[];
  /** The input pod already carried a sidecar. */
  hadSidecar: boolean;
  /** The output's pod template differs from the input's. */
  templateChanged: boolean;
  rollout?: { code: string; text: string };
}

/** One line of the report. */
export interface Result {
  workload?: WorkloadDetail;
  severity: Severity;
  code: ResultCode;
  message: string;
  /** For INJECTED / SKIPPED: the injector's reason code (e.g. `HOST_NETWORK`). */
  reason?: string;
  resourceRef: ResourceRef;
  /** The input file as the user named it, and the 0-based document index within it. */
  file: { path: string; index: number };
  pos?: Position;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Results in a stable order: by file, document, position, then severity (most severe first). */
export function sortResults(results: readonly Result[]): Result[] {
  return [...results].sort(
    (a, b) =>
      compareText(a.file.path, b.file.path) ||
      a.file.index - b.file.index ||
      (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
      (a.pos?.col ?? 0) - (b.pos?.col ?? 0) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How each code reads in the text report. */
const CODE_TEXT: Readonly<Record<ResultCode, (r: Result) => string>> = {
  INJECTED: (r) =>
    r.workload?.rollout === undefined
      ? 'injected'
      : `injected; running pods: ${r.workload.rollout.text}`,
  SKIPPED: (r) => `skipped: ${r.message}`,
  UNINJECTED: (r) => `uninjected: ${r.message}`,
  PASSED_THROUGH: (r) => `passed through: ${r.message}`,
  ISTIO_WARNING: (r) => `warning: ${r.message}`,
};

/** `Deployment sample/hello` (namespace and kind left out when unknown). */
export function formatResourceRef(ref: ResourceRef): string {
  const name = [ref.namespace, ref.name ?? '<unnamed>'].filter(Boolean).join('/');
  return ref.kind ? `${ref.kind} ${name}` : name;
}

/** One line: `FILE:LINE: Deployment sample/hello: injected`. */
export function formatResult(r: Result): string {
  const where = r.pos ? `${r.file.path}:${r.pos.line}` : `${r.file.path}#${r.file.index}`;
  return `${where}: ${formatResourceRef(r.resourceRef)}: ${resultText(r)}`;
}

/** What happened, without where: `injected`, `skipped: …`, `warning: …`. */
export function resultText(r: Result): string {
  return CODE_TEXT[r.code](r);
}

/** The report for stderr: sorted, one line each; `quiet` keeps only warnings and errors. */
export function renderReport(results: readonly Result[], quiet = false): string {
  return sortResults(results)
    .filter((r) => !quiet || r.severity !== 'info')
    .map((r) => `${formatResult(r)}\n`)
    .join('');
}
