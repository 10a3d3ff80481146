// Prints the cases for record.sh (a JSON array of {template, data}): every template below on every data set below.
//
// Left out on purpose, where kinject's value model differs from Go (see lib/goview):
// - a set pointer to a basic value (*bool false) is true in `if` in Go; the view holds the bare value;
// - an enum is an int32 in Go (`printf "%d"` prints its number); the view only has its name;
// - a Quantity inside a map prints its struct fields in Go; the view prints its text;
// - protobuf messages print through prototext (with random spacing) in Go;
// - a struct pointer held in an interface field (a oneof) prints as &{…} in Go, while the
//   value model cannot tell it from a plain pointer field (which prints as {…}).
const rich = {
  TypeMeta: { kind: 'Deployment', apiVersion: 'apps/v1' },
  DeploymentMeta: { Name: 'hello', Namespace: 'default' },
  ObjectMeta: { labels: { app: 'hello', version: 'v1' }, annotations: { 'sidecar.istio.io/interceptionMode': 'TPROXY', x: 'y' }, generation: 3 },
  Spec: {
    serviceAccountName: 'sa',
    containers: [
      {
        name: 'hello', image: 'img',
        ports: [{ name: 'http', containerPort: 80 }, { containerPort: 81, protocol: 'UDP' }],
        resources: { limits: { cpu: '2000m' } },
        env: [{ name: 'A', value: '1' }],
        livenessProbe: { httpGet: { port: 'http', path: '/x' } },
        readinessProbe: { tcpSocket: { port: 8080 } },
      },
      { name: 'istio-proxy', image: 'auto' },
    ],
    securityContext: { fsGroup: 1337 },
    terminationGracePeriodSeconds: 30,
    automountServiceAccountToken: false,
    nodeSelector: { zone: 'a' },
    volumes: [{ name: 'v', emptyDir: { medium: 'Memory' } }, { name: 'w', emptyDir: { sizeLimit: '1024Mi' } }],
  },
  ProxyConfig: {
    holdApplicationUntilProxyStarts: true, proxyMetadata: { B: '2', A: '1' }, interceptionMode: 'TPROXY', drainDuration: '90.5s',
    concurrency: 2, serviceCluster: 'sc', statusPort: 15020,
    tracing: { zipkin: { address: 'z:9411' }, sampling: 1.5, tlsSettings: { caCertificates: '/etc/ca/root.pem' } },
  },
  MeshConfig: { trustDomain: 'cluster.local', proxyListenPort: 15001, enableAutoMtls: true, inboundTrafficPolicy: { mode: 'LOCALHOST' }, defaultConfig: { statusPort: 15020 } },
  Values: { global: { proxy: { image: 'proxyv2' }, tag: 1.2, list: [1, 'a'] } },
  Revision: 'canary', NativeSidecars: true, ProxyImage: 'docker.io/istio/proxyv2:1.2', ProxyUID: 1337, ProxyGID: 1337, InboundTrafficPolicyMode: 'localhost',
};
const minimal = { ObjectMeta: {}, Spec: { containers: [{ name: 'app' }] }, ProxyConfig: {}, MeshConfig: {}, Values: {} };
const nils = { Spec: {} };

