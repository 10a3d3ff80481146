/**
 * `kinject --check`: the workloads whose manifest is not what kinject would write, one line
 * each (`FILE:LINE: Kind ns/name: why`), for CI in GitOps repositories.
 */
import { formatResourceRef, type Result } from './result.js';

/** Why a workload is out of date, or undefined when it is up to date. */
function whyOutdated(r: Result): string | undefined {
  const w = r.workload;
  if (w === undefined) return undefined;
  if (r.code === 'INJECTED' && w.templateChanged)
    return w.hadSidecar
      ? 'injected with an outdated template or config'
      : 'not injected but should be';
  if ((r.code === 'SKIPPED' || r.code === 'UNINJECTED') && w.hadSidecar)
    return `injected but should not be (${w.rule}: ${r.message})`;
  return undefined;
}

/** One line per out-of-date workload, in input order. */
export function checkLines(results: readonly Result[]): string[] {
  return results.flatMap((r) => {
    const why = whyOutdated(r);
    if (why === undefined) return [];
    const where = r.pos ? `${r.file.path}:${r.pos.line}` : `${r.file.path}#${r.file.index}`;
    return [`${where}: ${formatResourceRef(r.resourceRef)}: ${why}`];
  });
}
