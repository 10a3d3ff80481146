/**
 * What Istio does to the pod after the templates are merged (postProcessPod): cluster
 * env, metrics merging, probe rewriting, the status annotation, and container order.
 */
import { type Obj, type Pod } from './pod.js';
/** The settings post-processing reads. */
export interface PostProcessSettings {
    /** The mesh config with the pod's proxy config annotation applied. */
    mesh: Obj;
    values: Obj;
    revision: string;
    /** ISTIO_META_CLUSTER_ID / ISTIO_META_NETWORK to force onto the proxy. */
    proxyEnvs: Readonly<Record<string, string>>;
    injectedAnnotations: Readonly<Record<string, string>>;
}
/** The mesh's status port (the agent's port for probes and merged metrics). */
export declare function statusPortOf(mesh: Obj): number;
/** Post-process an injected pod in place; `templatePod` is what the templates alone rendered. */
export declare function postProcessPod(pod: Pod, templatePod: Pod, settings: PostProcessSettings): void;
