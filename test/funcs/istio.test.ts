/**
 * Istio's template functions. Expected values follow the Go code in Istio's
 * pkg/kube/inject/template.go (including its quirks), Istio's golden files in the
 * conformance corpus, and Go's time.Duration.String() as recorded (fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import t from 'tap';
import { istioFuncs, istioFuncsWithEnv } from '../../lib/funcs/istio.js';
import { meshConfigView, objectMetaView, proxyConfigView } from '../../lib/goview/index.js';
import type { JsonMap } from '../../lib/go/json-map.js';
import { Template } from '../../lib/template/template.js';
import { GoInt, GoStruct, goTypeOf, withGoType, type Typed } from '../../lib/go/value.js';

/** Call a function of the map directly, as the engine would after converting arguments. */
function call(name: string, ...args: unknown[]): unknown {
  const f = istioFuncs[name];
  if (!f) throw new Error(`no function ${name}`);
  return f.fn(...args);
}

const strMap = (m: Record<string, string>): Typed<Record<string, string>> =>
  withGoType(m, 'map[string]string');

function port(containerPort: number, protocol = ''): GoStruct {
  return new GoStruct({
    type: 'v1.ContainerPort',
    fields: { ContainerPort: new GoInt(containerPort, 'int32'), Protocol: protocol },
  });
}

function container(name: string, ports: GoStruct[], image = ''): GoStruct {
  return new GoStruct({
    type: 'v1.Container',
    fields: { Name: name, Image: image, Ports: withGoType(ports, '[]v1.ContainerPort') },
  });
}

t.test(
  'annotation: the value if present (even empty), else fmt.Sprint of the default',
  async (t) => {
    const meta = objectMetaView({ annotations: { a: 'x', empty: '' } });
    t.equal(call('annotation', meta, 'a', 'd'), 'x');
    t.equal(call('annotation', meta, 'empty', 'd'), '');
    t.equal(call('annotation', meta, 'missing', new GoInt(15020)), '15020');
    t.equal(call('annotation', meta, 'missing', 1.5), '1.5');
    t.equal(call('annotation', meta, 'missing', null), '<nil>');
    t.equal(call('annotation', objectMetaView({}), 'a', true), 'true');
  },
);

t.test('isset and valueOrDefault', async (t) => {
  t.equal(call('isset', strMap({ a: '' }), 'a'), true);
  t.equal(call('isset', strMap({ a: '' }), 'b'), false);
  t.equal(call('isset', null, 'a'), false);
  t.equal(call('valueOrDefault', '', 'd'), 'd');
  t.equal(call('valueOrDefault', null, 'd'), 'd');
  t.equal(call('valueOrDefault', undefined, 'd'), 'd');
  t.equal(call('valueOrDefault', 0, 'd'), 0);
  t.equal(call('valueOrDefault', false, 'd'), false);
  t.equal(call('valueOrDefault', 'v', 'd'), 'v');
});

t.test("indent is Istio's: lines after the first get |n| spaces", async (t) => {
  t.equal(call('indent', new GoInt(2), 'a\nb\n'), 'a\n  b\n  ');
  t.equal(call('indent', new GoInt(0), 'a\nb'), 'a\nb');
  t.equal(
    call('indent', new GoInt(-3), 'a\nb'),
    'a\n   b',
    'Go formats "% -3s": left-justified, width 3',
  );
  t.equal(call('indent', new GoInt(4), 'single'), 'single');
});

t.test('contains takes the needle first', async (t) => {
  t.equal(call('contains', '/', 'docker.io/proxy'), true);
  t.equal(call('contains', 'docker.io/proxy', '/'), false);
});

t.test('toJSON, fromJSON, structToJSON, toYaml', async (t) => {
  t.equal(call('toJSON', null), '{}');
  t.equal(call('toJSON', strMap({ b: '1', a: '<x>' })), '{"a":"\\u003cx\\u003e","b":"1"}');
  t.same(call('fromJSON', '{"b":[1,"x"],"a":null}'), { b: [1, 'x'], a: null });
  t.equal(call('fromJSON', 'not json'), '{}', 'Go logs and returns the string "{}"');
  t.equal(call('fromJSON', ''), '{}');
  t.equal(call('structToJSON', null), '{}');
  t.equal(call('structToJSON', port(80, 'TCP')), '{"ContainerPort":80,"Protocol":"TCP"}');
  t.equal(call('structToJSON', { bad: NaN }), '{}', 'a marshal error gives "{}"');
  t.equal(call('toYaml', null), 'null\n');
  t.equal(call('toYaml', { cpu: '100m', memory: '128Mi' }), 'cpu: 100m\nmemory: 128Mi\n');
  t.equal(call('toYaml', { bad: Infinity }), '', 'a marshal error gives ""');
});

