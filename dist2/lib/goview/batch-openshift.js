/**
 * Go schema of batch/v1 Job and CronJob (k8s.io/api v0.36.1) and OpenShift's
 * apps.openshift.io/v1 DeploymentConfig (github.com/openshift/api, the version Istio
 * builds with), for round-tripping them as Go does (see round-trip.ts). OpenShift's
 * types carry an `OS` prefix in the registry (their Go package is also `v1`).
 */
import { k8sStruct } from './schema.js';
/** batch/v1 and OpenShift workload types by registry name. */
export const BATCH_OPENSHIFT_TYPES = {
    Job: k8sStruct('v1.Job', [
        ['TypeMeta', ',inline', 'TypeMeta'],
        ['ObjectMeta', 'metadata,omitempty', 'ObjectMeta'],
        ['Spec', 'spec,omitempty', 'JobSpec'],
        ['Status', 'status,omitempty', 'JobStatus'],
    ]),
    JobSpec: k8sStruct('v1.JobSpec', [
        ['Parallelism', 'parallelism,omitempty', '*int32'],
        ['Completions', 'completions,omitempty', '*int32'],
        ['ActiveDeadlineSeconds', 'activeDeadlineSeconds,omitempty', '*int64'],
        ['PodFailurePolicy', 'podFailurePolicy,omitempty', '*~v1.PodFailurePolicy'],
        ['SuccessPolicy', 'successPolicy,omitempty', '*~v1.SuccessPolicy'],
        ['BackoffLimit', 'backoffLimit,omitempty', '*int32'],
        ['BackoffLimitPerIndex', 'backoffLimitPerIndex,omitempty', '*int32'],
        ['MaxFailedIndexes', 'maxFailedIndexes,omitempty', '*int32'],
        ['Selector', 'selector,omitempty', '*LabelSelector'],
        ['ManualSelector', 'manualSelector,omitempty', '*bool'],
        ['Template', 'template', 'PodTemplateSpec'],
        ['TTLSecondsAfterFinished', 'ttlSecondsAfterFinished,omitempty', '*int32'],
        ['CompletionMode', 'completionMode,omitempty', '*string'],
        ['Suspend', 'suspend,omitempty', '*bool'],
        ['PodReplacementPolicy', 'podReplacementPolicy,omitempty', '*string'],
        ['ManagedBy', 'managedBy,omitempty', '*string'],
    ]),
    JobStatus: k8sStruct('v1.JobStatus', [
        ['Conditions', 'conditions,omitempty', '[]~v1.JobCondition'],
        ['StartTime', 'startTime,omitempty', '*Time'],
        ['CompletionTime', 'completionTime,omitempty', '*Time'],
        ['Active', 'active,omitempty', 'int32'],
        ['Succeeded', 'succeeded,omitempty', 'int32'],
        ['Failed', 'failed,omitempty', 'int32'],
        ['Terminating', 'terminating,omitempty', '*int32'],
        ['CompletedIndexes', 'completedIndexes,omitempty', 'string'],
        ['FailedIndexes', 'failedIndexes,omitempty', '*string'],
        [
            'UncountedTerminatedPods',
            'uncountedTerminatedPods,omitempty',
            '*~v1.UncountedTerminatedPods',
        ],
        ['Ready', 'ready,omitempty', '*int32'],
    ]),
    CronJob: k8sStruct('v1.CronJob', [
        ['TypeMeta', ',inline', 'TypeMeta'],
        ['ObjectMeta', 'metadata,omitempty', 'ObjectMeta'],
        ['Spec', 'spec,omitempty', 'CronJobSpec'],
        ['Status', 'status,omitempty', 'CronJobStatus'],
    ]),
    CronJobSpec: k8sStruct('v1.CronJobSpec', [
        ['Schedule', 'schedule', 'string'],
        ['TimeZone', 'timeZone,omitempty', '*string'],
        ['StartingDeadlineSeconds', 'startingDeadlineSeconds,omitempty', '*int64'],
        ['ConcurrencyPolicy', 'concurrencyPolicy,omitempty', 'string'],
        ['Suspend', 'suspend,omitempty', '*bool'],
        ['JobTemplate', 'jobTemplate', 'JobTemplateSpec'],
        ['SuccessfulJobsHistoryLimit', 'successfulJobsHistoryLimit,omitempty', '*int32'],
        ['FailedJobsHistoryLimit', 'failedJobsHistoryLimit,omitempty', '*int32'],
    ]),
    CronJobStatus: k8sStruct('v1.CronJobStatus', [
        ['Active', 'active,omitempty', '[]~v1.ObjectReference'],
        ['LastScheduleTime', 'lastScheduleTime,omitempty', '*Time'],
        ['LastSuccessfulTime', 'lastSuccessfulTime,omitempty', '*Time'],
    ]),
    JobTemplateSpec: k8sStruct('v1.JobTemplateSpec', [
        ['ObjectMeta', 'metadata,omitempty', 'ObjectMeta'],
        ['Spec', 'spec,omitempty', 'JobSpec'],
    ]),
    OSDeploymentConfig: k8sStruct('v1.DeploymentConfig', [
        ['TypeMeta', ',inline', 'TypeMeta'],
        ['ObjectMeta', 'metadata,omitempty', 'ObjectMeta'],
        ['Spec', 'spec', 'OSDeploymentConfigSpec'],
        ['Status', 'status,omitempty', 'OSDeploymentConfigStatus'],
    ]),
    OSDeploymentConfigSpec: k8sStruct('v1.DeploymentConfigSpec', [
        ['Strategy', 'strategy', 'OSDeploymentStrategy'],
        ['MinReadySeconds', 'minReadySeconds,omitempty', 'int32'],
        ['Triggers', 'triggers', '[]~v1.DeploymentTriggerPolicy'],
        ['Replicas', 'replicas', 'int32'],
        ['RevisionHistoryLimit', 'revisionHistoryLimit,omitempty', '*int32'],
        ['Test', 'test', 'bool'],
        ['Paused', 'paused,omitempty', 'bool'],
        ['Selector', 'selector,omitempty', 'map[string]string'],
        ['Template', 'template,omitempty', '*PodTemplateSpec'],
    ]),
    OSDeploymentStrategy: k8sStruct('v1.DeploymentStrategy', [
        ['Type', 'type,omitempty', 'string'],
        ['CustomParams', 'customParams,omitempty', '*~v1.CustomDeploymentStrategyParams'],
        ['RecreateParams', 'recreateParams,omitempty', '*~v1.RecreateDeploymentStrategyParams'],
        ['RollingParams', 'rollingParams,omitempty', '*~v1.RollingDeploymentStrategyParams'],
        ['Resources', 'resources,omitempty', 'ResourceRequirements'],
        ['Labels', 'labels,omitempty', 'map[string]string'],
        ['Annotations', 'annotations,omitempty', 'map[string]string'],
        ['ActiveDeadlineSeconds', 'activeDeadlineSeconds,omitempty', '*int64'],
    ]),
    OSDeploymentConfigStatus: k8sStruct('v1.DeploymentConfigStatus', [
        ['LatestVersion', 'latestVersion', 'int64'],
        ['ObservedGeneration', 'observedGeneration', 'int64'],
        ['Replicas', 'replicas', 'int32'],
        ['UpdatedReplicas', 'updatedReplicas', 'int32'],
        ['AvailableReplicas', 'availableReplicas', 'int32'],
        ['UnavailableReplicas', 'unavailableReplicas', 'int32'],
        ['Details', 'details,omitempty', '*~v1.DeploymentDetails'],
        ['Conditions', 'conditions,omitempty', '[]~v1.DeploymentCondition'],
        ['ReadyReplicas', 'readyReplicas,omitempty', 'int32'],
    ]),
};
//# sourceMappingURL=batch-openshift.js.map