import type { InjectionConfig } from '../config/types.js';
import { type Obj, type Pod } from './pod.js';
import { type ParsedTemplates } from './render.js';
import type { NamespacedName, TypeMeta } from './workload-meta.js';
/** A configuration ready to inject with: its templates parsed once. */
export interface InjectionContext {
    cfg: InjectionConfig;
    templates: ParsedTemplates;
}
/** A pod to inject and the workload it belongs to. */
export interface PodTarget {
    pod: Pod;
    deploy: NamespacedName;
    type: TypeMeta;
    /** The mesh config with the pod's `proxy.istio.io/config` applied. */
    mesh: Obj;
}
/** Inject one pod; the input is not modified. Throws KinjectError. */
export declare function injectPod(ctx: InjectionContext, target: PodTarget): {
    pod: Pod;
    warnings: string[];
};
