import { type JsonMap } from './json.js';
import { type WorkloadKind } from './workloads.js';
/** A path into the object, and the API server's spelling of it (`a.b[0].c`). */
type Path = readonly (string | number)[];
/**
 * Check a workload object of kind `workload` as Istio's decoding and the API server would.
 * Throws KinjectError('INVALID_OBJECT') with `path` (from the document root, after `prefix`)
 * at the offending value.
 */
export declare function decodeWorkload(obj: JsonMap, workload: WorkloadKind, prefix?: Path): void;
export {};
