/**
 * Locating a workload's pod for injection: the pod template (lib/k8s/workloads) and who it
 * belongs to, as Istio's templates see it (DeploymentMeta, TypeMeta).
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import { quote } from '../go/strconv.js';
import { findPodTemplate, type PodTemplate } from '../k8s/workloads.js';
import { podWorkloadMeta, type NamespacedName, type TypeMeta } from './workload-meta.js';

/** A path of keys from a document's root. */
export type Path = (string | number)[];

/** A workload's pod template, and who it belongs to (templates' DeploymentMeta / TypeMeta). */
export interface FoundWorkload {
  template: PodTemplate;
  deploy: NamespacedName;
  type: TypeMeta;
  /** Path from the object to the pod template, for reports (`[]` for a Pod). */
  path: Path;
}

/** Locate the pod of a workload object; undefined for kinds kube-inject passes through. */
export function findWorkload(obj: JsonMap): FoundWorkload | undefined {
  const template = findPodTemplate(obj);
  if (template === undefined) return undefined;
  const path = template.workload.specPath.slice(0, -1);
  if (template.workload.owner === 'pod-controller')
    return { template, path, ...podWorkloadMeta(template.metadata) };
  const own = isJsonMap(obj.metadata) ? obj.metadata : {};
  return {
    template,
    path,
    deploy: { name: scalarString(own.name), namespace: scalarString(own.namespace) },
    type: { kind: template.kind, apiVersion: scalarString(obj.apiVersion) },
  };
}

/** `Kind "namespace/name"` as Istio's warnings print it: the pod's own name, else its owner's. */
export function describeWorkload(kind: string, deploy: NamespacedName, podMeta: JsonMap): string {
  const name = scalarString(podMeta.name) || deploy.name;
  const full = deploy.namespace === '' ? name : `${deploy.namespace}/${name}`;
  return kind === '' ? quote(full) : `${kind} ${quote(full)}`;
}
