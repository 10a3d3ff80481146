/**
 * Go schema of Kubernetes volumes for template views.
 * Rows are the Go struct fields of Volume and the common volume sources (k8s.io/api core/v1 and
 * k8s.io/apimachinery meta/v1 at v0.36.1, the version Istio builds with): Go name,
 * json tag, type. Named string types (Protocol, PullPolicy …) are plain strings here;
 * types kinject does not model are `~v1.Name` (opaque: no fields, JSON passed through).
 */
import { k8sStruct } from './schema.js';
/** Volume types by registry name. */
export const K8S_VOLUME_TYPES = {
    Volume: k8sStruct('v1.Volume', [
        ['Name', 'name', 'string'],
        ['VolumeSource', ',inline', 'VolumeSource'],
    ]),
    VolumeSource: k8sStruct('v1.VolumeSource', [
        ['HostPath', 'hostPath,omitempty', '*HostPathVolumeSource'],
        ['EmptyDir', 'emptyDir,omitempty', '*EmptyDirVolumeSource'],
        ['GCEPersistentDisk', 'gcePersistentDisk,omitempty', '*~v1.GCEPersistentDiskVolumeSource'],
        [
            'AWSElasticBlockStore',
            'awsElasticBlockStore,omitempty',
            '*~v1.AWSElasticBlockStoreVolumeSource',
        ],
        ['GitRepo', 'gitRepo,omitempty', '*~v1.GitRepoVolumeSource'],
        ['Secret', 'secret,omitempty', '*SecretVolumeSource'],
        ['NFS', 'nfs,omitempty', '*~v1.NFSVolumeSource'],
        ['ISCSI', 'iscsi,omitempty', '*~v1.ISCSIVolumeSource'],
        ['Glusterfs', 'glusterfs,omitempty', '*~v1.GlusterfsVolumeSource'],
        [
            'PersistentVolumeClaim',
            'persistentVolumeClaim,omitempty',
            '*PersistentVolumeClaimVolumeSource',
        ],
        ['RBD', 'rbd,omitempty', '*~v1.RBDVolumeSource'],
        ['FlexVolume', 'flexVolume,omitempty', '*~v1.FlexVolumeSource'],
        ['Cinder', 'cinder,omitempty', '*~v1.CinderVolumeSource'],
        ['CephFS', 'cephfs,omitempty', '*~v1.CephFSVolumeSource'],
        ['Flocker', 'flocker,omitempty', '*~v1.FlockerVolumeSource'],
        ['DownwardAPI', 'downwardAPI,omitempty', '*DownwardAPIVolumeSource'],
        ['FC', 'fc,omitempty', '*~v1.FCVolumeSource'],
        ['AzureFile', 'azureFile,omitempty', '*~v1.AzureFileVolumeSource'],
        ['ConfigMap', 'configMap,omitempty', '*ConfigMapVolumeSource'],
        ['VsphereVolume', 'vsphereVolume,omitempty', '*~v1.VsphereVirtualDiskVolumeSource'],
        ['Quobyte', 'quobyte,omitempty', '*~v1.QuobyteVolumeSource'],
        ['AzureDisk', 'azureDisk,omitempty', '*~v1.AzureDiskVolumeSource'],
        [
            'PhotonPersistentDisk',
            'photonPersistentDisk,omitempty',
            '*~v1.PhotonPersistentDiskVolumeSource',
        ],
        ['Projected', 'projected,omitempty', '*ProjectedVolumeSource'],
        ['PortworxVolume', 'portworxVolume,omitempty', '*~v1.PortworxVolumeSource'],
        ['ScaleIO', 'scaleIO,omitempty', '*~v1.ScaleIOVolumeSource'],
        ['StorageOS', 'storageos,omitempty', '*~v1.StorageOSVolumeSource'],
        ['CSI', 'csi,omitempty', '*CSIVolumeSource'],
        ['Ephemeral', 'ephemeral,omitempty', '*~v1.EphemeralVolumeSource'],
        ['Image', 'image,omitempty', '*~v1.ImageVolumeSource'],
    ]),
    EmptyDirVolumeSource: k8sStruct('v1.EmptyDirVolumeSource', [
        ['Medium', 'medium,omitempty', 'string'],
        ['SizeLimit', 'sizeLimit,omitempty', '*Quantity'],
    ]),
    SecretVolumeSource: k8sStruct('v1.SecretVolumeSource', [
        ['SecretName', 'secretName,omitempty', 'string'],
        ['Items', 'items,omitempty', '[]KeyToPath'],
        ['DefaultMode', 'defaultMode,omitempty', '*int32'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    ConfigMapVolumeSource: k8sStruct('v1.ConfigMapVolumeSource', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Items', 'items,omitempty', '[]KeyToPath'],
        ['DefaultMode', 'defaultMode,omitempty', '*int32'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    KeyToPath: k8sStruct('v1.KeyToPath', [
        ['Key', 'key', 'string'],
        ['Path', 'path', 'string'],
        ['Mode', 'mode,omitempty', '*int32'],
    ]),
    DownwardAPIVolumeSource: k8sStruct('v1.DownwardAPIVolumeSource', [
        ['Items', 'items,omitempty', '[]DownwardAPIVolumeFile'],
        ['DefaultMode', 'defaultMode,omitempty', '*int32'],
    ]),
    DownwardAPIVolumeFile: k8sStruct('v1.DownwardAPIVolumeFile', [
        ['Path', 'path', 'string'],
        ['FieldRef', 'fieldRef,omitempty', '*ObjectFieldSelector'],
        ['ResourceFieldRef', 'resourceFieldRef,omitempty', '*ResourceFieldSelector'],
        ['Mode', 'mode,omitempty', '*int32'],
    ]),
    ProjectedVolumeSource: k8sStruct('v1.ProjectedVolumeSource', [
        ['Sources', 'sources', '[]VolumeProjection'],
        ['DefaultMode', 'defaultMode,omitempty', '*int32'],
    ]),
    VolumeProjection: k8sStruct('v1.VolumeProjection', [
        ['Secret', 'secret,omitempty', '*SecretProjection'],
        ['DownwardAPI', 'downwardAPI,omitempty', '*DownwardAPIProjection'],
        ['ConfigMap', 'configMap,omitempty', '*ConfigMapProjection'],
        ['ServiceAccountToken', 'serviceAccountToken,omitempty', '*ServiceAccountTokenProjection'],
        ['ClusterTrustBundle', 'clusterTrustBundle,omitempty', '*~v1.ClusterTrustBundleProjection'],
        ['PodCertificate', 'podCertificate,omitempty', '*~v1.PodCertificateProjection'],
    ]),
    ServiceAccountTokenProjection: k8sStruct('v1.ServiceAccountTokenProjection', [
        ['Audience', 'audience,omitempty', 'string'],
        ['ExpirationSeconds', 'expirationSeconds,omitempty', '*int64'],
        ['Path', 'path', 'string'],
    ]),
    SecretProjection: k8sStruct('v1.SecretProjection', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Items', 'items,omitempty', '[]KeyToPath'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    ConfigMapProjection: k8sStruct('v1.ConfigMapProjection', [
        ['LocalObjectReference', ',inline', 'LocalObjectReference'],
        ['Items', 'items,omitempty', '[]KeyToPath'],
        ['Optional', 'optional,omitempty', '*bool'],
    ]),
    DownwardAPIProjection: k8sStruct('v1.DownwardAPIProjection', [
        ['Items', 'items,omitempty', '[]DownwardAPIVolumeFile'],
    ]),
    HostPathVolumeSource: k8sStruct('v1.HostPathVolumeSource', [
        ['Path', 'path', 'string'],
        ['Type', 'type,omitempty', '*string'],
    ]),
    PersistentVolumeClaimVolumeSource: k8sStruct('v1.PersistentVolumeClaimVolumeSource', [
        ['ClaimName', 'claimName', 'string'],
        ['ReadOnly', 'readOnly,omitempty', 'bool'],
    ]),
    CSIVolumeSource: k8sStruct('v1.CSIVolumeSource', [
        ['Driver', 'driver', 'string'],
        ['ReadOnly', 'readOnly,omitempty', '*bool'],
        ['FSType', 'fsType,omitempty', '*string'],
        ['VolumeAttributes', 'volumeAttributes,omitempty', 'map[string]string'],
        ['NodePublishSecretRef', 'nodePublishSecretRef,omitempty', '*LocalObjectReference'],
    ]),
};
//# sourceMappingURL=k8s-volume.js.map