t.test('omit, strdict, mergeMaps, toJsonMap', async (t) => {
  const labels = strMap({
    app: 'a',
    'kubectl.kubernetes.io/last-applied-configuration': '{}',
    x: 'y',
  });
  const kept = call(
    'omit',
    labels,
    'kubectl.kubernetes.io/last-applied-configuration',
    'x',
  ) as Typed<object>;
  t.same(kept, { app: 'a' });
  t.equal(kept[goTypeOf], 'map[string]string');
  t.same(call('omit', null), {});
  t.same(call('strdict', 'a', 'b', 'c'), { a: 'b', c: '' });
  t.same(call('strdict'), {});
  t.same(call('mergeMaps', strMap({ a: '1', b: '1' }), null, strMap({ b: '2' })), {
    a: '1',
    b: '2',
  });
  t.equal(call('toJsonMap'), 'null', 'no maps: Go marshals a nil map');
  t.equal(call('toJsonMap', strMap({ z: '1' }), strMap({ a: '2', z: '3' })), '{"a":"2","z":"3"}');
});

t.test('omitNil', async (t) => {
  const input = { a: null, b: { c: null }, d: [null, 1, { e: null }], f: {}, g: [], h: 'x' };
  t.same(
    call('omitNil', input),
    { d: [1], f: {}, g: [], h: 'x' },
    'containers emptied by the filter go; empty ones stay',
  );
  const clean = { a: 1, b: { c: [] } };
  t.equal(call('omitNil', clean), clean, 'returned as is when there is nothing to drop');
  t.equal(call('omitNil', { a: null }), null);
  t.equal(call('omitNil', undefined), null);
  t.same(call('omitNil', { m: strMap({ k: '' }), n: null }), { m: { k: '' } });
  t.same(call('omitNil', { limits: { cpu: null, memory: '1Gi' }, requests: null }), {
    limits: { memory: '1Gi' },
  });
});

t.test('excludeInboundPort', async (t) => {
  t.equal(call('excludeInboundPort', new GoInt(15020), ''), '15020');
  t.equal(call('excludeInboundPort', new GoInt(15020), '15020'), '15020');
  t.equal(call('excludeInboundPort', new GoInt(15020), '80, 81,,'), '80,81,15020');
  t.equal(call('excludeInboundPort', ' 15020 ', '80'), '80,15020');
  t.equal(call('excludeInboundPort', 15020, '80'), '80,15020', 'a float64 prints as an integer');
  t.equal(call('excludeInboundPort', new GoInt(0), '80'), '80');
  t.equal(call('excludeInboundPort', '', '80 '), '80 ');
  t.equal(
    call('excludeInboundPort', new GoInt(15020), '80, 15020'),
    '80,15020,15020',
    'Go compares before trimming',
  );
});

t.test('includeInboundPorts and applicationPorts', async (t) => {
  const containers = withGoType(
    [
      container('app', [port(80), port(53, 'UDP'), port(9000, 'SCTP'), port(8080, 'TCP')]),
      container('istio-proxy', [port(15090, 'TCP')]),
      container('none', []),
    ],
    '[]v1.Container',
  );
  t.equal(call('includeInboundPorts', containers), '80,8080,15090');
  t.equal(call('applicationPorts', containers), '80,8080');
  t.equal(call('includeInboundPorts', null), '');
});

t.test('kubevirtInterfaces and excludeInterfaces pass the string through', async (t) => {
  t.equal(call('kubevirtInterfaces', 'net1,net2'), 'net1,net2');
  t.equal(call('excludeInterfaces', 'eth1'), 'eth1');
});

