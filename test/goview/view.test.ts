/**
 * Go views over JSON. Expected values follow the Go types (k8s.io/api v0.36.1, istio.io/api
 * mesh/v1alpha1): zero values of absent fields, nil pointers, enum names, protobuf getters,
 * and what encoding/json / protojson produce. JSON forms are checked against Istio's goldens
 * where they show them (ISTIO_META_POD_PORTS is `structToJSON` of each ContainerPort,
 * PROXY_CONFIG is protojson of the ProxyConfig).
 */
import t from 'tap';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  goView,
  meshConfigView,
  namespacedNameView,
  objectMetaView,
  podSpecView,
  proxyConfigView,
  typeMetaView,
} from '../../lib/goview/index.js';
import { GO_TYPES, resolveType } from '../../lib/goview/registry.js';
import { GoInt, GoStruct, goTypeOf } from '../../lib/go/value.js';
import type { JsonMap } from '../../lib/go/json-map.js';
import { findPodTemplate } from '../../lib/k8s/workloads.js';
import { corpusTest } from '../support/corpus.js';

const call = (s: unknown, method: string): unknown => (s as GoStruct).method(method)?.fn();
const field = (s: unknown, name: string): unknown => (s as GoStruct).field(name);
const jsonOf = (typeExpr: string, json: unknown): string =>
  JSON.stringify((goView(typeExpr, json) as GoStruct).toJSON());

t.test('every type expression of every table resolves', async (t) => {
  let rows = 0;
  for (const def of Object.values(GO_TYPES)) {
    if (def.kind !== 'struct') continue;
    const all = [...def.fields, ...Object.values(def.oneofs ?? {}).flat()];
    for (const [, , type] of all) {
      if (type === 'oneof') continue;
      t.doesNotThrow(() => resolveType(type), `${def.goType}: ${type}`);
      rows++;
    }
  }
  t.ok(rows > 300);
});

t.test('absent fields have Go zero values of the right type', async (t) => {
  const spec = podSpecView({});
  t.equal(field(spec, 'HostNetwork'), false);
  t.equal(field(spec, 'ServiceAccountName'), '');
  const containers = field(spec, 'Containers') as unknown[] & { [goTypeOf]?: string };
  t.same([containers.length, containers[goTypeOf]], [0, '[]v1.Container']);
  const sc = field(spec, 'SecurityContext') as GoStruct;
  t.same([sc.type, sc.nil], ['*v1.PodSecurityContext', true]);
  const grace = field(spec, 'TerminationGracePeriodSeconds') as GoStruct;
  t.same([grace.type, grace.nil], ['*int64', true], 'nil *int64 (prints <nil>)');
  const selector = field(spec, 'NodeSelector') as object & { [goTypeOf]?: string };
  t.same([Object.keys(selector), selector[goTypeOf]], [[], 'map[string]string']);
  const meta = objectMetaView(undefined);
  t.same(field(meta, 'Annotations'), {});
  t.equal((field(meta, 'Generation') as GoInt).kind, 'int64');
  const mesh = meshConfigView({});
  const port = field(mesh, 'ProxyListenPort') as GoInt;
  t.same([port.value, port.kind], [0, 'int32']);
  t.equal((field(mesh, 'DefaultConfig') as GoStruct).nil, true);
});

t.test('present fields convert to Go values', async (t) => {
  const spec = podSpecView({
    hostNetwork: true,
    terminationGracePeriodSeconds: 30,
    containers: [{ name: 'app', ports: [{ containerPort: 80 }] }],
  });
  t.equal(field(spec, 'HostNetwork'), true);
  t.same(field(spec, 'TerminationGracePeriodSeconds'), new GoInt(30, 'int64'));
  const [c] = field(spec, 'Containers') as GoStruct[];
  t.equal(c?.type, 'v1.Container');
  const [p] = field(c, 'Ports') as GoStruct[];
  t.same(field(p, 'ContainerPort'), new GoInt(80, 'int32'));
  t.equal(field(p, 'Protocol'), '', 'no API-server defaulting offline');
  t.same(field(objectMetaView({ name: 'n' }), 'Name'), 'n');
  t.equal(call(objectMetaView({ name: 'n' }), 'GetName'), 'n', 'ObjectMeta getters');
});

