/**
 * Go schema of batch/v1 Job and CronJob (k8s.io/api v0.36.1) and OpenShift's
 * apps.openshift.io/v1 DeploymentConfig (github.com/openshift/api, the version Istio
 * builds with), for round-tripping them as Go does (see round-trip.ts). OpenShift's
 * types carry an `OS` prefix in the registry (their Go package is also `v1`).
 */
import { type StructDef } from './schema.js';
/** batch/v1 and OpenShift workload types by registry name. */
export declare const BATCH_OPENSHIFT_TYPES: Readonly<Record<string, StructDef>>;
