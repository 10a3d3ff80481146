/**
 * Go schema of Kubernetes containers for template views.
 * Rows are the Go struct fields of Container and what it contains (k8s.io/api core/v1 and
 * k8s.io/apimachinery meta/v1 at v0.36.1, the version Istio builds with): Go name,
 * json tag, type. Named string types (Protocol, PullPolicy …) are plain strings here;
 * types kinject does not model are `~v1.Name` (opaque: no fields, JSON passed through).
 */
import { k8sStruct } from './schema.js';
/**
 * Container's fields. EphemeralContainerCommon has exactly the same ones (Kubernetes keeps
 * them in step on purpose), so both types share this list.
 */
const CONTAINER_FIELDS = [
    ['Name', 'name', 'string'],
    ['Image', 'image,omitempty', 'string'],
    ['Command', 'command,omitempty', '[]string'],
    ['Args', 'args,omitempty', '[]string'],
    ['WorkingDir', 'workingDir,omitempty', 'string'],
    ['Ports', 'ports,omitempty', '[]ContainerPort'],
    ['EnvFrom', 'envFrom,omitempty', '[]EnvFromSource'],
    ['Env', 'env,omitempty', '[]EnvVar'],
    ['Resources', 'resources,omitempty', 'ResourceRequirements'],
    ['ResizePolicy', 'resizePolicy,omitempty', '[]ContainerResizePolicy'],
    ['RestartPolicy', 'restartPolicy,omitempty', '*string'],
    ['RestartPolicyRules', 'restartPolicyRules,omitempty', '[]ContainerRestartRule'],
    ['VolumeMounts', 'volumeMounts,omitempty', '[]VolumeMount'],
    ['VolumeDevices', 'volumeDevices,omitempty', '[]VolumeDevice'],
    ['LivenessProbe', 'livenessProbe,omitempty', '*Probe'],
    ['ReadinessProbe', 'readinessProbe,omitempty', '*Probe'],
    ['StartupProbe', 'startupProbe,omitempty', '*Probe'],
    ['Lifecycle', 'lifecycle,omitempty', '*Lifecycle'],
    ['TerminationMessagePath', 'terminationMessagePath,omitempty', 'string'],
    ['TerminationMessagePolicy', 'terminationMessagePolicy,omitempty', 'string'],
    ['ImagePullPolicy', 'imagePullPolicy,omitempty', 'string'],
    ['SecurityContext', 'securityContext,omitempty', '*SecurityContext'],
    ['Stdin', 'stdin,omitempty', 'bool'],
    ['StdinOnce', 'stdinOnce,omitempty', 'bool'],
    ['TTY', 'tty,omitempty', 'bool'],
];
/** Container types by registry name. */
export const K8S_CONTAINER_TYPES = {
    Container: k8sStruct('v1.Container', CONTAINER_FIELDS),
    EphemeralContainer: k8sStruct('v1.EphemeralContainer', [
        ['EphemeralContainerCommon', ',inline', 'EphemeralContainerCommon'],
        ['TargetContainerName', 'targetContainerName,omitempty', 'string'],
    ]),
    EphemeralContainerCommon: k8sStruct('v1.EphemeralContainerCommon', CONTAINER_FIELDS),
    ContainerPort: k8sStruct('v1.ContainerPort', [
        ['Name', 'name,omitempty', 'string'],
        ['HostPort', 'hostPort,omitempty', 'int32'],
        ['ContainerPort', 'containerPort', 'int32'],
        ['Protocol', 'protocol,omitempty', 'string'],
        ['HostIP', 'hostIP,omitempty', 'string'],
    ]),
    EnvVar: k8sStruct('v1.EnvVar', [
        ['Name', 'name', 'string'],
        ['Value', 'value,omitempty', 'string'],
        ['ValueFrom', 'valueFrom,omitempty', '*EnvVarSource'],
    ]),
    EnvVarSource: k8sStruct('v1.EnvVarSource', [
        ['FieldRef', 'fieldRef,omitempty', '*ObjectFieldSelector'],
        ['ResourceFieldRef', 'resourceFieldRef,omitempty', '*ResourceFieldSelector'],
        ['ConfigMapKeyRef', 'configMapKeyRef,omitempty', '*ConfigMapKeySelector'],
        ['SecretKeyRef', 'secretKeyRef,omitempty', '*SecretKeySelector'],
        ['FileKeyRef', 'fileKeyRef,omitempty', '*~v1.FileKeySelector'],
    ]),
    ObjectFieldSelector: k8sStruct('v1.ObjectFieldSelector', [
        ['APIVersion', 'apiVersion,omitempty', 'string'],
        ['FieldPath', 'fieldPath', 'string'],
    ]),
    ResourceFieldSelector: k8sStruct('v1.ResourceFieldSelector', [
        ['ContainerName', 'containerName,omitempty', 'string'],
        ['Resource', 'resource', 'string'],
        ['Divisor', 'divisor,omitempty', 'Quantity'],
    ]),
    ConfigMapKeySelector: k8sStruct('v1.ConfigMapKeySelector', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Key', 'key', 'string'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    SecretKeySelector: k8sStruct('v1.SecretKeySelector', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Key', 'key', 'string'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    EnvFromSource: k8sStruct('v1.EnvFromSource', [
        ['Prefix', 'prefix,omitempty', 'string'],
        ['ConfigMapRef', 'configMapRef,omitempty', '*ConfigMapEnvSource'],
        ['SecretRef', 'secretRef,omitempty', '*SecretEnvSource'],
    ]),
    ConfigMapEnvSource: k8sStruct('v1.ConfigMapEnvSource', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    SecretEnvSource: k8sStruct('v1.SecretEnvSource', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    ResourceRequirements: k8sStruct('v1.ResourceRequirements', [
        ['Limits', 'limits,omitempty', 'ResourceList'],
        ['Requests', 'requests,omitempty', 'ResourceList'],
        ['Claims', 'claims,omitempty', '[]ResourceClaim'],
    ]),
    ResourceClaim: k8sStruct('v1.ResourceClaim', [
        ['Name', 'name', 'string'],
        ['Request', 'request,omitempty', 'string'],
    ]),
    VolumeMount: k8sStruct('v1.VolumeMount', [
        ['Name', 'name', 'string'],
        ['ReadOnly', 'readOnly,omitempty', 'bool'],
        ['RecursiveReadOnly', 'recursiveReadOnly,omitempty', '*string'],
        ['MountPath', 'mountPath', 'string'],
        ['SubPath', 'subPath,omitempty', 'string'],
        ['MountPropagation', 'mountPropagation,omitempty', '*string'],
        ['SubPathExpr', 'subPathExpr,omitempty', 'string'],
    ]),
    VolumeDevice: k8sStruct('v1.VolumeDevice', [
        ['Name', 'name', 'string'],
        ['DevicePath', 'devicePath', 'string'],
    ]),
    Probe: k8sStruct('v1.Probe', [
        ['ProbeHandler', ',inline', 'ProbeHandler'],
        ['InitialDelaySeconds', 'initialDelaySeconds,omitempty', 'int32'],
        ['TimeoutSeconds', 'timeoutSeconds,omitempty', 'int32'],
        ['PeriodSeconds', 'periodSeconds,omitempty', 'int32'],
        ['SuccessThreshold', 'successThreshold,omitempty', 'int32'],
        ['FailureThreshold', 'failureThreshold,omitempty', 'int32'],
        ['TerminationGracePeriodSeconds', 'terminationGracePeriodSeconds,omitempty', '*int64'],
    ]),
    ProbeHandler: k8sStruct('v1.ProbeHandler', [
        ['Exec', 'exec,omitempty', '*ExecAction'],
        ['HTTPGet', 'httpGet,omitempty', '*HTTPGetAction'],
        ['TCPSocket', 'tcpSocket,omitempty', '*TCPSocketAction'],
        ['GRPC', 'grpc,omitempty', '*GRPCAction'],
    ]),
    LifecycleHandler: k8sStruct('v1.LifecycleHandler', [
        ['Exec', 'exec,omitempty', '*ExecAction'],
        ['HTTPGet', 'httpGet,omitempty', '*HTTPGetAction'],
        ['TCPSocket', 'tcpSocket,omitempty', '*TCPSocketAction'],
        ['Sleep', 'sleep,omitempty', '*SleepAction'],
    ]),
    Lifecycle: k8sStruct('v1.Lifecycle', [
        ['PostStart', 'postStart,omitempty', '*LifecycleHandler'],
        ['PreStop', 'preStop,omitempty', '*LifecycleHandler'],
        ['StopSignal', 'stopSignal,omitempty', '*string'],
    ]),
    ExecAction: k8sStruct('v1.ExecAction', [['Command', 'command,omitempty', '[]string']]),
    HTTPGetAction: k8sStruct('v1.HTTPGetAction', [
        ['Path', 'path,omitempty', 'string'],
        ['Port', 'port', 'IntOrString'],
        ['Host', 'host,omitempty', 'string'],
        ['Scheme', 'scheme,omitempty', 'string'],
        ['HTTPHeaders', 'httpHeaders,omitempty', '[]HTTPHeader'],
    ]),
    HTTPHeader: k8sStruct('v1.HTTPHeader', [
        ['Name', 'name', 'string'],
        ['Value', 'value', 'string'],
    ]),
    TCPSocketAction: k8sStruct('v1.TCPSocketAction', [
        ['Port', 'port', 'IntOrString'],
        ['Host', 'host,omitempty', 'string'],
    ]),
    GRPCAction: k8sStruct('v1.GRPCAction', [
        ['Port', 'port', 'int32'],
        ['Service', 'service', '*string'],
    ]),
    SleepAction: k8sStruct('v1.SleepAction', [['Seconds', 'seconds', 'int64']]),
    SecurityContext: k8sStruct('v1.SecurityContext', [
        ['Capabilities', 'capabilities,omitempty', '*Capabilities'],
        ['Privileged', 'privileged,omitempty', '*bool'],
        ['SELinuxOptions', 'seLinuxOptions,omitempty', '*SELinuxOptions'],
        ['WindowsOptions', 'windowsOptions,omitempty', '*WindowsSecurityContextOptions'],
        ['RunAsUser', 'runAsUser,omitempty', '*int64'],
        ['RunAsGroup', 'runAsGroup,omitempty', '*int64'],
        ['RunAsNonRoot', 'runAsNonRoot,omitempty', '*bool'],
        ['ReadOnlyRootFilesystem', 'readOnlyRootFilesystem,omitempty', '*bool'],
        ['AllowPrivilegeEscalation', 'allowPrivilegeEscalation,omitempty', '*bool'],
        ['ProcMount', 'procMount,omitempty', '*string'],
        ['SeccompProfile', 'seccompProfile,omitempty', '*SeccompProfile'],
        ['AppArmorProfile', 'appArmorProfile,omitempty', '*AppArmorProfile'],
    ]),
    Capabilities: k8sStruct('v1.Capabilities', [
        ['Add', 'add,omitempty', '[]string'],
        ['Drop', 'drop,omitempty', '[]string'],
    ]),
    ContainerResizePolicy: k8sStruct('v1.ContainerResizePolicy', [
        ['ResourceName', 'resourceName', 'string'],
        ['RestartPolicy', 'restartPolicy', 'string'],
    ]),
    ContainerRestartRule: k8sStruct('v1.ContainerRestartRule', [
        ['Action', 'action,omitempty', 'string'],
        ['ExitCodes', 'exitCodes,omitempty', '*ContainerRestartRuleOnExitCodes'],
    ]),
    ContainerRestartRuleOnExitCodes: k8sStruct('v1.ContainerRestartRuleOnExitCodes', [
        ['Operator', 'operator,omitempty', 'string'],
        ['Values', 'values,omitempty', '[]int32'],
    ]),
};
//# sourceMappingURL=k8s-container.js.map