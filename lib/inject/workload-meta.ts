/**
 * Who owns a pod (Istio's GetDeployMetaFromPod): templates use it for
 * ISTIO_META_WORKLOAD_NAME, ISTIO_META_OWNER and the canonical service name.
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import { stringMap } from './pod.js';

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
export function podWorkloadMeta(meta: JsonMap): { deploy: NamespacedName; type: TypeMeta } {
  const name = scalarString(meta.name);
  const deploy = { name, namespace: scalarString(meta.namespace) };
  const type = { kind: 'Pod', apiVersion: 'v1' };
  const refs = Array.isArray(meta.ownerReferences) ? (meta.ownerReferences as unknown[]) : [];
  const controller =
    scalarString(meta.generateName) === ''
      ? undefined
      : refs.find((r): r is JsonMap => isJsonMap(r) && r.controller === true);
  if (controller !== undefined) {
    const owner = ownerOf(controller, stringMap(meta, 'labels'));
    deploy.name = owner.name;
    Object.assign(type, owner.type);
  }
  if (deploy.name === '') deploy.name = name;
  return { deploy, type };
}

/** The workload behind a controller reference, undoing the names controllers generate. */
function ownerOf(
  ref: JsonMap,
  labels: Readonly<Record<string, string>>,
): { name: string; type: TypeMeta } {
  const refName = scalarString(ref.name);
  const kind = scalarString(ref.kind);
  const apiVersion = scalarString(ref.apiVersion);
  const hash = labels['pod-template-hash'] ?? '';
  const rolloutHash = labels['rollouts-pod-template-hash'] ?? '';
  if (kind === 'ReplicaSet' && hash !== '' && refName.endsWith(hash)) {
    return { name: trimSuffix(refName, `-${hash}`), type: { kind: 'Deployment', apiVersion } };
  }
  if (kind === 'ReplicaSet' && rolloutHash !== '' && refName.endsWith(rolloutHash)) {
    return {
      name: trimSuffix(refName, `-${rolloutHash}`),
      type: { kind: 'Rollout', apiVersion: 'v1alpha1' },
    };
  }
  if (kind === 'ReplicationController' && (labels.deploymentconfig ?? '') !== '') {
    return {
      name: String(labels.deploymentconfig),
      type: { kind: 'DeploymentConfig', apiVersion },
    };
  }
  const cron = kind === 'Job' ? /^(.+)-\d{8,10}$/.exec(refName) : null;
  if (cron !== null)
    return { name: String(cron[1]), type: { kind: 'CronJob', apiVersion: 'batch/v1' } };
  return { name: refName, type: { kind, apiVersion } };
}

/** Go's strings.TrimSuffix. */
function trimSuffix(s: string, suffix: string): string {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
