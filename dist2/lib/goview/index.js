import { resolveType } from './registry.js';
import { goValue } from './view.js';
export { canonicalizeQuantities } from './quantities.js';
export { goRoundTrip, roundTripObject } from './round-trip.js';
/** A Go value of any registry type expression, e.g. `goView('[]Container', containers)`. */
export function goView(typeExpr, json) {
    return goValue(resolveType(typeExpr), json);
}
/** `metav1.ObjectMeta` (a value, not a pointer): `.Name`, `.Labels`, `.Annotations`, `GetName` … */
export function objectMetaView(meta) {
    return goView('ObjectMeta', meta);
}
/** `corev1.PodSpec`: `.Containers`, `.HostNetwork`, `.ServiceAccountName` … */
export function podSpecView(spec) {
    return goView('PodSpec', spec);
}
/** `metav1.TypeMeta`: `.Kind`, `.APIVersion`. */
export function typeMetaView(typeMeta) {
    return goView('TypeMeta', typeMeta);
}
/** `types.NamespacedName`: `.Name`, `.Namespace`. */
export function namespacedNameView(name) {
    return goView('NamespacedName', { Name: name.name, Namespace: name.namespace });
}
/** `*meshconfig.ProxyConfig` over proto-JSON (nil when `pc` is null or undefined). */
export function proxyConfigView(pc) {
    return goView('*ProxyConfig', pc ?? null);
}
/** `*meshconfig.MeshConfig` over proto-JSON; `.DefaultConfig` is a ProxyConfig view. */
export function meshConfigView(mesh) {
    return goView('*MeshConfig', mesh ?? null);
}
/** `*inject.SidecarTemplateData`: the value injection templates execute on. */
export function sidecarTemplateDataView(d) {
    const json = {
        TypeMeta: d.typeMeta,
        DeploymentMeta: {
            Name: d.deploymentMeta.name ?? '',
            Namespace: d.deploymentMeta.namespace ?? '',
        },
        ObjectMeta: d.objectMeta,
        Spec: d.spec,
        ProxyConfig: d.proxyConfig,
        MeshConfig: d.meshConfig,
        Values: d.values,
        Revision: d.revision,
        NativeSidecars: d.nativeSidecars,
        ProxyImage: d.proxyImage,
        ProxyInitImage: d.proxyInitImage,
        ProxyUID: d.proxyUID,
        ProxyGID: d.proxyGID,
        InboundTrafficPolicyMode: d.inboundTrafficPolicyMode,
        CompliancePolicy: d.compliancePolicy,
    };
    return goView('*SidecarTemplateData', json);
}
//# sourceMappingURL=index.js.map