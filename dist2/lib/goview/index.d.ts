/**
 * Go views for templates: Istio's injection templates read Go structs (`.ObjectMeta.Labels`,
 * `.Spec.Containers`, `.ProxyConfig.HoldApplicationUntilProxyStarts.GetValue` …). These
 * functions wrap plain JSON (Kubernetes camelCase, proto-JSON for mesh config) in
 * {@link GoStruct} views that behave like the Go values: every field exists with its Go
 * zero value, pointers may be nil, enums print their names, protobuf getters work on nil,
 * and `toJSON()` gives what Go would marshal (see encode.ts).
 */
import type { JsonMap } from '../k8s/json.js';
import type { GoStruct } from '../template/value.js';
export { canonicalizeQuantities } from './quantities.js';
export { goRoundTrip, roundTripObject } from './round-trip.js';
/** A Go value of any registry type expression, e.g. `goView('[]Container', containers)`. */
export declare function goView(typeExpr: string, json: unknown): unknown;
/** `metav1.ObjectMeta` (a value, not a pointer): `.Name`, `.Labels`, `.Annotations`, `GetName` … */
export declare function objectMetaView(meta: JsonMap | undefined): GoStruct;
/** `corev1.PodSpec`: `.Containers`, `.HostNetwork`, `.ServiceAccountName` … */
export declare function podSpecView(spec: JsonMap | undefined): GoStruct;
/** `metav1.TypeMeta`: `.Kind`, `.APIVersion`. */
export declare function typeMetaView(typeMeta: {
    kind?: string;
    apiVersion?: string;
}): GoStruct;
/** `types.NamespacedName`: `.Name`, `.Namespace`. */
export declare function namespacedNameView(name: {
    name?: string;
    namespace?: string;
}): GoStruct;
/** `*meshconfig.ProxyConfig` over proto-JSON (nil when `pc` is null or undefined). */
export declare function proxyConfigView(pc: JsonMap | null | undefined): GoStruct;
/** `*meshconfig.MeshConfig` over proto-JSON; `.DefaultConfig` is a ProxyConfig view. */
export declare function meshConfigView(mesh: JsonMap | null | undefined): GoStruct;
/** What {@link sidecarTemplateDataView} is built from (Istio's SidecarTemplateData, as JSON). */
export interface SidecarTemplateInput {
    typeMeta: {
        kind?: string;
        apiVersion?: string;
    };
    deploymentMeta: {
        name?: string;
        namespace?: string;
    };
    /** The (stripped) pod's metadata and spec, Kubernetes JSON. */
    objectMeta: JsonMap;
    spec: JsonMap;
    /** Proto-JSON; `proxyConfig` is normally `meshConfig.defaultConfig`. */
    proxyConfig: JsonMap | null;
    meshConfig: JsonMap;
    /** The injector's values (map[string]any: numbers are float64). */
    values: JsonMap;
    revision: string;
    nativeSidecars: boolean;
    proxyImage: string;
    proxyInitImage: string;
    proxyUID: number;
    proxyGID: number;
    inboundTrafficPolicyMode: string;
    compliancePolicy: string;
}
/** `*inject.SidecarTemplateData`: the value injection templates execute on. */
export declare function sidecarTemplateDataView(d: SidecarTemplateInput): GoStruct;
