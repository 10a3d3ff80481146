/**
 * Go schema of Istio's ProxyConfig (istio.io/api mesh/v1alpha1, the `*meshconfig.ProxyConfig`
 * templates see as `.ProxyConfig`) and its tracing settings, for template views.
 * Rows are the generated Go struct fields in declaration order: Go name, proto-JSON name,
 * type. Messages kinject does not model are `~pkg.Name` (opaque, JSON passed through).
 */
import { protoEnum, protoMessage } from './schema.js';
/** ProxyConfig and tracing types by registry name. */
export const MESH_PROXY_TYPES = {
    ProxyConfig: protoMessage('v1alpha1.ProxyConfig', [
        ['ConfigPath', 'configPath', 'string'],
        ['BinaryPath', 'binaryPath', 'string'],
        ['ClusterName', '', 'oneof'],
        ['DrainDuration', 'drainDuration', '*Duration'],
        ['DiscoveryAddress', 'discoveryAddress', 'string'],
        ['DiscoveryRefreshDelay', 'discoveryRefreshDelay', '*Duration'],
        ['ZipkinAddress', 'zipkinAddress', 'string'],
        ['StatsdUdpAddress', 'statsdUdpAddress', 'string'],
        ['EnvoyMetricsServiceAddress', 'envoyMetricsServiceAddress', 'string'],
        ['ProxyAdminPort', 'proxyAdminPort', 'int32'],
        ['AvailabilityZone', 'availabilityZone', 'string'],
        ['ControlPlaneAuthPolicy', 'controlPlaneAuthPolicy', 'AuthenticationPolicy'],
        ['CustomConfigFile', 'customConfigFile', 'string'],
        ['StatNameLength', 'statNameLength', 'int32'],
        ['Concurrency', 'concurrency', '*Int32Value'],
        ['ProxyBootstrapTemplatePath', 'proxyBootstrapTemplatePath', 'string'],
        ['InterceptionMode', 'interceptionMode', 'ProxyConfig_InboundInterceptionMode'],
        ['Tracing', 'tracing', '*Tracing'],
        ['Sds', 'sds', '*~v1alpha1.SDS'],
        ['EnvoyAccessLogService', 'envoyAccessLogService', '*~v1alpha1.RemoteService'],
        ['EnvoyMetricsService', 'envoyMetricsService', '*~v1alpha1.RemoteService'],
        ['ProxyMetadata', 'proxyMetadata', 'map[string]string'],
        ['RuntimeValues', 'runtimeValues', 'map[string]string'],
        ['StatusPort', 'statusPort', 'int32'],
        ['ExtraStatTags', 'extraStatTags', '[]string'],
        ['GatewayTopology', 'gatewayTopology', '*~v1alpha1.Topology'],
        ['TerminationDrainDuration', 'terminationDrainDuration', '*Duration'],
        ['MeshId', 'meshId', 'string'],
        ['ReadinessProbe', 'readinessProbe', '*~v1alpha3.ReadinessProbe'],
        ['ProxyStatsMatcher', 'proxyStatsMatcher', '*~v1alpha1.ProxyConfig_ProxyStatsMatcher'],
        ['HoldApplicationUntilProxyStarts', 'holdApplicationUntilProxyStarts', '*BoolValue'],
        ['CaCertificatesPem', 'caCertificatesPem', '[]string'],
        ['Image', 'image', '*~v1beta1.ProxyImage'],
        ['PrivateKeyProvider', 'privateKeyProvider', '*~v1alpha1.PrivateKeyProvider'],
        ['ProxyHeaders', 'proxyHeaders', '*~v1alpha1.ProxyConfig_ProxyHeaders'],
        ['FileFlushInterval', 'fileFlushInterval', '*Duration'],
        ['FileFlushMinSizeKb', 'fileFlushMinSizeKb', 'uint32'],
        ['StatsCompression', 'statsCompression', '*BoolValue'],
        ['ConnectionSettings', 'connectionSettings', '*~v1alpha1.ProxyConfig_ConnectionSettings'],
    ], {
        ClusterName: [
            ['ServiceCluster', 'serviceCluster', 'string'],
            ['TracingServiceName', 'tracingServiceName', 'ProxyConfig_TracingServiceName'],
        ],
    }),
    Tracing: protoMessage('v1alpha1.Tracing', [
        ['Tracer', '', 'oneof'],
        ['CustomTags', 'customTags', 'map[string]*Tracing_CustomTag'],
        ['MaxPathTagLength', 'maxPathTagLength', 'uint32'],
        ['Sampling', 'sampling', 'float64'],
        ['TlsSettings', 'tlsSettings', '*ClientTLSSettings'],
        ['EnableIstioTags', 'enableIstioTags', '*BoolValue'],
    ], {
        Tracer: [
            ['Zipkin', 'zipkin', '*Tracing_Zipkin'],
            ['Lightstep', 'lightstep', '*Tracing_Lightstep'],
            ['Datadog', 'datadog', '*Tracing_Datadog'],
            ['Stackdriver', 'stackdriver', '*Tracing_Stackdriver'],
            ['OpenCensusAgent', 'openCensusAgent', '*Tracing_OpenCensusAgent'],
        ],
    }),
    Tracing_Zipkin: protoMessage('v1alpha1.Tracing_Zipkin', [['Address', 'address', 'string']]),
    Tracing_Lightstep: protoMessage('v1alpha1.Tracing_Lightstep', [
        ['Address', 'address', 'string'],
        ['AccessToken', 'accessToken', 'string'],
    ]),
    Tracing_Datadog: protoMessage('v1alpha1.Tracing_Datadog', [['Address', 'address', 'string']]),
    Tracing_Stackdriver: protoMessage('v1alpha1.Tracing_Stackdriver', [
        ['Debug', 'debug', 'bool'],
        ['MaxNumberOfAttributes', 'maxNumberOfAttributes', '*~wrapperspb.Int64Value'],
        ['MaxNumberOfAnnotations', 'maxNumberOfAnnotations', '*~wrapperspb.Int64Value'],
        ['MaxNumberOfMessageEvents', 'maxNumberOfMessageEvents', '*~wrapperspb.Int64Value'],
    ]),
    Tracing_OpenCensusAgent: protoMessage('v1alpha1.Tracing_OpenCensusAgent', [
        ['Address', 'address', 'string'],
        ['Context', 'context', '[]Tracing_OpenCensusAgent_TraceContext'],
    ]),
    Tracing_CustomTag: protoMessage('v1alpha1.Tracing_CustomTag', [['Type', '', 'oneof']], {
        Type: [
            ['Literal', 'literal', '*Tracing_Literal'],
            ['Environment', 'environment', '*Tracing_Environment'],
            ['Header', 'header', '*Tracing_RequestHeader'],
        ],
    }),
    Tracing_Literal: protoMessage('v1alpha1.Tracing_Literal', [['Value', 'value', 'string']]),
    Tracing_Environment: protoMessage('v1alpha1.Tracing_Environment', [
        ['Name', 'name', 'string'],
        ['DefaultValue', 'defaultValue', 'string'],
    ]),
    Tracing_RequestHeader: protoMessage('v1alpha1.Tracing_RequestHeader', [
        ['Name', 'name', 'string'],
        ['DefaultValue', 'defaultValue', 'string'],
    ]),
    ClientTLSSettings: protoMessage('v1alpha3.ClientTLSSettings', [
        ['Mode', 'mode', 'ClientTLSSettings_TLSmode'],
        ['ClientCertificate', 'clientCertificate', 'string'],
        ['PrivateKey', 'privateKey', 'string'],
        ['CaCertificates', 'caCertificates', 'string'],
        ['CredentialName', 'credentialName', 'string'],
        ['SubjectAltNames', 'subjectAltNames', '[]string'],
        ['Sni', 'sni', 'string'],
        ['InsecureSkipVerify', 'insecureSkipVerify', '*BoolValue'],
        ['CaCrl', 'caCrl', 'string'],
    ]),
    AuthenticationPolicy: protoEnum('v1alpha1.AuthenticationPolicy', {
        0: 'NONE',
        1: 'MUTUAL_TLS',
        1000: 'INHERIT',
    }),
    ClientTLSSettings_TLSmode: protoEnum('v1alpha3.ClientTLSSettings_TLSmode', [
        'DISABLE',
        'SIMPLE',
        'MUTUAL',
        'ISTIO_MUTUAL',
    ]),
    ProxyConfig_InboundInterceptionMode: protoEnum('v1alpha1.ProxyConfig_InboundInterceptionMode', [
        'REDIRECT',
        'TPROXY',
        'NONE',
    ]),
    ProxyConfig_TracingServiceName: protoEnum('v1alpha1.ProxyConfig_TracingServiceName', [
        'APP_LABEL_AND_NAMESPACE',
        'CANONICAL_NAME_ONLY',
        'CANONICAL_NAME_AND_NAMESPACE',
    ]),
    Tracing_OpenCensusAgent_TraceContext: protoEnum('v1alpha1.Tracing_OpenCensusAgent_TraceContext', [
        'UNSPECIFIED',
        'W3C_TRACE_CONTEXT',
        'GRPC_BIN',
        'CLOUD_TRACE_CONTEXT',
        'B3',
    ]),
};
//# sourceMappingURL=mesh-proxy.js.map