/**
 * Which Kubernetes objects carry a pod, and where: the kinds `istioctl kube-inject`
 * understands (Istio's injectScheme) and the paths of their pod metadata and pod spec.
 *
 * Istio registers these kinds as "unversioned", so it recognizes them by `kind` alone,
 * whatever the apiVersion (`apps/v1beta1` Deployments too). Other kinds pass through
 * untouched. `List` holds other objects in `items`, each handled on its own.
 */
import { KinjectError } from '../errors.js';
import { getPath, hasKey, isJsonArray, isJsonMap, type JsonMap } from '../go/json-map.js';

/** Where a workload keeps its pod. */
export interface WorkloadKind {
  /** Path of the pod's ObjectMeta (the one Istio reads and rewrites). */
  readonly metadataPath: readonly string[];
  /** Path of the PodSpec. */
  readonly specPath: readonly string[];
  /**
   * Who the workload is for templates (`DeploymentMeta`, `TypeMeta`): the object itself,
   * or, for a bare Pod, its controller (Istio's GetDeployMetaFromPod).
   */
  readonly owner: 'object' | 'pod-controller';
  /** Go keeps the template behind a pointer: a missing one is an error, not an empty pod. */
  readonly templateRequired?: boolean;
  /** The kind's Go type in lib/goview's registry (for round-tripping it as Go does). */
  readonly goType: string;
}

const TEMPLATE = {
  metadataPath: ['spec', 'template', 'metadata'],
  specPath: ['spec', 'template', 'spec'],
  owner: 'object',
} as const;

/** Kind → where its pod is. Adding a kind (an Argo Rollout, say) is one row. */
export const WORKLOAD_KINDS: Readonly<Record<string, WorkloadKind>> = {
  Pod: { metadataPath: ['metadata'], specPath: ['spec'], owner: 'pod-controller', goType: 'Pod' },
  Deployment: { ...TEMPLATE, goType: 'Deployment' },
  DaemonSet: { ...TEMPLATE, goType: 'DaemonSet' },
  StatefulSet: { ...TEMPLATE, goType: 'StatefulSet' },
  ReplicaSet: { ...TEMPLATE, goType: 'ReplicaSet' },
  Job: { ...TEMPLATE, goType: 'Job' },
  DeploymentConfig: { ...TEMPLATE, goType: 'OSDeploymentConfig' }, // OpenShift apps.openshift.io/v1
  ReplicationController: { ...TEMPLATE, templateRequired: true, goType: 'ReplicationController' },
  // Istio reads and writes the *job template's* metadata here, not the pod template's.
  CronJob: {
    metadataPath: ['spec', 'jobTemplate', 'metadata'],
    specPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    owner: 'object',
    goType: 'CronJob',
  },
};

/** The kind whose `items` are objects to process one by one. */
export const LIST_KIND = 'List';

/** A workload object's pod, located. */
export interface PodTemplate {
  readonly kind: string;
  readonly workload: WorkloadKind;
  /** The pod's ObjectMeta and PodSpec as found (`{}` where absent). */
  readonly metadata: JsonMap;
  readonly spec: JsonMap;
}

/** A copy of `obj` with `value` at `path`, creating (or replacing non-object) parents. */
export function setPath(obj: JsonMap, path: readonly string[], value: unknown): JsonMap {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const child = obj[head];
  return {
    ...obj,
    [head]: rest.length === 0 ? value : setPath(isJsonMap(child) ? child : {}, rest, value),
  };
}

/** The object's `kind`, or '' when it has none. */
export function kindOf(obj: JsonMap): string {
  return typeof obj.kind === 'string' ? obj.kind : '';
}

/** Does kube-inject process objects of this kind (workloads and List)? */
export function isSupportedKind(kind: string): boolean {
  return kind === LIST_KIND || hasKey(WORKLOAD_KINDS, kind);
}

/**
 * The pod inside a workload object, or undefined when the kind carries none (Service,
 * ConfigMap, List …). Throws KinjectError (INJECTION) with Istio's text when a
 * ReplicationController has no template.
 */
export function findPodTemplate(obj: JsonMap): PodTemplate | undefined {
  const kind = kindOf(obj);
  const workload = hasKey(WORKLOAD_KINDS, kind) ? WORKLOAD_KINDS[kind] : undefined;
  if (workload === undefined) return undefined;
  const parent = workload.metadataPath.slice(0, -1);
  if (workload.templateRequired && !isJsonMap(getPath(obj, parent))) {
    throw new KinjectError('INJECTION', 'spec.template is required value');
  }
  const metadata = getPath(obj, workload.metadataPath);
  const spec = getPath(obj, workload.specPath);
  return {
    kind,
    workload,
    metadata: isJsonMap(metadata) ? metadata : {},
    spec: isJsonMap(spec) ? spec : {},
  };
}

/** A copy of the workload object with its pod's metadata and spec replaced. */
export function replacePodTemplate(
  obj: JsonMap,
  workload: WorkloadKind,
  metadata: JsonMap,
  spec: JsonMap,
): JsonMap {
  return setPath(setPath(obj, workload.metadataPath, metadata), workload.specPath, spec);
}

/** The items of a `List` object (non-objects are kept as they are), or undefined for other kinds. */
export function listItems(obj: JsonMap): unknown[] | undefined {
  if (kindOf(obj) !== LIST_KIND) return undefined;
  return isJsonArray(obj.items) ? obj.items : [];
}

/** What editing a List's items gave: the List to continue with, and each object item's outcome. */
export interface ListEdit<T> {
  /** The List with the edited items in place when any was changed; else the List itself. */
  object: JsonMap;
  changed: boolean;
  /** One per object item, in order (items that are not objects are kept and have none). */
  outcomes: T[];
}

/**
 * Edit each object item of a List with `edit` (given its path from the List); `changed` says
 * which outcomes changed their item, whose `object` then takes the item's place.
 */
export function editListItems<T extends { object: JsonMap }>(
  list: JsonMap,
  edit: (item: JsonMap, path: ['items', number]) => T,
  changed: (outcome: T) => boolean,
): ListEdit<T> {
  const items = isJsonArray(list.items) ? list.items : [];
  const outcomes = items.map((item, i) => (isJsonMap(item) ? edit(item, ['items', i]) : undefined));
  const any = outcomes.some((o) => o !== undefined && changed(o));
  return {
    object: any ? { ...list, items: items.map((item, i) => outcomes[i]?.object ?? item) } : list,
    changed: any,
    outcomes: outcomes.filter((o) => o !== undefined),
  };
}
