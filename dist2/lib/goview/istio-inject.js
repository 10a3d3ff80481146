/**
 * Go schema of Istio's SidecarTemplateData (pkg/kube/inject/inject.go): the data every
 * injection template runs on. Its fields have no json tags, so their JSON names are the
 * Go names.
 */
import { k8sStruct } from './schema.js';
/** SidecarTemplateData by registry name. */
export const ISTIO_INJECT_TYPES = {
    SidecarTemplateData: k8sStruct('inject.SidecarTemplateData', [
        ['TypeMeta', 'TypeMeta', 'TypeMeta'],
        ['DeploymentMeta', 'DeploymentMeta', 'NamespacedName'],
        ['ObjectMeta', 'ObjectMeta', 'ObjectMeta'],
        ['Spec', 'Spec', 'PodSpec'],
        ['ProxyConfig', 'ProxyConfig', '*ProxyConfig'],
        ['MeshConfig', 'MeshConfig', '*MeshConfig'],
        ['Values', 'Values', 'map[string]any'],
        ['Revision', 'Revision', 'string'],
        ['NativeSidecars', 'NativeSidecars', 'bool'],
        ['ProxyImage', 'ProxyImage', 'string'],
        ['ProxyInitImage', 'ProxyInitImage', 'string'],
        ['ProxyUID', 'ProxyUID', 'int64'],
        ['ProxyGID', 'ProxyGID', 'int64'],
        ['InboundTrafficPolicyMode', 'InboundTrafficPolicyMode', 'string'],
        ['CompliancePolicy', 'CompliancePolicy', 'string'],
    ]),
};
//# sourceMappingURL=istio-inject.js.map