const templates = [
  '{{ .ObjectMeta.Annotations }}|{{ .ObjectMeta.Labels }}|{{ .ObjectMeta.Name }}|{{ .ObjectMeta.GetName }}|{{ .ObjectMeta.GetLabels }}',
  '{{ .ObjectMeta.Generation }}|{{ .ObjectMeta.OwnerReferences }}|{{ .ObjectMeta.Finalizers }}|{{ len .ObjectMeta.Annotations }}',
  '{{ index .ObjectMeta.Annotations "sidecar.istio.io/interceptionMode" }}|{{ index .ObjectMeta.Annotations "nope" }}|{{ if .ObjectMeta.Annotations }}y{{ else }}n{{ end }}',
  '{{ .Spec.HostNetwork }}|{{ .Spec.ServiceAccountName }}|{{ eq .Spec.ServiceAccountName "" }}|{{ not .Spec.HostNetwork }}',
  '{{ .Spec.TerminationGracePeriodSeconds }}|{{ .Spec.AutomountServiceAccountToken }}|{{ .Spec.Priority }}',
  '{{ .Spec.SecurityContext.FSGroup }}',
  '{{ with .Spec.SecurityContext }}{{ .FSGroup }}|{{ .RunAsUser }}{{ else }}none{{ end }}',
  '{{ .Spec.NodeSelector }}|{{ index .Spec.NodeSelector "zone" }}|{{ index .Spec.NodeSelector "nope" }}|{{ len .Spec.Containers }}|{{ len .Spec.Volumes }}',
  '{{ range $i, $c := .Spec.Containers }}{{ $i }}={{ $c.Name }}/{{ $c.Image }};{{ end }}',
  '{{ range $c := .Spec.Containers }}{{ range $c.Ports }}{{ .Name }}:{{ .ContainerPort }}:{{ .Protocol }}:{{ .HostPort }};{{ end }}{{ end }}',
  '{{ range .Spec.Containers }}{{ .Env }}{{ .Args }}{{ .Command }}{{ end }}',
  '{{ with (index .Spec.Containers 0).LivenessProbe }}{{ .HTTPGet.Port }}|{{ .HTTPGet.Path }}|{{ .HTTPGet.Port.StrVal }}|{{ .HTTPGet.Port.IntVal }}|{{ .InitialDelaySeconds }}{{ end }}',
  '{{ with (index .Spec.Containers 0).ReadinessProbe }}{{ .TCPSocket.Port }}|{{ .TCPSocket.Port.Type }}|{{ .HTTPGet }}{{ end }}',
  '{{ range .Spec.Containers }}{{ len .Resources.Limits }}|{{ .Resources.Requests }}|{{ .SecurityContext }}{{ end }}',
  '{{ range .Spec.Volumes }}{{ .Name }}:{{ .EmptyDir.Medium }}:{{ .EmptyDir.SizeLimit }}:{{ .Secret }};{{ end }}',
  '{{ with index .Spec.Volumes 0 }}{{ .EmptyDir }}{{ end }}',
  '{{ .ProxyConfig.HoldApplicationUntilProxyStarts.GetValue }}|{{ .ProxyConfig.HoldApplicationUntilProxyStarts.Value }}',
  '{{ .ProxyConfig.InterceptionMode }}|{{ .ProxyConfig.InterceptionMode.String }}|{{ eq .ProxyConfig.InterceptionMode.String "TPROXY" }}',
  '{{ .ProxyConfig.ProxyMetadata }}|{{ range $k, $v := .ProxyConfig.ProxyMetadata }}{{ $k }}={{ $v }};{{ end }}|{{ if .ProxyConfig.ProxyMetadata }}y{{ end }}',
  '{{ .ProxyConfig.DrainDuration.Seconds }}|{{ .ProxyConfig.DrainDuration.Nanos }}|{{ .ProxyConfig.DrainDuration.AsDuration }}|{{ .ProxyConfig.GetDrainDuration.GetSeconds }}',
  '{{ .ProxyConfig.Concurrency.GetValue }}|{{ .ProxyConfig.GetConcurrency.GetValue }}',
  '{{ .ProxyConfig.GetTracing.GetTlsSettings.GetCaCertificates }}|{{ if .ProxyConfig.GetTracing.GetTlsSettings }}tls{{ else }}none{{ end }}',
  '{{ .ProxyConfig.Tracing.Sampling }}',
  '{{ .ProxyConfig.GetTracing.GetZipkin.GetAddress }}|{{ .ProxyConfig.GetTracing.GetLightstep.GetAddress }}|{{ .ProxyConfig.GetServiceCluster }}',
  '{{ if .ProxyConfig.ClusterName }}set{{ else }}unset{{ end }}|{{ printf "%T" .ProxyConfig.ClusterName }}',
  '{{ .ProxyConfig.StatusPort }}|{{ .ProxyConfig.GetStatusPort }}|{{ .ProxyConfig.DiscoveryAddress }}|{{ .ProxyConfig.ControlPlaneAuthPolicy }}',
  '{{ .MeshConfig.ProxyListenPort }}|{{ .MeshConfig.ProxyInboundListenPort }}|{{ eq .MeshConfig.ProxyListenPort 15001 }}|{{ .MeshConfig.TrustDomain }}',
  '{{ .MeshConfig.EnableAutoMtls.GetValue }}|{{ .MeshConfig.InboundTrafficPolicy.Mode }}|{{ .MeshConfig.GetInboundTrafficPolicy.GetMode }}',
  '{{ .MeshConfig.DefaultConfig.StatusPort }}|{{ .MeshConfig.GetDefaultConfig.GetStatusPort }}',
  '{{ .TypeMeta.Kind }}|{{ .TypeMeta.APIVersion }}|{{ .DeploymentMeta }}|{{ .DeploymentMeta.Name }}|{{ and .TypeMeta.APIVersion .DeploymentMeta.Name }}',
  '{{ .Values.global.proxy.image }}|{{ .Values.global.tag }}|{{ .Values.global.list }}|{{ .Values.nope }}',
  '{{ .Values.global.nope.x }}',
  '{{ .ProxyUID }}|{{ .ProxyGID }}|{{ .NativeSidecars }}|{{ .Revision | printf "%q" }}|{{ .ProxyImage }}|{{ .InboundTrafficPolicyMode }}|{{ .CompliancePolicy }}',
  '{{ printf "%T|%T|%T|%T|%T" .Spec .Spec.Containers .ObjectMeta.Labels .ProxyConfig .ProxyConfig.InterceptionMode }}',
  '{{ printf "%T|%T|%T|%T" .ProxyConfig.HoldApplicationUntilProxyStarts .Spec.SecurityContext .MeshConfig.ProxyListenPort .Values }}',
  '{{ printf "%T|%T|%T" .ProxyConfig.GetTracing .DeploymentMeta .ObjectMeta.Generation }}',
  '{{ printf "%s|%v" .ProxyConfig.InterceptionMode .ProxyConfig.InterceptionMode }}',
  '{{ .Spec.Nope }}',
  '{{ .Spec.containers }}',
  '{{ .ProxyConfig.Nope }}',
];

const cases = [];
for (const data of [rich, minimal, nils]) for (const template of templates) cases.push({ template, data });
process.stdout.write(JSON.stringify(cases) + '\n');