t.test(
  'embedded structs: field and promoted fields; fmt sees only the declared ones',
  async (t) => {
    const vol = goView('Volume', { name: 'v', emptyDir: {} }) as GoStruct;
    t.same(Object.keys(vol.fields), ['Name', 'VolumeSource']);
    t.equal((field(vol, 'EmptyDir') as GoStruct).nil, false);
    t.equal((field(vol, 'Secret') as GoStruct).nil, true);
    t.equal(
      (field(field(vol, 'VolumeSource'), 'EmptyDir') as GoStruct).type,
      '*v1.EmptyDirVolumeSource',
    );
    const probe = goView('Probe', { httpGet: { port: 'http' } }) as GoStruct;
    const port = field(field(probe, 'HTTPGet'), 'Port') as GoStruct;
    t.same(
      [port.type, field(port, 'StrVal'), call(port, 'String')],
      ['intstr.IntOrString', 'http', 'http'],
    );
  },
);

t.test('ProxyConfig: wrappers, enums, durations, getters on nil', async (t) => {
  const pc = proxyConfigView({
    holdApplicationUntilProxyStarts: true,
    interceptionMode: 'TPROXY',
    drainDuration: '90.5s',
    concurrency: 2,
  });
  t.equal(call(field(pc, 'HoldApplicationUntilProxyStarts'), 'GetValue'), true);
  t.equal(call(field(pc, 'InterceptionMode'), 'String'), 'TPROXY');
  const drain = field(pc, 'DrainDuration') as GoStruct;
  t.same(
    [field(drain, 'Seconds'), field(drain, 'Nanos')],
    [new GoInt(90, 'int64'), new GoInt(500000000, 'int32')],
  );
  t.equal(call(call(drain, 'AsDuration'), 'String'), '1m30.5s');
  t.equal(drain.toJSON(), '90.500s');
  t.same(field(field(pc, 'Concurrency'), 'Value'), new GoInt(2, 'int32'));

  const empty = proxyConfigView({});
  const hold = field(empty, 'HoldApplicationUntilProxyStarts') as GoStruct;
  t.same([hold.nil, call(hold, 'GetValue')], [true, false]);
  t.equal(call(field(empty, 'InterceptionMode'), 'String'), 'REDIRECT', 'enum zero value');
  const tls = call(call(empty, 'GetTracing'), 'GetTlsSettings') as GoStruct;
  t.same(
    [tls.type, tls.nil, call(tls, 'GetCaCertificates')],
    ['*v1alpha3.ClientTLSSettings', true, ''],
  );
  t.equal(proxyConfigView(null).nil, true);
  t.equal(call(proxyConfigView(null), 'GetStatusPort') instanceof GoInt, true);
});

t.test('oneofs', async (t) => {
  const pc = proxyConfigView({ serviceCluster: 'svc' });
  const cluster = field(pc, 'ClusterName') as GoStruct;
  t.same(
    [cluster.type, field(cluster, 'ServiceCluster')],
    ['*v1alpha1.ProxyConfig_ServiceCluster', 'svc'],
  );
  t.equal(call(pc, 'GetServiceCluster'), 'svc');
  const unset = field(proxyConfigView({}), 'ClusterName') as GoStruct;
  t.same([unset.type, unset.nil], ['<nil>', true], 'a nil interface: %T is <nil>');
  const tracing = field(
    proxyConfigView({ tracing: { zipkin: { address: 'z:9411' } } }),
    'Tracing',
  ) as GoStruct;
  t.equal(call(call(tracing, 'GetZipkin'), 'GetAddress'), 'z:9411');
  t.equal((call(tracing, 'GetLightstep') as GoStruct).nil, true);
});

