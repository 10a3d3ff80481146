/**
 * Validation against the Kubernetes OpenAPI schema, through kubernetes-models (its classes
 * validate with ajv against the schemas generated from Kubernetes' OpenAPI spec). A dev
 * dependency only: 30-odd MB and ~1 s to load, fine for tests, not for the CLI.
 */
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';

/** A model class: built from plain data, `validate()` throws on a schema violation. */
type Model = new (data: never) => { validate(): void };

/** kind → its model (kinds not listed, such as CRDs, have no schema here). */
const MODELS: Readonly<Record<string, Model>> = {
  CronJob,
  Job,
  DaemonSet,
  Deployment,
  ReplicaSet,
  StatefulSet,
  ConfigMap,
  Pod,
  Secret,
  Service,
};

/** Throws with the schema's complaint when `obj` is not a valid object of its kind. */
export function validateObject(obj: Record<string, unknown>): void {
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  const Model = Object.hasOwn(MODELS, kind) ? MODELS[kind] : undefined;
  if (Model === undefined) return;
  new Model(obj as never).validate();
}
