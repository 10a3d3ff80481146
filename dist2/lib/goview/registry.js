/**
 * All Go types the views know, by the names the schema tables use, and the one resolver
 * over them.
 */
import { TypeResolver } from './go-type.js';
import { BATCH_OPENSHIFT_TYPES } from './batch-openshift.js';
import { ISTIO_INJECT_TYPES } from './istio-inject.js';
import { K8S_CONTAINER_TYPES } from './k8s-container.js';
import { K8S_META_TYPES } from './k8s-meta.js';
import { K8S_POD_TYPES } from './k8s-pod.js';
import { K8S_VOLUME_TYPES } from './k8s-volume.js';
import { K8S_WORKLOAD_TYPES } from './k8s-workloads.js';
import { MESH_CONFIG_TYPES } from './mesh-config.js';
import { MESH_PROXY_TYPES } from './mesh-proxy.js';
import { SPECIAL_TYPES } from './special.js';
const RESOURCE_LIST = {
    kind: 'map-alias',
    goType: 'v1.ResourceList',
    elem: 'Quantity',
};
/** Registry name → type definition. */
export const GO_TYPES = {
    ...K8S_META_TYPES,
    ...K8S_POD_TYPES,
    ...K8S_CONTAINER_TYPES,
    ...K8S_VOLUME_TYPES,
    ...K8S_WORKLOAD_TYPES,
    ...BATCH_OPENSHIFT_TYPES,
    ...MESH_PROXY_TYPES,
    ...MESH_CONFIG_TYPES,
    ...ISTIO_INJECT_TYPES,
    ...SPECIAL_TYPES,
    ResourceList: RESOURCE_LIST,
};
const RESOLVER = new TypeResolver(GO_TYPES);
/** The type node of a type expression such as `[]Container` or `*ProxyConfig`. */
export function resolveType(expr) {
    return RESOLVER.resolve(expr);
}
//# sourceMappingURL=registry.js.map