/**
 * Where the pod template is in each kind kube-inject understands (its injectScheme).
 * Kinds are matched by name only: Istio registers them as unversioned types, so any
 * apiVersion is accepted; other kinds pass through untouched.
 */
import { KinjectError } from '../errors.js';
import { isObj, type Obj } from './pod.js';
import { podWorkloadMeta, type NamespacedName, type TypeMeta } from './workload-meta.js';

/** A path of keys from the object to a value. */
export type Path = (string | number)[];

/** Where a kind keeps the pod's metadata and spec. */
interface TemplateLocation {
  /** Metadata that receives the injected labels and annotations. */
  meta: Path;
  /** The pod spec. */
  spec: Path;
  /** The pod template reported to the user (the object itself for a Pod). */
  template: Path;
}

const IN_TEMPLATE: TemplateLocation = { meta: ['spec', 'template', 'metadata'], spec: ['spec', 'template', 'spec'], template: ['spec', 'template'] };

/** Kind → location. CronJob's labels go on the job template (an Istio quirk kept for fidelity). */
const LOCATIONS: Readonly<Record<string, TemplateLocation>> = {
  Pod: { meta: ['metadata'], spec: ['spec'], template: [] },
  CronJob: { meta: ['spec', 'jobTemplate', 'metadata'], spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], template: ['spec', 'jobTemplate', 'spec', 'template'] },
  Deployment: IN_TEMPLATE,
  DaemonSet: IN_TEMPLATE,
  ReplicaSet: IN_TEMPLATE,
  StatefulSet: IN_TEMPLATE,
  Job: IN_TEMPLATE,
  ReplicationController: IN_TEMPLATE,
  DeploymentConfig: IN_TEMPLATE,
};

/** A pod template found in an object. */
export interface FoundWorkload {
  location: TemplateLocation;
  meta: Obj;
  spec: Obj;
  deploy: NamespacedName;
  type: TypeMeta;
}

/** The value at a path, or undefined. */
export function getPath(o: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (isObj(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[k] : undefined), o);
}

/** Set a value at a path, creating objects on the way. */
export function setPath(o: Obj, path: Path, value: unknown): void {
  let cur: Record<string | number, unknown> = o;
  for (const k of path.slice(0, -1)) {
    if (!isObj(cur[k]) && !Array.isArray(cur[k])) cur[k] = {};
    cur = cur[k] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1] as string | number] = value;
}

/** The pod template of a workload object, or undefined for kinds kube-inject leaves alone. */
export function findWorkload(obj: Obj): FoundWorkload | undefined {
  const kind = String(obj.kind ?? '');
  const location = LOCATIONS[kind];
  if (location === undefined) return undefined;
  if (kind === 'ReplicationController' && !isObj(getPath(obj, ['spec', 'template']))) {
    throw new KinjectError('INJECTION', 'spec.template is required value');
  }
  const metaValue = getPath(obj, location.meta);
  const specValue = getPath(obj, location.spec);
  const meta = isObj(metaValue) ? metaValue : {};
  const spec = isObj(specValue) ? specValue : {};
  const own = isObj(obj.metadata) ? obj.metadata : {};
  if (kind === 'Pod') return { location, meta, spec, ...podWorkloadMeta(meta) };
  return {
    location,
    meta,
    spec,
    deploy: { name: String(own.name ?? ''), namespace: String(own.namespace ?? '') },
    type: { kind, apiVersion: String(obj.apiVersion ?? '') },
  };
}
