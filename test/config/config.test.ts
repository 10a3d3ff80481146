/**
 * Loading the injector config, values and mesh config. Istio's ApplyMeshConfig rules and
 * kinject's own injector configuration (the embedded templates, written out as a user's
 * ConfigMap would carry them) run everywhere; the comparisons with Istio's own files in the
 * conformance corpus (base/mesh-defaults.yaml, base/mesh-effective.yaml) need the corpus.
 */
import t from 'tap';
import { parse, stringify } from 'yaml';
import {
  applyMeshConfig,
  buildInjectionConfig,
  parseInjectorConfig,
  parseMeshConfig,
  parseValues,
  type EmbeddedDefaults,
} from '../../lib/config/index.js';
import type { InjectorConfig } from '../../lib/config/types.js';
import { KinjectError } from '../../lib/errors.js';
import { corpusTest, corpusText } from '../support/corpus.js';
import { embeddedDefaults, templateFile } from '../support/embedded.js';

const corpus = (name: string) => ({ text: corpusText(`base/${name}`), file: name });
const meshDefaults = parseMeshConfig(templateFile('mesh-defaults.yaml'));
const kinjectDefaults = embeddedDefaults();

/**
 * The `config` text of an istio-sidecar-injector ConfigMap holding kinject's embedded
 * templates, laid out as a cluster has it (`injectedAnnotations:` left empty, as the chart
 * renders an empty map), and the matching `values` text as JSON.
 */
const injectorText = stringify(
  {
    defaultTemplates: ['sidecar'],
    policy: 'enabled',
    alwaysInjectSelector: [],
    neverInjectSelector: [],
    injectedAnnotations: null,
    templates: kinjectDefaults.injector.templates,
  },
  { nullStr: '' },
);
const valuesText = JSON.stringify(kinjectDefaults.values, null, 2);

function thrownBy(fn: () => unknown): KinjectError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof KinjectError) return e;
    throw e;
  }
  return undefined;
}

corpusTest(
  t,
  'templates/mesh-defaults.yaml states the same defaults as Istio (corpus base/mesh-defaults.yaml)',
  async (t) => {
    t.strictSame(meshDefaults, parse(corpusText('base/mesh-defaults.yaml')));
  },
);

corpusTest(
  t,
  'base/mesh.yaml over the defaults gives the corpus base/mesh-effective.yaml',
  async (t) => {
    t.strictSame(
      applyMeshConfig(parseMeshConfig(corpus('mesh.yaml')), meshDefaults),
      parse(corpusText('base/mesh-effective.yaml')),
    );
  },
);

t.test('ApplyMeshConfig rules', async (t) => {
  const mesh = applyMeshConfig(
    {
      defaultConfig: { drain_duration: '23s', proxyMetadata: { B: '2' }, tracing: {} },
      extensionProviders: [
        { name: 'envoy', envoyFileAccessLog: { path: '/dev/null' } },
        { name: 'otel', opentelemetry: { port: 4317 } },
      ],
      trustDomainAliases: ['b.local', 'a.local'],
      defaultProviders: { metrics: ['prometheus'] },
      outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
      ingressClass: null,
    },
    {
      ...meshDefaults,
      defaultConfig: { ...(meshDefaults['defaultConfig'] as object), proxyMetadata: { A: '1' } },
      trustDomainAliases: ['c.local'],
    },
  );
  const pc = mesh['defaultConfig'] as Record<string, unknown>;
  t.equal(pc['drainDuration'], '23s', 'proto field names are accepted');
  t.equal(pc['statusPort'], 15020, 'defaultConfig merges field by field');
  t.strictSame(pc['proxyMetadata'], { A: '1', B: '2' }, 'proxyMetadata merges key by key');
  t.strictSame(pc['tracing'], {}, 'tracing: {} is kept: set but empty');
  t.strictSame(
    (mesh['extensionProviders'] as { name: string }[]).map((p) => p.name),
    ['prometheus', 'stackdriver', 'envoy', 'otel'],
    'providers merge by name, new ones appended',
  );
  t.strictSame((mesh['extensionProviders'] as unknown[])[2], {
    name: 'envoy',
    envoyFileAccessLog: { path: '/dev/null' },
  });
  t.strictSame(
    mesh['trustDomainAliases'],
    ['a.local', 'b.local', 'c.local'],
    'aliases: sorted union',
  );
  t.strictSame(mesh['defaultProviders'], { metrics: ['prometheus'] });
  t.strictSame(mesh['outboundTrafficPolicy'], { mode: 'REGISTRY_ONLY' }, 'other fields replace');
  t.equal(mesh['ingressClass'], 'istio', 'null leaves the default');
});

