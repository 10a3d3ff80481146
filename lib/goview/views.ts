/**
 * The Go views injection templates read: a registry type's view of plain JSON, and the
 * views of Istio's SidecarTemplateData and what it holds (pod metadata and spec, mesh and
 * proxy config, the workload's names).
 */
import type { JsonMap } from '../go/json-map.js';
import type { GoStruct } from '../go/value.js';
import { resolveType } from './registry.js';
import { goValue } from './view.js';

/** A Go value of any registry type expression, e.g. `goView('[]Container', containers)`. */
export function goView(typeExpr: string, json: unknown): unknown {
  return goValue(resolveType(typeExpr), json);
}

/** `metav1.ObjectMeta` (a value, not a pointer): `.Name`, `.Labels`, `.Annotations`, `GetName` … */
export function objectMetaView(meta: JsonMap | undefined): GoStruct {
  return goView('ObjectMeta', meta) as GoStruct;
}

/** `corev1.PodSpec`: `.Containers`, `.HostNetwork`, `.ServiceAccountName` … */
export function podSpecView(spec: JsonMap | undefined): GoStruct {
  return goView('PodSpec', spec) as GoStruct;
}

/** `metav1.TypeMeta`: `.Kind`, `.APIVersion`. */
export function typeMetaView(typeMeta: { kind?: string; apiVersion?: string }): GoStruct {
  return goView('TypeMeta', typeMeta) as GoStruct;
}

/** `types.NamespacedName`: `.Name`, `.Namespace`. */
export function namespacedNameView(name: { name?: string; namespace?: string }): GoStruct {
  return goView('NamespacedName', { Name: name.name, Namespace: name.namespace }) as GoStruct;
}

/** `*meshconfig.ProxyConfig` over proto-JSON (nil when `pc` is null or undefined). */
export function proxyConfigView(pc: JsonMap | null | undefined): GoStruct {
  return goView('*ProxyConfig', pc ?? null) as GoStruct;
}

/** `*meshconfig.MeshConfig` over proto-JSON; `.DefaultConfig` is a ProxyConfig view. */
export function meshConfigView(mesh: JsonMap | null | undefined): GoStruct {
  return goView('*MeshConfig', mesh ?? null) as GoStruct;
}

/** What {@link sidecarTemplateDataView} is built from (Istio's SidecarTemplateData, as JSON). */
export interface SidecarTemplateInput {
  typeMeta: { kind?: string; apiVersion?: string };
  deploymentMeta: { name?: string; namespace?: string };
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
export function sidecarTemplateDataView(d: SidecarTemplateInput): GoStruct {
  const json: JsonMap = {
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
  return goView('*SidecarTemplateData', json) as GoStruct;
}
