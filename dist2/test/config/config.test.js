/**
 * Loading the injector config, values and mesh config. Expectations come from the
 * conformance corpus (Istio's own files: base/inject-config.yaml, base/mesh-defaults.yaml,
 * base/mesh-effective.yaml) and from Istio's ApplyMeshConfig rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { parse } from 'yaml';
import { applyMeshConfig, buildInjectionConfig, parseInjectorConfig, parseMeshConfig, parseValues, } from '../../lib/config/index.js';
import { KinjectError } from '../../lib/errors.js';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BASE = path.join(ROOT, '..', 'shared', 'conformance', 'istio', 'base');
const read = (file) => readFileSync(file, 'utf8');
const corpus = (name) => ({ text: read(path.join(BASE, name)), file: name });
const meshDefaults = parseMeshConfig({
    text: read(path.join(ROOT, 'templates', 'mesh-defaults.yaml')),
    file: 'mesh-defaults.yaml',
});
function thrownBy(fn) {
    try {
        fn();
    }
    catch (e) {
        if (e instanceof KinjectError)
            return e;
        throw e;
    }
    return undefined;
}
t.test('templates/mesh-defaults.yaml states the same defaults as Istio (corpus base/mesh-defaults.yaml)', async (t) => {
    t.strictSame(meshDefaults, parse(read(path.join(BASE, 'mesh-defaults.yaml'))));
});
t.test('base/mesh.yaml over the defaults gives the corpus base/mesh-effective.yaml', async (t) => {
    t.strictSame(applyMeshConfig(parseMeshConfig(corpus('mesh.yaml')), meshDefaults), parse(read(path.join(BASE, 'mesh-effective.yaml'))));
});
t.test('ApplyMeshConfig rules', async (t) => {
    const mesh = applyMeshConfig({
        defaultConfig: { drain_duration: '23s', proxyMetadata: { B: '2' }, tracing: {} },
        extensionProviders: [
            { name: 'envoy', envoyFileAccessLog: { path: '/dev/null' } },
            { name: 'otel', opentelemetry: { port: 4317 } },
        ],
        trustDomainAliases: ['b.local', 'a.local'],
        defaultProviders: { metrics: ['prometheus'] },
        outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
        ingressClass: null,
    }, {
        ...meshDefaults,
        defaultConfig: { ...meshDefaults['defaultConfig'], proxyMetadata: { A: '1' } },
        trustDomainAliases: ['c.local'],
    });
    const pc = mesh['defaultConfig'];
    t.equal(pc['drainDuration'], '23s', 'proto field names are accepted');
    t.equal(pc['statusPort'], 15020, 'defaultConfig merges field by field');
    t.strictSame(pc['proxyMetadata'], { A: '1', B: '2' }, 'proxyMetadata merges key by key');
    t.strictSame(pc['tracing'], {}, 'tracing: {} is kept: set but empty');
    t.strictSame(mesh['extensionProviders'].map((p) => p.name), ['prometheus', 'stackdriver', 'envoy', 'otel'], 'providers merge by name, new ones appended');
    t.strictSame(mesh['extensionProviders'][2], {
        name: 'envoy',
        envoyFileAccessLog: { path: '/dev/null' },
    });
    t.strictSame(mesh['trustDomainAliases'], ['a.local', 'b.local', 'c.local'], 'aliases: sorted union');
    t.strictSame(mesh['defaultProviders'], { metrics: ['prometheus'] });
    t.strictSame(mesh['outboundTrafficPolicy'], { mode: 'REGISTRY_ONLY' }, 'other fields replace');
    t.equal(mesh['ingressClass'], 'istio', 'null leaves the default');
});
t.test('injector config: the config text, or the whole ConfigMap with its values', async (t) => {
    const config = read(path.join(BASE, 'inject-config.yaml'));
    const values = read(path.join(BASE, 'values.json'));
    const plain = parseInjectorConfig({ text: config, file: 'config.yaml' });
    t.equal(plain.injector.policy, 'enabled');
    t.strictSame(plain.injector.defaultTemplates, ['sidecar']);
    t.ok(['sidecar', 'gateway', 'grpc-simple', 'grpc-agent'].every((n) => plain.injector.templates[n]?.includes('{{')));
    t.strictSame(plain.injector.injectedAnnotations, {}, 'an empty `injectedAnnotations:` means none');
    t.equal(plain.values, undefined);
    const indent = (s) => s
        .split('\n')
        .map((l) => (l ? `    ${l}` : l))
        .join('\n');
    const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio-sidecar-injector\ndata:\n  config: |\n${indent(config)}\n  values: |-\n${indent(values)}\n`;
    const whole = parseInjectorConfig({ text: configMap, file: 'cm.yaml' });
    t.strictSame(whole.injector, plain.injector);
    t.strictSame(whole.values, JSON.parse(values));
    t.strictSame(parseValues({ text: configMap, file: 'cm.yaml' }), JSON.parse(values), '--values accepts the ConfigMap too');
});
t.test('injector config: a bare template is the sidecar template', async (t) => {
    const text = 'spec:\n  containers:\n  - name: {{ .Values.name }}\n';
    t.strictSame(parseInjectorConfig({ text, file: 'tmpl' }).injector.templates, { sidecar: text });
});
t.test('injector config errors point at the line, also inside data.config', async (t) => {
    const bad = thrownBy(() => parseInjectorConfig({ text: 'policy: sometimes\ntemplates:\n  sidecar: x\n', file: 'c.yaml' }));
    t.equal(bad?.code, 'CONFIG');
    t.match(bad?.message, /policy/);
    t.strictSame(bad?.pos, { line: 1, col: 9 });
    const nested = 'kind: ConfigMap\ndata:\n  config: |\n    templates:\n      sidecar: x\n    policy: [\n';
    const inner = thrownBy(() => parseInjectorConfig({ text: nested, file: 'cm.yaml' }));
    t.equal(inner?.code, 'CONFIG');
    t.equal(inner?.file, 'cm.yaml');
    t.equal(inner?.pos?.line, 7, 'line within the outer file');
});
t.test('buildInjectionConfig layers embedded defaults, files and --set', async (t) => {
    const embedded = {
        injector: {
            policy: 'enabled',
            defaultTemplates: ['sidecar'],
            templates: { sidecar: 'x' },
            aliases: {},
            neverInjectSelector: [],
            alwaysInjectSelector: [],
            injectedAnnotations: {},
        },
        values: { global: { hub: 'docker.io/istio', tag: '1.32.0', proxy: { image: 'proxyv2' } } },
        mesh: { defaultProviders: { metrics: ['prometheus'] } },
        meshDefaults,
    };
    const cfg = buildInjectionConfig({
        values: [{ text: 'global: {tag: "1.2"}', file: 'v.yaml' }],
        set: ['global.hub=registry.istio.io/testing', 'global.proxy.replicas=2'],
        env: { A: 'b' },
    }, embedded);
    t.strictSame(cfg.values, {
        global: {
            hub: 'registry.istio.io/testing',
            tag: '1.2',
            proxy: { image: 'proxyv2', replicas: 2 },
        },
    });
    t.strictSame(cfg.mesh['defaultProviders'], { metrics: ['prometheus'] });
    t.equal(cfg.nativeSidecars, false);
    t.equal(cfg.revision, '');
    t.equal(cfg.proxyUID, 1337);
    t.strictSame(cfg.env, { A: 'b' });
    const cluster = buildInjectionConfig({
        injector: corpus('inject-config.yaml'),
        values: [corpus('values.json')],
        mesh: corpus('mesh.yaml'),
    }, embedded);
    t.strictSame(cluster.values, JSON.parse(read(path.join(BASE, 'values.json'))), "a cluster's values stand alone, not over the embedded ones");
    t.ok(cluster.injector.templates['waypoint'], "the cluster's templates");
});
//# sourceMappingURL=config.test.js.map