t.test('injector config: the config text, or the whole ConfigMap with its values', async (t) => {
  const config = injectorText;
  const values = valuesText;
  const plain = parseInjectorConfig({ text: config, file: 'config.yaml' });
  t.equal(plain.injector.policy, 'enabled');
  t.strictSame(plain.injector.defaultTemplates, ['sidecar']);
  t.ok(
    ['sidecar', 'gateway', 'grpc-simple', 'grpc-agent'].every((n) =>
      plain.injector.templates[n]?.includes('{{'),
    ),
  );
  t.strictSame(
    plain.injector.templates,
    kinjectDefaults.injector.templates,
    'template texts come through unchanged',
  );
  t.strictSame(
    plain.injector.injectedAnnotations,
    {},
    'an empty `injectedAnnotations:` means none',
  );
  t.equal(plain.values, undefined);

  const indent = (s: string): string =>
    s
      .split('\n')
      .map((l) => (l ? `    ${l}` : l))
      .join('\n');
  const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio-sidecar-injector\ndata:\n  config: |\n${indent(config)}\n  values: |-\n${indent(values)}\n`;
  const whole = parseInjectorConfig({ text: configMap, file: 'cm.yaml' });
  // The same config; only where its templates are differs (each file's own lines).
  const placeless = (c: InjectorConfig): InjectorConfig => {
    const { templateSources: _where, ...rest } = c;
    return rest;
  };
  t.strictSame(placeless(whole.injector), placeless(plain.injector));
  t.equal(whole.injector.templateSources?.['sidecar']?.[0]?.file, 'cm.yaml');
  t.strictSame(whole.values, JSON.parse(values));
  t.strictSame(
    parseValues({ text: configMap, file: 'cm.yaml' }),
    JSON.parse(values),
    '--values accepts the ConfigMap too',
  );
});

t.test('injector config: a bare template is the sidecar template', async (t) => {
  const text = 'spec:\n  containers:\n  - name: {{ .Values.name }}\n';
  t.strictSame(parseInjectorConfig({ text, file: 'tmpl' }).injector.templates, { sidecar: text });
  t.equal(parseInjectorConfig({ text, file: 'tmpl' }).injector.policy, 'enabled');
  t.equal(
    parseInjectorConfig({ text: 'templates:\n  sidecar: x\n', file: 'c.yaml' }).injector.policy,
    '',
    "a config without a policy keeps it empty, as Istio's Config does",
  );
});

t.test('injector config errors point at the line, also inside data.config', async (t) => {
  // Istio's Config takes any string as the policy, and nothing else.
  const text = (policy: string): string => `policy: ${policy}\ntemplates:\n  sidecar: x\n`;
  t.equal(
    parseInjectorConfig({ text: text('sometimes'), file: 'c.yaml' }).injector.policy,
    'sometimes',
  );
  const bad = thrownBy(() => parseInjectorConfig({ text: text('[enabled]'), file: 'c.yaml' }));
  t.equal(bad?.code, 'CONFIG');
  t.match(bad?.message, /`policy` must be a string/);
  t.strictSame(bad?.pos, { line: 1, col: 9 });

  const nested =
    'kind: ConfigMap\ndata:\n  config: |\n    templates:\n      sidecar: x\n    policy: [\n';
  const inner = thrownBy(() => parseInjectorConfig({ text: nested, file: 'cm.yaml' }));
  t.equal(inner?.code, 'CONFIG');
  t.equal(inner?.file, 'cm.yaml');
  t.equal(inner?.pos?.line, 7, 'line within the outer file');
});

t.test('buildInjectionConfig layers embedded defaults, files and --set', async (t) => {
  const embedded: EmbeddedDefaults = {
    injector: {
      policy: 'enabled',
      defaultTemplates: ['sidecar'],
      templates: { sidecar: 'x' },
      aliases: {},
      neverInjectSelector: [],
      alwaysInjectSelector: [],
      injectedAnnotations: {},
    },
    values: {
      global: {
        hub: 'docker.io/istio',
        tag: '1.32.0',
        istioNamespace: 'istio-system',
        proxy: { image: 'proxyv2' },
      },
      telemetry: { enabled: true, v2: { enabled: true, prometheus: { enabled: true } } },
    },
    meshDefaults,
  };
  const cfg = buildInjectionConfig(
    {
      values: [{ text: 'global: {tag: "1.2"}', file: 'v.yaml' }],
      set: ['global.hub=registry.istio.io/testing', 'global.proxy.replicas=2'],
      env: { A: 'b' },
    },
    embedded,
  );
  t.strictSame(cfg.values, {
    global: {
      hub: 'registry.istio.io/testing',
      tag: '1.2',
      istioNamespace: 'istio-system',
      proxy: { image: 'proxyv2', replicas: 2 },
    },
    pilot: {},
    gateways: {},
  });
  t.strictSame(cfg.mesh['defaultProviders'], { metrics: ['prometheus'] });
  t.equal(cfg.nativeSidecars, false);
  t.equal(cfg.revision, '');
  t.equal(cfg.proxyUID, 1337);
  t.strictSame(cfg.env, { A: 'b' });

  // A cluster's exported files: its own templates (one kinject does not embed), values, mesh.
  const clusterValues = {
    global: { hub: 'registry.example.com/istio', proxy: { privileged: true } },
  };
  const cluster = buildInjectionConfig(
    {
      injector: {
        text: `policy: disabled\ntemplates:\n  sidecar: "{{ .Values.global.hub }}"\n  waypoint: w\n`,
        file: 'inject-config.yaml',
      },
      values: [{ text: JSON.stringify(clusterValues), file: 'values.json' }],
      mesh: { text: 'defaultConfig:\n  discoveryAddress: istiod.mesh:15012\n', file: 'mesh.yaml' },
    },
    embedded,
  );
  t.strictSame(
    cluster.values,
    clusterValues,
    "a cluster's values stand alone, not over the embedded ones",
  );
  t.ok(cluster.injector.templates['waypoint'], "the cluster's templates");
  t.equal(cluster.injector.policy, 'disabled', "the cluster's policy");
  t.equal(
    (cluster.mesh['defaultConfig'] as Record<string, unknown>)['discoveryAddress'],
    'istiod.mesh:15012',
    "the cluster's mesh config, over the built-in defaults",
  );
  t.equal((cluster.mesh['defaultConfig'] as Record<string, unknown>)['statusPort'], 15020);
});
