/**
 * Go schema of the Kubernetes PodSpec for template views.
 * Rows are the Go struct fields of PodSpec and its pod-level parts (k8s.io/api core/v1 and
 * k8s.io/apimachinery meta/v1 at v0.36.1, the version Istio builds with): Go name,
 * json tag, type. Named string types (Protocol, PullPolicy …) are plain strings here;
 * types kinject does not model are `~v1.Name` (opaque: no fields, JSON passed through).
 */
import { k8sStruct, type StructDef } from './schema.js';

/** PodSpec types by registry name. */
export const K8S_POD_TYPES: Readonly<Record<string, StructDef>> = {
  PodSpec: k8sStruct('v1.PodSpec', [
    ['Volumes', 'volumes,omitempty', '[]Volume'],
    ['InitContainers', 'initContainers,omitempty', '[]Container'],
    ['Containers', 'containers', '[]Container'],
    ['EphemeralContainers', 'ephemeralContainers,omitempty', '[]EphemeralContainer'],
    ['RestartPolicy', 'restartPolicy,omitempty', 'string'],
    ['TerminationGracePeriodSeconds', 'terminationGracePeriodSeconds,omitempty', '*int64'],
    ['ActiveDeadlineSeconds', 'activeDeadlineSeconds,omitempty', '*int64'],
    ['DNSPolicy', 'dnsPolicy,omitempty', 'string'],
    ['NodeSelector', 'nodeSelector,omitempty', 'map[string]string'],
    ['ServiceAccountName', 'serviceAccountName,omitempty', 'string'],
    ['DeprecatedServiceAccount', 'serviceAccount,omitempty', 'string'],
    ['AutomountServiceAccountToken', 'automountServiceAccountToken,omitempty', '*bool'],
    ['NodeName', 'nodeName,omitempty', 'string'],
    ['HostNetwork', 'hostNetwork,omitempty', 'bool'],
    ['HostPID', 'hostPID,omitempty', 'bool'],
    ['HostIPC', 'hostIPC,omitempty', 'bool'],
    ['ShareProcessNamespace', 'shareProcessNamespace,omitempty', '*bool'],
    ['SecurityContext', 'securityContext,omitempty', '*PodSecurityContext'],
    ['ImagePullSecrets', 'imagePullSecrets,omitempty', '[]LocalObjectReference'],
    ['Hostname', 'hostname,omitempty', 'string'],
    ['Subdomain', 'subdomain,omitempty', 'string'],
    ['Affinity', 'affinity,omitempty', '*~v1.Affinity'],
    ['SchedulerName', 'schedulerName,omitempty', 'string'],
    ['Tolerations', 'tolerations,omitempty', '[]Toleration'],
    ['HostAliases', 'hostAliases,omitempty', '[]HostAlias'],
    ['PriorityClassName', 'priorityClassName,omitempty', 'string'],
    ['Priority', 'priority,omitempty', '*int32'],
    ['DNSConfig', 'dnsConfig,omitempty', '*PodDNSConfig'],
    ['ReadinessGates', 'readinessGates,omitempty', '[]PodReadinessGate'],
    ['RuntimeClassName', 'runtimeClassName,omitempty', '*string'],
    ['EnableServiceLinks', 'enableServiceLinks,omitempty', '*bool'],
    ['PreemptionPolicy', 'preemptionPolicy,omitempty', '*string'],
    ['Overhead', 'overhead,omitempty', 'ResourceList'],
    ['TopologySpreadConstraints', 'topologySpreadConstraints,omitempty', '[]TopologySpreadConstraint'],
    ['SetHostnameAsFQDN', 'setHostnameAsFQDN,omitempty', '*bool'],
    ['OS', 'os,omitempty', '*PodOS'],
    ['HostUsers', 'hostUsers,omitempty', '*bool'],
    ['SchedulingGates', 'schedulingGates,omitempty', '[]PodSchedulingGate'],
    ['ResourceClaims', 'resourceClaims,omitempty', '[]PodResourceClaim'],
    ['Resources', 'resources,omitempty', '*ResourceRequirements'],
    ['HostnameOverride', 'hostnameOverride,omitempty', '*string'],
    ['SchedulingGroup', 'schedulingGroup,omitempty', '*PodSchedulingGroup'],
  ]),
  PodSecurityContext: k8sStruct('v1.PodSecurityContext', [
    ['SELinuxOptions', 'seLinuxOptions,omitempty', '*SELinuxOptions'],
    ['WindowsOptions', 'windowsOptions,omitempty', '*WindowsSecurityContextOptions'],
    ['RunAsUser', 'runAsUser,omitempty', '*int64'],
    ['RunAsGroup', 'runAsGroup,omitempty', '*int64'],
    ['RunAsNonRoot', 'runAsNonRoot,omitempty', '*bool'],
    ['SupplementalGroups', 'supplementalGroups,omitempty', '[]int64'],
    ['SupplementalGroupsPolicy', 'supplementalGroupsPolicy,omitempty', '*string'],
    ['FSGroup', 'fsGroup,omitempty', '*int64'],
    ['Sysctls', 'sysctls,omitempty', '[]Sysctl'],
    ['FSGroupChangePolicy', 'fsGroupChangePolicy,omitempty', '*string'],
    ['SeccompProfile', 'seccompProfile,omitempty', '*SeccompProfile'],
    ['AppArmorProfile', 'appArmorProfile,omitempty', '*AppArmorProfile'],
    ['SELinuxChangePolicy', 'seLinuxChangePolicy,omitempty', '*string'],
  ]),
  Sysctl: k8sStruct('v1.Sysctl', [
    ['Name', 'name', 'string'],
    ['Value', 'value', 'string'],
  ]),
  SELinuxOptions: k8sStruct('v1.SELinuxOptions', [
    ['User', 'user,omitempty', 'string'],
    ['Role', 'role,omitempty', 'string'],
    ['Type', 'type,omitempty', 'string'],
    ['Level', 'level,omitempty', 'string'],
  ]),
  SeccompProfile: k8sStruct('v1.SeccompProfile', [
    ['Type', 'type', 'string'],
    ['LocalhostProfile', 'localhostProfile,omitempty', '*string'],
  ]),
  AppArmorProfile: k8sStruct('v1.AppArmorProfile', [
    ['Type', 'type', 'string'],
    ['LocalhostProfile', 'localhostProfile,omitempty', '*string'],
  ]),
  WindowsSecurityContextOptions: k8sStruct('v1.WindowsSecurityContextOptions', [
    ['GMSACredentialSpecName', 'gmsaCredentialSpecName,omitempty', '*string'],
    ['GMSACredentialSpec', 'gmsaCredentialSpec,omitempty', '*string'],
    ['RunAsUserName', 'runAsUserName,omitempty', '*string'],
    ['HostProcess', 'hostProcess,omitempty', '*bool'],
  ]),
  Toleration: k8sStruct('v1.Toleration', [
    ['Key', 'key,omitempty', 'string'],
    ['Operator', 'operator,omitempty', 'string'],
    ['Value', 'value,omitempty', 'string'],
    ['Effect', 'effect,omitempty', 'string'],
    ['TolerationSeconds', 'tolerationSeconds,omitempty', '*int64'],
  ]),
  HostAlias: k8sStruct('v1.HostAlias', [
    ['IP', 'ip', 'string'],
    ['Hostnames', 'hostnames,omitempty', '[]string'],
  ]),
  PodDNSConfig: k8sStruct('v1.PodDNSConfig', [
    ['Nameservers', 'nameservers,omitempty', '[]string'],
    ['Searches', 'searches,omitempty', '[]string'],
    ['Options', 'options,omitempty', '[]PodDNSConfigOption'],
  ]),
  PodDNSConfigOption: k8sStruct('v1.PodDNSConfigOption', [
    ['Name', 'name,omitempty', 'string'],
    ['Value', 'value,omitempty', '*string'],
  ]),
  PodReadinessGate: k8sStruct('v1.PodReadinessGate', [
    ['ConditionType', 'conditionType', 'string'],
  ]),
  TopologySpreadConstraint: k8sStruct('v1.TopologySpreadConstraint', [
    ['MaxSkew', 'maxSkew', 'int32'],
    ['TopologyKey', 'topologyKey', 'string'],
    ['WhenUnsatisfiable', 'whenUnsatisfiable', 'string'],
    ['LabelSelector', 'labelSelector,omitempty', '*LabelSelector'],
    ['MinDomains', 'minDomains,omitempty', '*int32'],
    ['NodeAffinityPolicy', 'nodeAffinityPolicy,omitempty', '*string'],
    ['NodeTaintsPolicy', 'nodeTaintsPolicy,omitempty', '*string'],
    ['MatchLabelKeys', 'matchLabelKeys,omitempty', '[]string'],
  ]),
  PodOS: k8sStruct('v1.PodOS', [
    ['Name', 'name', 'string'],
  ]),
  PodSchedulingGate: k8sStruct('v1.PodSchedulingGate', [
    ['Name', 'name', 'string'],
  ]),
  PodResourceClaim: k8sStruct('v1.PodResourceClaim', [
    ['Name', 'name', 'string'],
    ['ResourceClaimName', 'resourceClaimName,omitempty', '*string'],
    ['ResourceClaimTemplateName', 'resourceClaimTemplateName,omitempty', '*string'],
  ]),
  PodSchedulingGroup: k8sStruct('v1.PodSchedulingGroup', [
    ['PodGroupName', 'podGroupName,omitempty', '*string'],
  ]),
  LocalObjectReference: k8sStruct('v1.LocalObjectReference', [
    ['Name', 'name,omitempty', 'string'],
  ]),
};
