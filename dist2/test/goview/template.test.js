/**
 * The views under the template engine, with the field chains Istio's injection templates
 * use (grep of base/inject-config.yaml). No Go k8s modules are available offline, so the
 * expected outputs are reasoned from the Go types and text/template's rules (fields that
 * are absent hold zero values; nil pointers fail field access but allow methods; enums
 * print through String()); see the comments.
 */
import t from 'tap';
import { Template } from '../../lib/template/template.js';
import { sidecarTemplateDataView } from '../../lib/goview/index.js';
/** Istio's SidecarTemplateData for a small Deployment. */
const data = sidecarTemplateDataView({
    typeMeta: { kind: 'Deployment', apiVersion: 'apps/v1' },
    deploymentMeta: { name: 'hello', namespace: '' },
    objectMeta: { labels: { app: 'hello', version: 'v1' } },
    spec: {
        serviceAccountName: '',
        containers: [
            {
                name: 'hello',
                image: 'img',
                ports: [
                    { name: 'http', containerPort: 80 },
                    { containerPort: 81, protocol: 'UDP' },
                ],
            },
            { name: 'istio-proxy', image: 'auto' },
        ],
    },
    proxyConfig: { holdApplicationUntilProxyStarts: true, proxyMetadata: { B: '2', A: '1' } },
    meshConfig: { trustDomain: 'cluster.local', defaultConfig: { statusPort: 15020 } },
    values: { global: { proxy: { image: 'proxyv2', logLevel: 'warning' }, tag: 1.2 } },
    revision: '',
    nativeSidecars: false,
    proxyImage: 'docker.io/istio/proxyv2:1.2',
    proxyInitImage: 'docker.io/istio/proxyv2:1.2',
    proxyUID: 1337,
    proxyGID: 1337,
    inboundTrafficPolicyMode: 'passthrough',
    compliancePolicy: '',
});
const render = (src) => new Template('inject').parse(src).execute(data);
t.test('ObjectMeta and Spec fields', async (t) => {
    // Absent maps are empty map[string]string; labels print sorted as Go maps do.
    t.equal(render('{{ .ObjectMeta.Annotations }}|{{ .ObjectMeta.Labels }}|{{ index .ObjectMeta.Labels "app" }}'), 'map[]|map[app:hello version:v1]|hello');
    t.equal(render('{{ index .ObjectMeta.Annotations "missing" }}|'), '|', 'missing key of map[string]string is ""');
    t.equal(render('{{ .ObjectMeta.Name }}|{{ .Spec.HostNetwork }}|{{ .Spec.SecurityContext }}'), '|false|<nil>');
    t.equal(render('{{ if eq .Spec.ServiceAccountName "" }}default{{ end }}'), 'default');
    t.equal(render('{{ range $i, $c := .Spec.Containers }}{{ if not (eq $c.Name "istio-proxy") }}{{ $c.Name }}{{ end }}{{ end }}'), 'hello');
    t.equal(render('{{ range $c := .Spec.Containers }}{{ range $p := $c.Ports }}[{{ $p.Name }} {{ $p.ContainerPort }} {{ $p.Protocol }}]{{ end }}{{ end }}'), '[http 80 ][ 81 UDP]');
    t.equal(render('{{ len .Spec.Containers }} {{ len .Spec.Volumes }}'), '2 0');
});
t.test('TypeMeta and DeploymentMeta', async (t) => {
    t.equal(render('{{ if and .TypeMeta.APIVersion .DeploymentMeta.Name }}{{ .TypeMeta.APIVersion }}/{{ .TypeMeta.Kind }}/{{ .DeploymentMeta.Name }}{{ end }}'), 'apps/v1/Deployment/hello');
    t.equal(render('[{{ .DeploymentMeta.Namespace }}]'), '[]');
});
t.test('ProxyConfig: wrappers, enums, maps, nil-safe getters', async (t) => {
    t.equal(render('{{ .ProxyConfig.HoldApplicationUntilProxyStarts.GetValue }}'), 'true');
    // InterceptionMode is an enum whose zero value is REDIRECT; fmt prints it via String().
    t.equal(render('{{ .ProxyConfig.InterceptionMode }} {{ .ProxyConfig.InterceptionMode.String }}'), 'REDIRECT REDIRECT');
    t.equal(render('{{ .ProxyConfig.ProxyMetadata }} {{ index .ProxyConfig.ProxyMetadata "A" }}'), 'map[A:1 B:2] 1');
    // Tracing is unset: GetTracing returns a nil *Tracing, whose GetTlsSettings is nil too.
    t.equal(render('{{ if .ProxyConfig.GetTracing.GetTlsSettings }}tls{{ else }}none{{ end }}'), 'none');
    t.equal(render('[{{ .ProxyConfig.GetTracing.GetTlsSettings.GetCaCertificates }}]'), '[]');
    // Go reports the column of the chain's second field (the chain node's position).
    t.throws(() => render('{{ .ProxyConfig.Tracing.Sampling }}'), {
        message: 'template: inject:1:15: executing "inject" at <.ProxyConfig.Tracing.Sampling>: nil pointer evaluating *v1alpha1.Tracing.Sampling',
    });
});
t.test('MeshConfig: int32 zero when unset, nested DefaultConfig', async (t) => {
    t.equal(render('{{ .MeshConfig.ProxyListenPort }} {{ .MeshConfig.ProxyInboundListenPort }} {{ .MeshConfig.TrustDomain }}'), '0 0 cluster.local');
    t.equal(render('{{ .MeshConfig.DefaultConfig.StatusPort }}'), '15020');
});
t.test('SidecarTemplateData scalars and Values', async (t) => {
    t.equal(render('{{ .ProxyUID }}:{{ .ProxyGID }} {{ .NativeSidecars }} [{{ .Revision }}] {{ .ProxyImage }}'), '1337:1337 false [] docker.io/istio/proxyv2:1.2');
    t.equal(render('{{ .Values.global.proxy.image }} {{ .Values.global.tag }} {{ .Values.global.nope }}'), 'proxyv2 1.2 <no value>');
    t.equal(render('{{ printf "%T %T %T" .Values .ProxyUID .DeploymentMeta }}'), 'map[string]interface {} int64 types.NamespacedName');
});
t.test('Go types as %T shows them', async (t) => {
    t.equal(render('{{ printf "%T|%T|%T|%T|%T" .Spec.Containers .ObjectMeta.Labels .ProxyConfig .MeshConfig.ProxyListenPort .ProxyConfig.HoldApplicationUntilProxyStarts }}'), '[]v1.Container|map[string]string|*v1alpha1.ProxyConfig|int32|*wrapperspb.BoolValue');
});
t.test("only the Go struct's fields exist", async (t) => {
    t.throws(() => render('{{ .Spec.containers }}'), {
        message: 'template: inject:1:8: executing "inject" at <.Spec.containers>: can\'t evaluate field containers in type v1.PodSpec',
    });
});
//# sourceMappingURL=template.test.js.map