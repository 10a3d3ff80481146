/**
 * Uninjecting one Kubernetes object: a workload's pod template, or each item of a List.
 * Objects without an injected pod come back as they are (the same reference).
 */
import { findWorkload } from '../inject/index.js';
import type { WorkloadMetadataOracle } from '../inject/template-metadata.js';
import { isObj, type Obj } from '../inject/pod.js';
import type { JsonMap } from '../k8s/json.js';
import { replacePodTemplate, setPath } from '../k8s/workloads.js';
import { uninjectPod } from './pod.js';

/** What happened to one pod template. */
export interface UninjectReport {
  kind: string;
  name: string;
  namespace?: string;
  /** Path from the document root to the pod template (`[]` for a Pod). */
  path: (string | number)[];
  uninjected: boolean;
}

/** The result of uninjecting one object. */
export interface UninjectOutcome {
  object: Obj;
  changed: boolean;
  workloads: UninjectReport[];
}

/** Uninject a workload object (not a List); `templates` recognise what the injecting templates added. */
function uninjectWorkload(
  obj: Obj,
  prefix: (string | number)[],
  templates: WorkloadMetadataOracle | undefined,
): UninjectOutcome {
  const w = findWorkload(obj);
  if (w === undefined) return { object: obj, changed: false, workloads: [] };
  const { metadata, spec, workload } = w.template;
  const pod = uninjectPod({
    pod: { metadata, spec },
    workloadName: w.deploy.name,
    ...(templates === undefined ? {} : { templates: (p) => templates(p, w) }),
  });
  const report: UninjectReport = {
    kind: w.type.kind,
    name: w.deploy.name,
    ...(w.deploy.namespace === '' ? {} : { namespace: w.deploy.namespace }),
    path: [...prefix, ...w.path],
    uninjected: pod !== undefined,
  };
  if (pod === undefined) return { object: obj, changed: false, workloads: [report] };
  let object = replacePodTemplate(
    obj as JsonMap,
    workload,
    pod.metadata as JsonMap,
    pod.spec as JsonMap,
  );
  // A pod template's metadata that injection brought (labels, annotations) goes with them.
  if (workload.owner !== 'pod-controller' && Object.keys(pod.metadata).length === 0) {
    const parent = workload.metadataPath.slice(0, -1);
    const holder = { ...parent.reduce<Obj>((o, k) => (isObj(o[k]) ? o[k] : {}), object) };
    delete holder[workload.metadataPath[workload.metadataPath.length - 1] ?? ''];
    object = setPath(object, parent, holder as JsonMap);
  }
  return { object: dropEmptyJobPodMetadata(object), changed: true, workloads: [report] };
}

/** Where a CronJob's pod template metadata is: injection's Go write-back leaves `{}` there. */
const JOB_POD_METADATA = ['spec', 'jobTemplate', 'spec', 'template'] as const;

/** A CronJob without the empty pod template metadata injection's write-back added. */
function dropEmptyJobPodMetadata(obj: Obj): Obj {
  if (obj.kind !== 'CronJob') return obj;
  const template = JOB_POD_METADATA.reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), obj);
  if (!isObj(template) || !isObj(template.metadata) || Object.keys(template.metadata).length > 0)
    return obj;
  const rest: Obj = { ...template };
  delete rest.metadata;
  return setPath(obj as JsonMap, JOB_POD_METADATA, rest as JsonMap);
}

/**
 * Uninject one object: a workload, or every item of a List. With `templates` (the injecting
 * configuration's), the labels and annotations its templates added go too, whatever they are.
 */
export function uninjectObject(obj: Obj, templates?: WorkloadMetadataOracle): UninjectOutcome {
  if (obj.kind !== 'List') return uninjectWorkload(obj, [], templates);
  const items = Array.isArray(obj.items) ? (obj.items as unknown[]) : [];
  const outcomes = items.map((item, i) =>
    isObj(item) ? uninjectWorkload(item, ['items', i], templates) : undefined,
  );
  const changed = outcomes.some((o) => o?.changed === true);
  return {
    object: changed ? { ...obj, items: items.map((item, i) => outcomes[i]?.object ?? item) } : obj,
    changed,
    workloads: outcomes.flatMap((o) => o?.workloads ?? []),
  };
}
