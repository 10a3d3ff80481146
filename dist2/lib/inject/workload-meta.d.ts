/**
 * Who owns a pod (Istio's GetDeployMetaFromPod): templates use it for
 * ISTIO_META_WORKLOAD_NAME, ISTIO_META_OWNER and the canonical service name.
 */
import { type Obj } from './pod.js';
/** Go's types.NamespacedName. */
export interface NamespacedName {
    name: string;
    namespace: string;
}
/** Go's metav1.TypeMeta. */
export interface TypeMeta {
    kind: string;
    apiVersion: string;
}
/** A bare pod's owner: guessed from its controller reference when its name is generated. */
export declare function podWorkloadMeta(meta: Obj): {
    deploy: NamespacedName;
    type: TypeMeta;
};