t.test('appendMultusNetwork', async (t) => {
  const net = 'default/istio-cni';
  t.equal(call('appendMultusNetwork', '', net), net);
  t.equal(
    call('appendMultusNetwork', 'alt_cni', net),
    'alt_cni, default/istio-cni',
    'as in the hello-existing-cncf-networks golden',
  );
  t.equal(call('appendMultusNetwork', 'a, default/istio-cni ', net), 'a, default/istio-cni ');
  t.equal(
    call('appendMultusNetwork', '[{"name":"foo"}]', net),
    '[{"name":"foo"}, {"name": "istio-cni", "namespace": "default"}]',
  );
  t.equal(
    call('appendMultusNetwork', '[{"name":"foo"}]', 'istio-cni'),
    '[{"name":"foo"}, {"name": "istio-cni"}]',
  );
  t.equal(
    call('appendMultusNetwork', '[{"name":"istio-cni","namespace":"default"}]', net),
    '[{"name":"istio-cni","namespace":"default"}]',
  );
  t.equal(
    call('appendMultusNetwork', '[{"name":"istio-cni"}]', 'istio-cni'),
    '[{"name":"istio-cni"}]',
  );
  t.equal(
    call('appendMultusNetwork', '[{"name":"istio-cni","namespace":"other"}]', net),
    '[{"name":"istio-cni","namespace":"other"}, {"name": "istio-cni", "namespace": "default"}]',
  );
  t.equal(call('appendMultusNetwork', '[not json]', net), '[not json]');
  t.equal(
    call('appendMultusNetwork', '["a"]', net),
    '["a"]',
    'an element that is not an object fails to decode',
  );
  t.equal(
    call('appendMultusNetwork', '[null]', net),
    '[null, {"name": "istio-cni", "namespace": "default"}]',
  );
});

t.test('directory and toLower', async (t) => {
  t.equal(call('directory', '/etc/certs/root-cert.pem'), '/etc/certs/');
  t.equal(call('directory', 'file.pem'), '');
  t.equal(call('directory', ''), '');
  t.equal(call('toLower', 'Deployment'), 'deployment');
  t.equal(call('toLower', 'ΟΔΟΣ'), 'οδοσ', 'Go has no final-sigma rule');
  t.equal(call('toLower', 'İ'), 'i', "Go's simple mapping");
});

t.test('formatDuration prints Go durations (recorded)', async (t) => {
  const fixture = readFileSync(
    new URL('../../../test/funcs/fixtures/go-decode-duration.json', import.meta.url),
    'utf8',
  );
  const durations = (
    JSON.parse(fixture) as { durations: { seconds: number; nanos: number; text: string }[] }
  ).durations;
  for (const d of durations) {
    const neg = d.seconds < 0 || d.nanos < 0;
    const proto = `${neg ? '-' : ''}${Math.abs(d.seconds)}.${String(Math.abs(d.nanos)).padStart(9, '0')}s`;
    const view = new GoStruct({ type: '*durationpb.Duration', json: () => proto });
    t.equal(call('formatDuration', view), d.text, proto);
  }
  t.equal(call('formatDuration', new GoStruct({ type: '*durationpb.Duration', nil: true })), '0s');
  t.equal(
    call('formatDuration', proxyConfigView({ drainDuration: '23s' }).field('DrainDuration')),
    '23s',
  );
});

t.test('env reads the given variables only', async (t) => {
  const funcs = istioFuncsWithEnv({ SET: 'v', EMPTY: '' });
  const env = (k: string): unknown => funcs.env?.fn(k, 'def');
  t.equal(env('SET'), 'v');
  t.equal(env('EMPTY'), 'def');
  t.equal(env('MISSING'), 'def');
  t.equal(env('constructor'), 'def');
  t.equal(istioFuncs.env?.fn('HOME', 'def'), 'def', 'never the process environment');
});

t.test('protoToJSON leaves out ProxyConfig defaults (PROXY_CONFIG goldens)', async (t) => {
  const pc = (json: JsonMap): string => call('protoToJSON', proxyConfigView(json)) as string;
  const defaults = {
    configPath: './etc/istio/proxy',
    binaryPath: '/usr/local/bin/envoy',
    serviceCluster: 'istio-proxy',
    drainDuration: '45s',
    terminationDrainDuration: '5s',
    proxyAdminPort: 15000,
    controlPlaneAuthPolicy: 'MUTUAL_TLS',
    discoveryAddress: 'istiod.istio-system.svc:15012',
    statNameLength: 189,
    statusPort: 15020,
  };
  t.equal(pc(defaults), '{}');
  t.equal(pc({ ...defaults, drainDuration: '23s' }), '{"drainDuration":"23s"}');
  t.equal(pc({ ...defaults, drainDuration: '45.000s' }), '{}', 'durations compare by value');
  t.equal(pc({ ...defaults, tracing: {} }), '{"tracing":{}}', 'set-but-empty differs from unset');
  t.equal(
    pc({ ...defaults, holdApplicationUntilProxyStarts: true }),
    '{"holdApplicationUntilProxyStarts":true}',
  );
  t.equal(pc({ ...defaults, proxyMetadata: {} }), '{}');
  t.equal(
    pc({
      ...defaults,
      discoveryAddress: 'foo:123',
      concurrency: 0,
      proxyMetadata: {
        ISTIO_META_TLS_CLIENT_KEY: '/etc/identity2/client/keys/client-key.pem',
        FOO: 'bar',
      },
    }),
    '{"discoveryAddress":"foo:123","concurrency":0,"proxyMetadata":{"FOO":"bar","ISTIO_META_TLS_CLIENT_KEY":"/etc/identity2/client/keys/client-key.pem"}}',
  );
  t.equal(call('protoToJSON', proxyConfigView(null)), '{}');
  t.equal(call('protoToJSON', null), '{}');
});

