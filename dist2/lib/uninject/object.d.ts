import { type Obj } from '../inject/pod.js';
/** What happened to one pod template. */
export interface UninjectReport {
    kind: string;
    name: string;
    namespace?: string;
    /** Path from the document root to the pod template (`[]` for a Pod). */
    path: (string | number)[];
    uninjected: boolean;
}
/** The result of uninjecting one object. */
export interface UninjectOutcome {
    object: Obj;
    changed: boolean;
    workloads: UninjectReport[];
}
/** Uninject one object: a workload, or every item of a List. */
export declare function uninjectObject(obj: Obj): UninjectOutcome;
