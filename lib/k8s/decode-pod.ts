/**
 * Refusing workloads Istio would refuse, before a sidecar is merged into nonsense:
 * `istioctl kube-inject` decodes every workload into its typed Kubernetes struct and fails
 * on a value of the wrong type (lib/goview/decode.ts, over the same Go schema tables the
 * round-trip writes with). On top of that, the API-server rules without which a pod template
 * is no pod at all: it exists, and every container has a name (messages in the API server's
 * `field: Required value` form). An empty `containers` is let through: Istio injects a pod
 * whose only container is its own proxy, which then moves to `initContainers`.
 */
import { KinjectError } from '../errors.js';
import { goDecodeProblem } from '../goview/decode.js';
import { getPath, isJsonMap, type JsonMap } from '../go/json-map.js';
import type { WorkloadKind } from './workloads.js';

/** A path into the object, and the API server's spelling of it (`a.b[0].c`). */
type Path = readonly (string | number)[];

function fieldPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** One API-server rule: the first path it finds wanting, or undefined. */
type Rule = (obj: JsonMap, workload: WorkloadKind) => Path | undefined;

/** The pod template's mapping must be there (a Pod is its own template). */
const templatePresent: Rule = (obj, workload) => {
  const template = workload.specPath.slice(0, -1);
  return template.length === 0 || isJsonMap(getPath(obj, template)) ? undefined : template;
};

/** Every container and init container has a name. */
const containersNamed: Rule = (obj, workload) => {
  for (const list of ['initContainers', 'containers']) {
    const items = getPath(obj, [...workload.specPath, list]);
    if (!Array.isArray(items)) continue;
    const at = items.findIndex(
      (c: unknown) => !isJsonMap(c) || typeof c.name !== 'string' || c.name === '',
    );
    if (at >= 0) return [...workload.specPath, list, at, 'name'];
  }
  return undefined;
};

/** In order: each rule only runs on what the ones before it let through. */
const REQUIRED: readonly Rule[] = [templatePresent, containersNamed];

/**
 * Check a workload object of kind `workload` as Istio's decoding and the API server would.
 * Throws KinjectError('INVALID_OBJECT') with `path` (from the document root, after `prefix`)
 * at the offending value.
 */
export function decodeWorkload(obj: JsonMap, workload: WorkloadKind, prefix: Path = []): void {
  const problem = goDecodeProblem(workload.goType, obj);
  if (problem !== undefined)
    throw new KinjectError('INVALID_OBJECT', problem.message, {
      path: [...prefix, ...problem.path],
    });
  for (const rule of REQUIRED) {
    const missing = rule(obj, workload);
    if (missing !== undefined)
      throw new KinjectError('INVALID_OBJECT', `${fieldPath(missing)}: Required value`, {
        path: [...prefix, ...missing],
      });
  }
}
