/** uninjectPod on hand-built injected pods: the rarer things injection leaves behind. */
import t from 'tap';
import { uninjectPod } from '../../lib/uninject/index.js';

const STATUS = JSON.stringify({
  initContainers: ['istio-validation'],
  containers: ['istio-proxy'],
  volumes: ['istio-envoy'],
  imagePullSecrets: ['istio-pull'],
  revision: 'canary',
});

/** An injected pod (CNI layout) with `annotations` and the proxy's `env`. */
function injected(annotations: Record<string, string>, env: { name: string; value: string }[]) {
  return {
    metadata: {
      labels: { app: 'web', 'topology.istio.io/network': 'net1' },
      annotations: { 'sidecar.istio.io/status': STATUS, 'istio.io/rev': 'canary', ...annotations },
    },
    spec: {
      initContainers: [
        { name: 'istio-validation', args: ['-i', '*', '-b', '*', '-d', '15090,15021,15020'] },
      ],
      containers: [
        { name: 'web', image: 'web:1' },
        { name: 'istio-proxy', env },
      ],
      volumes: [{ name: 'istio-envoy' }, { name: 'data' }],
      imagePullSecrets: [{ name: 'istio-pull' }],
      securityContext: { sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }] },
    },
  };
}

t.test(
  'scrape targets, secure port, CNI annotations, multus, network, gateway sysctl',
  async (t) => {
    const pod = uninjectPod({
      workloadName: 'web',
      pod: injected(
        {
          'inject.istio.io/templates': 'gateway',
          'prometheus.io/port': '15020',
          'prometheus.io/path': '/stats/prometheus',
          'prometheus.io/scrape': 'true',
          'prometheus.istio.io/secure-port': '15091',
          'traffic.sidecar.istio.io/includeInboundPorts': '*',
          'traffic.sidecar.istio.io/excludeInboundPorts': '15020',
          'traffic.sidecar.istio.io/excludeOutboundPorts': '3306', // not what the validation got: the user's
          'k8s.v1.cni.cncf.io/networks': 'alt, default/istio-cni',
        },
        [
          { name: 'ISTIO_META_NETWORK', value: 'net1' },
          { name: 'ENVOY_SECURE_MERGED_METRICS_PORT', value: '15091' },
          {
            name: 'ISTIO_PROMETHEUS_ANNOTATIONS',
            value:
              '{"scrape":"true","path":"/m","port":"9090","targets":[{"port":"9090","path":"/m"},{"port":"9091","path":"/metrics"}]}',
          },
        ],
      ),
    });
    t.strictSame(pod, {
      metadata: {
        labels: { app: 'web' },
        annotations: {
          'inject.istio.io/templates': 'gateway',
          'traffic.sidecar.istio.io/excludeOutboundPorts': '3306',
          'k8s.v1.cni.cncf.io/networks': 'alt',
          'prometheus.istio.io/scrape-targets': '9090:/m,9091:/metrics',
          'prometheus.io/scrape': 'true',
        },
      },
      spec: { containers: [{ name: 'web', image: 'web:1' }], volumes: [{ name: 'data' }] },
    });
  },
);

t.test(
  'gRPC templates: their rewriteAppHTTPProbers goes; a plain merge comes back field by field',
  async (t) => {
    const pod = uninjectPod({
      workloadName: 'web',
      pod: injected(
        {
          'inject.istio.io/templates': 'grpc-agent',
          'sidecar.istio.io/rewriteAppHTTPProbers': 'false',
          'prometheus.io/port': '15020',
          'prometheus.io/path': '/stats/prometheus',
          'prometheus.io/scrape': 'true',
          'k8s.v1.cni.cncf.io/networks': 'default/istio-cni',
        },
        [{ name: 'ISTIO_PROMETHEUS_ANNOTATIONS', value: '{"scrape":"","path":"","port":"8080"}' }],
      ),
    });
    t.strictSame(pod?.metadata.annotations, {
      'inject.istio.io/templates': 'grpc-agent',
      'prometheus.io/port': '8080',
    });
    t.same(
      pod?.spec.securityContext,
      {
        sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
      },
      "not the gateway template: the sysctl is the user's",
    );
  },
);

t.test('a pod without a readable status is not uninjected', async (t) => {
  t.equal(uninjectPod({ workloadName: 'x', pod: { metadata: {}, spec: {} } }), undefined);
  const bad = { metadata: { annotations: { 'sidecar.istio.io/status': '{not json' } }, spec: {} };
  t.equal(uninjectPod({ workloadName: 'x', pod: bad }), undefined);
});
