/**
 * What Go's serializer adds to or removes from a workload object that kube-inject writes
 * back (it decodes into the typed object and marshals that): struct fields without
 * `omitempty` appear with zero values (`status: {replicas: 0}`), `omitempty` zero values
 * vanish. kinject reproduces this for injected objects only; objects it leaves alone are
 * left byte for byte.
 */
import { isObj, type Obj } from './pod.js';
import { getPath, setPath, type Path } from './workloads.js';

/** Per kind: fields Go always writes (with their zero value) and spec fields dropped when zero. */
interface Artifacts {
  readonly always: readonly (readonly [Path, unknown])[];
  readonly omitZero: readonly Path[];
}

const STATUS_REPLICAS: Artifacts = { always: [[['status', 'replicas'], 0]], omitZero: [] };

/** From the Go types' json tags (k8s.io/api apps/v1, core/v1; openshift apps/v1). */
const ARTIFACTS: Readonly<Record<string, Artifacts>> = {
  ReplicaSet: STATUS_REPLICAS,
  ReplicationController: STATUS_REPLICAS,
  DaemonSet: {
    always: [
      [['spec', 'updateStrategy'], {}],
      [['status', 'currentNumberScheduled'], 0],
      [['status', 'numberMisscheduled'], 0],
      [['status', 'desiredNumberScheduled'], 0],
      [['status', 'numberReady'], 0],
    ],
    omitZero: [['spec', 'minReadySeconds']],
  },
  StatefulSet: {
    always: [
      [['spec', 'updateStrategy'], {}],
      [['status', 'replicas'], 0],
      [['status', 'availableReplicas'], 0],
    ],
    omitZero: [['spec', 'minReadySeconds']],
  },
  Deployment: { always: [], omitZero: [['spec', 'minReadySeconds'], ['spec', 'paused']] },
  DeploymentConfig: {
    always: [
      [['spec', 'test'], false],
      ...['latestVersion', 'observedGeneration', 'replicas', 'updatedReplicas', 'availableReplicas', 'unavailableReplicas'].map(
        (k): readonly [Path, unknown] => [['status', k], 0],
      ),
    ],
    omitZero: [['spec', 'minReadySeconds'], ['spec', 'paused']],
  },
  List: { always: [[['metadata'], {}]], omitZero: [] },
};

/** Apply Go's serializer artifacts for the object's kind, in place. */
export function applyGoArtifacts(obj: Obj): void {
  const a = ARTIFACTS[String(obj.kind ?? '')];
  if (a === undefined) return;
  for (const [path, zero] of a.always) {
    if (getPath(obj, path) === undefined) setPath(obj, path, isObj(zero) ? {} : zero);
  }
  for (const path of a.omitZero) {
    const parent = getPath(obj, path.slice(0, -1));
    const key = String(path[path.length - 1]);
    if (isObj(parent) && (parent[key] === 0 || parent[key] === false)) delete parent[key];
  }
}
