// Command smp-oracle applies Kubernetes strategic merge patches with the real
// k8s.io/apimachinery strategicpatch code, for recording kinject's test expectations.
//
// Input (stdin): a JSON array of {"original": {...}, "patch": {...}}.
// Output (stdout): a JSON array of {"result": {...}} or {"error": "..."}.
//
// The Pod types below carry only the fields the recorded cases use, with the json and
// patchStrategy/patchMergeKey tags of k8s.io/api core/v1 v0.36.1 (what Istio builds with).
package main

import (
	"encoding/json"
	"os"

	"k8s.io/apimachinery/pkg/util/strategicpatch"
)

type Pod struct {
	ObjectMeta `json:"metadata,omitempty"`
	Spec       PodSpec `json:"spec,omitempty"`
}

type ObjectMeta struct {
	Name            string            `json:"name,omitempty"`
	Labels          map[string]string `json:"labels,omitempty"`
	Annotations     map[string]string `json:"annotations,omitempty"`
	OwnerReferences []OwnerReference  `json:"ownerReferences,omitempty" patchStrategy:"merge" patchMergeKey:"uid"`
	Finalizers      []string          `json:"finalizers,omitempty" patchStrategy:"merge"`
}

type OwnerReference struct {
	UID  string `json:"uid"`
	Kind string `json:"kind"`
}

type PodSpec struct {
	Volumes          []Volume             `json:"volumes,omitempty" patchStrategy:"merge,retainKeys" patchMergeKey:"name"`
	InitContainers   []Container          `json:"initContainers,omitempty" patchStrategy:"merge" patchMergeKey:"name"`
	Containers       []Container          `json:"containers" patchStrategy:"merge" patchMergeKey:"name"`
	ImagePullSecrets []Named              `json:"imagePullSecrets,omitempty" patchStrategy:"merge" patchMergeKey:"name"`
	HostAliases      []HostAlias          `json:"hostAliases,omitempty" patchStrategy:"merge" patchMergeKey:"ip"`
	Tolerations      []Toleration         `json:"tolerations,omitempty"`
	SecurityContext  *PodSecurityContext  `json:"securityContext,omitempty"`
	DNSConfig        *PodDNSConfig        `json:"dnsConfig,omitempty"`
	HostNetwork      bool                 `json:"hostNetwork,omitempty"`
	DNSPolicy        string               `json:"dnsPolicy,omitempty"`
	NodeSelector     map[string]string    `json:"nodeSelector,omitempty"`
}

type Named struct {
	Name string `json:"name,omitempty"`
}

type HostAlias struct {
	IP        string   `json:"ip"`
	Hostnames []string `json:"hostnames,omitempty"`
}

type Toleration struct {
	Key string `json:"key,omitempty"`
}

type PodSecurityContext struct {
	RunAsUser *int64 `json:"runAsUser,omitempty"`
	FSGroup   *int64 `json:"fsGroup,omitempty"`
}

type PodDNSConfig struct {
	Nameservers []string `json:"nameservers,omitempty"`
}

type Volume struct {
	Name     string       `json:"name"`
	EmptyDir *EmptyDir    `json:"emptyDir,omitempty"`
	Secret   *SecretVol   `json:"secret,omitempty"`
	HostPath *HostPathVol `json:"hostPath,omitempty"`
}

type EmptyDir struct {
	Medium string `json:"medium,omitempty"`
}

type SecretVol struct {
	SecretName string `json:"secretName,omitempty"`
}

type HostPathVol struct {
	Path string `json:"path"`
}

type Container struct {
	Name            string           `json:"name"`
	Image           string           `json:"image,omitempty"`
	Command         []string         `json:"command,omitempty"`
	Args            []string         `json:"args,omitempty"`
	Ports           []ContainerPort  `json:"ports,omitempty" patchStrategy:"merge" patchMergeKey:"containerPort"`
	Env             []EnvVar         `json:"env,omitempty" patchStrategy:"merge" patchMergeKey:"name"`
	Resources       Resources        `json:"resources,omitempty"`
	VolumeMounts    []VolumeMount    `json:"volumeMounts,omitempty" patchStrategy:"merge" patchMergeKey:"mountPath"`
	SecurityContext *SecurityContext `json:"securityContext,omitempty"`
	TTY             bool             `json:"tty,omitempty"`
}

type ContainerPort struct {
	Name          string `json:"name,omitempty"`
	ContainerPort int32  `json:"containerPort"`
	Protocol      string `json:"protocol,omitempty"`
}

type EnvVar struct {
	Name  string `json:"name"`
	Value string `json:"value,omitempty"`
}

type Resources struct {
	Limits   map[string]string `json:"limits,omitempty"`
	Requests map[string]string `json:"requests,omitempty"`
}

type VolumeMount struct {
	Name      string `json:"name"`
	MountPath string `json:"mountPath"`
	ReadOnly  bool   `json:"readOnly,omitempty"`
}

type SecurityContext struct {
	RunAsUser  *int64 `json:"runAsUser,omitempty"`
	Privileged *bool  `json:"privileged,omitempty"`
}

type testCase struct {
	Original map[string]interface{} `json:"original"`
	Patch    map[string]interface{} `json:"patch"`
}

type outcome struct {
	Result map[string]interface{} `json:"result,omitempty"`
	Error  string                 `json:"error,omitempty"`
}

func main() {
	var cases []testCase
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	out := make([]outcome, 0, len(cases))
	for _, c := range cases {
		res, err := strategicpatch.StrategicMergeMapPatch(c.Original, c.Patch, Pod{})
		if err != nil {
			out = append(out, outcome{Error: err.Error()})
		} else {
			out = append(out, outcome{Result: res})
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
