/**
 * How a change to a workload's pod template reaches its running pods. Injection happens
 * when a pod is created: pods already running keep their old spec until they are replaced,
 * and who replaces them depends on the kind and its update strategy.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';

/** How a changed pod template reaches running pods. */
export type RolloutCode =
  | 'ROLLING_UPDATE' // the controller replaces pods per its strategy
  | 'RECREATE' // Deployment strategy Recreate: all pods are stopped, then new ones started
  | 'ON_DELETE' // StatefulSet/DaemonSet updateStrategy OnDelete: only pods someone deletes
  | 'RECREATE_OBJECT' // bare Pod, Job: the pod template cannot change in place; delete and re-create
  | 'NEW_PODS_ONLY' // bare ReplicaSet/ReplicationController: running pods keep the old spec
  | 'NEXT_RUN'; // CronJob: jobs from its next run

/** The impact, as code and sentence. */
export interface RolloutImpact {
  code: RolloutCode;
  text: string;
}

const TEXT: Readonly<Record<RolloutCode, string>> = {
  ROLLING_UPDATE: 'rolls out to running pods as the controller replaces them (rolling update)',
  RECREATE: 'rolls out by stopping every running pod, then starting new ones (strategy Recreate)',
  ON_DELETE:
    'updateStrategy OnDelete: running pods keep the old spec until each is deleted by hand',
  RECREATE_OBJECT:
    'cannot change in place (applying it fails: the pod template is immutable); delete and re-create it',
  NEW_PODS_ONLY:
    'running pods keep the old spec; only pods created from now on (scaled up or replaced) get it',
  NEXT_RUN: 'takes effect from the next scheduled run; running jobs keep the old spec',
};

const strategyType = (obj: JsonMap, field: string): string => {
  const spec = isJsonMap(obj.spec) ? obj.spec : {};
  const strategy = spec[field];
  return isJsonMap(strategy) && typeof strategy.type === 'string' ? strategy.type : '';
};

/** Kind → how its pods pick up a new template. */
const BY_KIND: Readonly<Record<string, (obj: JsonMap) => RolloutCode>> = {
  Deployment: (o) => (strategyType(o, 'strategy') === 'Recreate' ? 'RECREATE' : 'ROLLING_UPDATE'),
  DeploymentConfig: (o) =>
    strategyType(o, 'strategy') === 'Recreate' ? 'RECREATE' : 'ROLLING_UPDATE',
  StatefulSet: (o) =>
    strategyType(o, 'updateStrategy') === 'OnDelete' ? 'ON_DELETE' : 'ROLLING_UPDATE',
  DaemonSet: (o) =>
    strategyType(o, 'updateStrategy') === 'OnDelete' ? 'ON_DELETE' : 'ROLLING_UPDATE',
  Pod: () => 'RECREATE_OBJECT',
  Job: () => 'RECREATE_OBJECT',
  ReplicaSet: () => 'NEW_PODS_ONLY',
  ReplicationController: () => 'NEW_PODS_ONLY',
  CronJob: () => 'NEXT_RUN',
};

/** The rollout impact of changing `obj`'s pod template; undefined for kinds without pods. */
export function rolloutImpact(obj: JsonMap): RolloutImpact | undefined {
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const rule = Object.prototype.hasOwnProperty.call(BY_KIND, kind) ? BY_KIND[kind] : undefined;
  if (rule === undefined) return undefined;
  const code = rule(obj);
  return { code, text: TEXT[code] };
}