t.test('otelResourceAttributes', async (t) => {
  const mesh = meshConfigView({
    extensionProviders: [
      { name: 'otel', opentelemetry: { serviceAttributeEnrichment: 'OTEL_SEMANTIC_CONVENTIONS' } },
    ],
  });
  const hello = withGoType(
    [container('hello', [], 'fake.docker.io/google-samples/hello-go-gke:1.0')],
    '[]v1.Container',
  );
  const otel = (
    annotations: Record<string, string>,
    labels: Record<string, string>,
    ns: string,
    containers: unknown,
    m: unknown = mesh,
  ): unknown =>
    call('otelResourceAttributes', m, strMap(annotations), strMap(labels), ns, containers);
  t.equal(
    otel({}, { 'app.kubernetes.io/version': 'v1.2.3' }, 'default', hello),
    'service.namespace=default,service.version=v1.2.3,service.instance.id=default.$(POD_NAME).hello',
    'the hello-otel-semconv golden',
  );
  t.equal(
    otel(
      {},
      {},
      'default',
      hello,
      meshConfigView({ extensionProviders: [{ name: 'otel', opentelemetry: {} }] }),
    ),
    '',
  );
  t.equal(otel({}, {}, 'default', hello, meshConfigView(null)), '');
  t.equal(
    otel({}, {}, 'ns', hello),
    'service.namespace=ns,service.version=1.0,service.instance.id=ns.$(POD_NAME).hello',
  );
  const ann = {
    'resource.opentelemetry.io/service.namespace': 'n2',
    'resource.opentelemetry.io/service.version': 'v9',
    'resource.opentelemetry.io/service.instance.id': 'id1',
  };
  t.equal(
    otel(ann, { 'app.kubernetes.io/version': 'v1' }, 'ns', hello),
    'service.namespace=n2,service.version=v9,service.instance.id=id1',
  );
  t.equal(
    otel({ 'resource.opentelemetry.io/service.namespace': '' }, {}, '', []),
    '',
    'empty values and namespace are skipped',
  );
  const image = (img: string): unknown => otel({}, {}, 'ns', [container('c', [], img)]);
  t.equal(
    image('nginx@sha256:abc'),
    'service.namespace=ns,service.version=sha256:abc,service.instance.id=ns.$(POD_NAME).c',
  );
  t.equal(
    image('nginx:1.21@sha256:abc'),
    'service.namespace=ns,service.version=1.21@sha256:abc,service.instance.id=ns.$(POD_NAME).c',
  );
  t.equal(
    image('registry:5000/nginx'),
    'service.namespace=ns,service.instance.id=ns.$(POD_NAME).c',
    'a registry port is not a tag',
  );
  const two = [container('a', [], 'x:1'), container('b', [], 'y:2')];
  t.equal(
    otel({}, {}, 'ns', two),
    'service.namespace=ns,service.instance.id=ns.$(POD_NAME).a',
    'no image version with several containers',
  );
});

t.test('through the template engine, with Go parameter types', async (t) => {
  const data = { ObjectMeta: objectMetaView({ annotations: { a: 'x' } }) };
  const render = (src: string): string =>
    new Template('t').funcs(istioFuncs).parse(src).execute(data);
  t.equal(render('{{ annotation .ObjectMeta `status.sidecar.istio.io/port` 15020 }}'), '15020');
  t.equal(
    render('{{ isset .ObjectMeta.Annotations `a` }} {{ isset .ObjectMeta.Annotations `b` }}'),
    'true false',
  );
  t.equal(render('{{ toJsonMap (strdict `k` `v`) .ObjectMeta.Annotations }}'), '{"a":"x","k":"v"}');
  t.equal(render('{{ "a\\nb" | indent 2 }}'), 'a\n  b');
  t.equal(render('{{ contains "/" "a/b" }}'), 'true');
});