t.test('toJSON: encoding/json of Kubernetes types', async (t) => {
  t.same(
    jsonOf('ContainerPort', { protocol: 'TCP', containerPort: 8080 }),
    '{"containerPort":8080,"protocol":"TCP"}',
  );
  t.same(
    jsonOf('ContainerPort', { name: 'x' }),
    '{"name":"x","containerPort":0}',
    'non-omitempty zero',
  );
  t.same(
    jsonOf('Container', { image: 'i', name: 'c', unknown: 1 }),
    '{"name":"c","image":"i","resources":{}}',
  );
  // Quantities come out canonical (recorded from Go in test/k8s/quantity.recorded.json).
  t.same(
    jsonOf('ResourceRequirements', { requests: { memory: '1024Mi', cpu: '2000m' } }),
    '{"requests":{"cpu":"2","memory":"1Gi"}}',
  );
  t.same(
    JSON.stringify(objectMetaView({ labels: { b: '1', a: '2' } }).toJSON()),
    '{"labels":{"a":"2","b":"1"}}',
  );
  t.same(
    JSON.stringify(typeMetaView({ apiVersion: 'v1', kind: 'Pod' }).toJSON()),
    '{"kind":"Pod","apiVersion":"v1"}',
  );
  t.same(
    JSON.stringify(namespacedNameView({ name: 'n', namespace: 'ns' }).toJSON()),
    '{"Namespace":"ns","Name":"n"}',
  );
  t.same(podSpecView({}).toJSON(), { containers: null });
});

corpusTest(
  t,
  'toJSON of every golden input ContainerPort is what Istio put in ISTIO_META_POD_PORTS',
  async (t, corpus) => {
    const dir = path.join(corpus, 'cases');
    let checked = 0;
    for (const name of readdirSync(dir)) {
      let input: string;
      let expected: string;
      try {
        input = readFileSync(`${dir}/${name}/input.yaml`, 'utf8');
        expected = readFileSync(`${dir}/${name}/expected.yaml`, 'utf8');
      } catch {
        continue;
      }
      // Only injected documents (not host-network or opted-out ones), not re-injections.
      if (!expected.includes('ISTIO_META_POD_PORTS') || input.includes('sidecar.istio.io/status'))
        continue;
      for (const doc of parseAllDocuments(input)) {
        const pod = findPodTemplate((doc.toJS() ?? {}) as JsonMap);
        for (const c of (pod?.spec.containers ?? []) as JsonMap[]) {
          for (const p of (c.ports ?? []) as JsonMap[]) {
            const json = jsonOf('ContainerPort', p);
            t.ok(expected.includes(json), `${name}: ${json}`);
            checked++;
          }
        }
      }
    }
    t.ok(checked > 20);
  },
);

t.test('toJSON: protojson of ProxyConfig (golden traffic-annotations PROXY_CONFIG)', async (t) => {
  const pc = proxyConfigView({
    proxyMetadata: {
      ISTIO_META_TLS_CLIENT_KEY: '/etc/identity2/client/keys/client-key.pem',
      FOO: 'bar',
    },
    concurrency: 0,
    discoveryAddress: 'foo:123',
  });
  t.equal(
    JSON.stringify(pc.toJSON()),
    '{"discoveryAddress":"foo:123","concurrency":0,"proxyMetadata":{"FOO":"bar","ISTIO_META_TLS_CLIENT_KEY":"/etc/identity2/client/keys/client-key.pem"}}',
  );
  t.equal(
    JSON.stringify(
      proxyConfigView({ tracing: {}, interceptionMode: 'REDIRECT', statusPort: 0 }).toJSON(),
    ),
    '{"tracing":{}}',
  );
  t.equal(
    JSON.stringify(proxyConfigView({ holdApplicationUntilProxyStarts: false }).toJSON()),
    '{"holdApplicationUntilProxyStarts":false}',
  );
  t.equal(
    JSON.stringify(proxyConfigView({ drainDuration: '23s', interceptionMode: 1 }).toJSON()),
    '{"drainDuration":"23s","interceptionMode":"TPROXY"}',
  );
  t.equal(proxyConfigView(undefined).toJSON(), null);
});
