/**
 * Uninjecting one Kubernetes object: a workload's pod template, or each item of a List.
 * Objects without an injected pod come back as they are (the same reference).
 */
import { isJsonArray, isJsonMap, type JsonMap } from '../go/json-map.js';
import { findWorkload } from '../inject/index.js';
import { stringMap } from '../inject/pod.js';
import { STATUS_ANNOTATION } from '../inject/status.js';
import type { WorkloadMetadataOracle } from '../inject/template-metadata.js';
import { editListItems, replacePodTemplate, setPath } from '../k8s/workloads.js';
import { uninjectPod } from './pod.js';
import { dropWriteBackMarks } from './write-back-marks.js';

/** What happened to one pod template. */
export interface UninjectReport {
  kind: string;
  name: string;
  namespace?: string;
  /** Path from the document root to the pod template (`[]` for a Pod). */
  path: (string | number)[];
  uninjected: boolean;
  /** Not uninjected because its status annotation is there but not what injection writes (a JSON object). */
  unreadableStatus?: true;
}

/** The result of uninjecting one object. */
export interface UninjectOutcome {
  object: JsonMap;
  changed: boolean;
  workloads: UninjectReport[];
}

/** Uninject a workload object (not a List); `templates` recognise what the injecting templates added. */
function uninjectWorkload(
  obj: JsonMap,
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
    ...(pod === undefined && stringMap(metadata, 'annotations')[STATUS_ANNOTATION] !== undefined
      ? { unreadableStatus: true as const }
      : {}),
  };
  if (pod === undefined) return { object: obj, changed: false, workloads: [report] };
  let object = replacePodTemplate(obj, workload, pod.metadata, pod.spec);
  // A pod template's metadata that injection brought (labels, annotations) goes with them.
  if (workload.owner !== 'pod-controller' && Object.keys(pod.metadata).length === 0) {
    const parent = workload.metadataPath.slice(0, -1);
    const holder = { ...parent.reduce<JsonMap>((o, k) => (isJsonMap(o[k]) ? o[k] : {}), object) };
    delete holder[workload.metadataPath[workload.metadataPath.length - 1] ?? ''];
    object = setPath(object, parent, holder);
  }
  return {
    object: dropWriteBackMarks(dropEmptyJobPodMetadata(object)),
    changed: true,
    workloads: [report],
  };
}

/** Where a CronJob's pod template metadata is: injection's Go write-back leaves `{}` there. */
const JOB_POD_METADATA = ['spec', 'jobTemplate', 'spec', 'template'] as const;

/** A CronJob without the empty pod template metadata injection's write-back added. */
function dropEmptyJobPodMetadata(obj: JsonMap): JsonMap {
  if (obj.kind !== 'CronJob') return obj;
  const template = JOB_POD_METADATA.reduce<unknown>(
    (o, k) => (isJsonMap(o) ? o[k] : undefined),
    obj,
  );
  if (
    !isJsonMap(template) ||
    !isJsonMap(template.metadata) ||
    Object.keys(template.metadata).length > 0
  )
    return obj;
  const rest: JsonMap = { ...template };
  delete rest.metadata;
  return setPath(obj, JOB_POD_METADATA, rest);
}

/**
 * Uninject one object: a workload, or every item of a List. With `templates` (the injecting
 * configuration's), the labels and annotations its templates added go too, whatever they are.
 */
export function uninjectObject(obj: JsonMap, templates?: WorkloadMetadataOracle): UninjectOutcome {
  return uninjectAt(obj, [], templates);
}

/** An object at `prefix` in its document: a List item by item (a List among them too), else a workload. */
function uninjectAt(
  obj: JsonMap,
  prefix: (string | number)[],
  templates?: WorkloadMetadataOracle,
): UninjectOutcome {
  if (obj.kind !== 'List') return uninjectWorkload(obj, prefix, templates);
  const { object, changed, outcomes } = editListItems(
    obj,
    (item, path) => uninjectAt(item, [...prefix, ...path], templates),
    (o) => o.changed,
  );
  // Go wrote every item of a changed List back, so the marks are on items it did not inject too.
  const items = isJsonArray(object.items) ? object.items : [];
  const unmarked = changed
    ? { ...object, items: items.map((i) => (isJsonMap(i) ? dropWriteBackMarks(i) : i)) }
    : object;
  return { object: unmarked, changed, workloads: outcomes.flatMap((o) => o.workloads) };
}
