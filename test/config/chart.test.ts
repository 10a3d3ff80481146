/**
 * The istiod chart's values driving the embedded defaults: value layouts, the injector
 * config, the injector's values, the mesh config and istiod's env, as the chart renders them
 * (istio-discovery templates/istiod-injector-configmap.yaml, configmap.yaml, deployment.yaml).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import {
  buildInjectionConfig,
  chartLayout,
  chartMesh,
  deepMerge,
  injectorValues,
  loadEmbeddedDefaults,
} from '../../lib/config/index.js';
import { chartInjectorConfig } from '../../lib/config/chart-injector.js';
import { chartEnv } from '../../lib/config/chart-values.js';
import type { InjectorConfig } from '../../lib/config/types.js';
import { KinjectError } from '../../lib/errors.js';

const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
const embedded = loadEmbeddedDefaults((name) => ({
  text: readFileSync(path.join(TEMPLATES, name), 'utf8'),
  file: name,
}));
const values = (text: string) => ({ text, file: 'values.yaml' });
const build = (opts: Parameters<typeof buildInjectionConfig>[0]) =>
  buildInjectionConfig(opts, embedded);

t.test('value layouts: chart, pilot.* and IstioOperator', async (t) => {
  t.strictSame(chartLayout({ pilot: { cni: { enabled: true } }, global: { hub: 'h' } }), {
    cni: { enabled: true },
    global: { hub: 'h' },
  });
  t.strictSame(
    chartLayout({ pilot: { env: { A: '1', B: '2' } }, env: { B: '3' } }),
    { env: { A: '1', B: '3' } },
    'a top-level key wins over pilot.*',
  );
  t.strictSame(
    chartLayout({
      apiVersion: 'install.istio.io/v1alpha1',
      kind: 'IstioOperator',
      spec: {
        hub: 'my.registry',
        tag: '1.30.1',
        revision: 'canary',
        meshConfig: { accessLogFile: '/dev/stdout' },
        components: { cni: { enabled: true } },
        values: { pilot: { env: { X: 'y' } }, global: { proxy: { privileged: true } } },
      },
    }),
    {
      cni: { enabled: true },
      global: { hub: 'my.registry', tag: '1.30.1', proxy: { privileged: true } },
      revision: 'canary',
      meshConfig: { accessLogFile: '/dev/stdout' },
      env: { X: 'y' },
    },
  );
});

t.test("the injector's values are the chart's pick", async (t) => {
  t.strictSame(
    injectorValues({
      global: { hub: 'h' },
      sidecarInjectorWebhook: { rewriteAppHTTPProbe: true },
      revision: '',
      cni: { enabled: true },
      env: { A: '1' },
      gateways: { securityContext: { runAsUser: 1 }, replicas: 3 },
      meshConfig: { trustDomain: 'x' },
      telemetry: { enabled: true },
    }),
    {
      global: { hub: 'h' },
      sidecarInjectorWebhook: { rewriteAppHTTPProbe: true },
      revision: '',
      pilot: { cni: { enabled: true }, env: { A: '1' } },
      gateways: { securityContext: { runAsUser: 1 } },
    },
  );
});

t.test('the mesh config of a default install', async (t) => {
  t.strictSame(chartMesh(embedded.values), {
    trustDomain: 'cluster.local',
    rootNamespace: 'istio-system',
    defaultProviders: { metrics: ['prometheus'] },
    defaultConfig: { discoveryAddress: 'istiod.istio-system.svc:15012' },
    enablePrometheusMerge: true,
  });
});

t.test('the mesh config follows global.*, telemetry.*, revision and meshConfig', async (t) => {
  const mesh = (over: Record<string, unknown>) =>
    chartMesh(deepMerge(embedded.values, over) as Record<string, unknown>);
  t.match(mesh({ revision: 'canary' }), {
    defaultConfig: { discoveryAddress: 'istiod-canary.istio-system.svc:15012' },
  });
  t.match(mesh({ global: { istioNamespace: 'mesh', meshID: 'm1', variant: 'distroless' } }), {
    rootNamespace: 'mesh',
    defaultConfig: {
      meshId: 'm1',
      image: { imageType: 'distroless' },
      discoveryAddress: 'istiod.mesh.svc:15012',
    },
  });
  t.match(mesh({ global: { remotePilotAddress: '10.0.0.1' } }), {
    defaultConfig: { discoveryAddress: 'istiod.istio-system.svc:15012' },
  });
  t.match(
    mesh({
      global: { remotePilotAddress: '10.0.0.1' },
      istiodRemote: { enabled: true, enabledLocalInjectorIstiod: true },
    }),
    { defaultConfig: { discoveryAddress: 'istiod-remote.istio-system.svc:15012' } },
  );
  t.notOk(mesh({ telemetry: { enabled: false } })['defaultProviders'], 'telemetry off');
  t.strictSame(
    mesh({ telemetry: { enabled: true, v2: { enabled: true, stackdriver: { enabled: true } } } })[
      'defaultProviders'
    ],
    { metrics: ['prometheus', 'stackdriver'], accessLogging: ['stackdriver'] },
  );
  t.strictSame(
    mesh({ meshConfig: { defaultProviders: { tracing: ['zipkin'] }, rootNamespace: 'cfg' } }),
    {
      trustDomain: 'cluster.local',
      rootNamespace: 'cfg',
      defaultConfig: { discoveryAddress: 'istiod.istio-system.svc:15012' },
      defaultProviders: { tracing: ['zipkin'] },
      enablePrometheusMerge: true,
    },
    "the user's defaultProviders replace the derived ones; meshConfig merges over the rest",
  );
  const tracer = (name: string, tracerValues: Record<string, unknown> = {}) =>
    (
      mesh({ global: { proxy: { tracer: name }, tracer: tracerValues } })['defaultConfig'] as {
        tracing?: unknown;
      }
    ).tracing;
  t.strictSame(tracer('zipkin'), { zipkin: { address: 'zipkin.istio-system:9411' } });
  t.strictSame(tracer('zipkin', { zipkin: { address: 'z:1' } }), { zipkin: { address: 'z:1' } });
  t.strictSame(tracer('datadog'), { datadog: { address: '$(HOST_IP):8126' } });
  t.strictSame(tracer('lightstep', { lightstep: { address: 'l:1', accessToken: 'tok' } }), {
    lightstep: { address: 'l:1', accessToken: 'tok' },
  });
  t.strictSame(tracer('stackdriver', { stackdriver: { maxNumberOfAttributes: 10 } }), {
    stackdriver: {
      debug: false,
      maxNumberOfAttributes: 10,
      maxNumberOfAnnotations: 200,
      maxNumberOfMessageEvents: 200,
    },
  });
  t.equal(tracer('none'), undefined, 'tracer none: no tracing');
  t.equal(tracer('unknown'), null, 'a tracer the chart does not know: tracing left unset');
});

t.test('the injector config from sidecarInjectorWebhook and global.proxy.autoInject', async (t) => {
  const builtIn: InjectorConfig = { ...embedded.injector };
  const cfg = chartInjectorConfig(
    {
      global: { proxy: { autoInject: 'disabled' } },
      sidecarInjectorWebhook: {
        defaultTemplates: ['sidecar', 'hello'],
        templates: { hello: 'metadata: {labels: {hello: world}}', sidecar: 'mine', gone: null },
        neverInjectSelector: [{ matchLabels: { a: 'b' } }],
        alwaysInjectSelector: [],
        injectedAnnotations: { 'x/y': true, 'x/z': 'v', 'x/null': null },
      },
    },
    builtIn,
  );
  t.equal(cfg.policy, 'disabled');
  t.strictSame(cfg.defaultTemplates, ['sidecar', 'hello']);
  t.equal(cfg.templates['sidecar'], 'mine', "the user's sidecar replaces kinject's");
  t.equal(cfg.templates['gateway'], builtIn.templates['gateway'], 'the others stay');
  t.ok(cfg.templates['hello'], 'an extra template');
  t.notOk('gone' in cfg.templates, 'a null template is none');
  t.strictSame(cfg.neverInjectSelector, [{ matchLabels: { a: 'b' } }]);
  t.strictSame(cfg.injectedAnnotations, { 'x/y': 'true', 'x/z': 'v' });
  const defaults = chartInjectorConfig({}, builtIn);
  t.strictSame(defaults.defaultTemplates, ['sidecar']);
  t.equal(defaults.policy, builtIn.policy);
  t.equal(
    chartInjectorConfig({ global: { proxy: { autoInject: 'Enabled' } } }, builtIn).policy,
    'Enabled',
    'any other string loads, as istiod loads the config the chart renders',
  );
  const bad: [string, Record<string, unknown>][] = [
    ['global.proxy.autoInject', { global: { proxy: { autoInject: true } } }],
    ['global.proxy.autoInject', { global: { proxy: { autoInject: 'yes' } } }],
    ['defaultTemplates', { sidecarInjectorWebhook: { defaultTemplates: 'sidecar' } }],
    ['templates', { sidecarInjectorWebhook: { templates: ['x'] } }],
    ['templates.x', { sidecarInjectorWebhook: { templates: { x: { a: 1 } } } }],
    ['neverInjectSelector', { sidecarInjectorWebhook: { neverInjectSelector: 'a=b' } }],
    ['injectedAnnotations', { sidecarInjectorWebhook: { injectedAnnotations: ['a'] } }],
  ];
  for (const [what, chart] of bad) {
    t.throws(() => chartInjectorConfig(chart, builtIn), KinjectError, what);
    t.throws(() => chartInjectorConfig(chart, builtIn), new RegExp(what.replace('.', '\\.')));
  }
});

t.test('a value the chart cannot render names the layer that set it', async (t) => {
  const file = (name: string, text: string) => ({ text, file: name });
  const yes = 'global:\n  proxy:\n    autoInject: "yes"\n';
  const fine = 'global:\n  proxy:\n    autoInject: enabled\n';
  const refused = (opts: Parameters<typeof build>[0], source: string) =>
    t.throws(() => build(opts), { code: 'CONFIG', file: source }, source);
  // Helm types `yes` as a string, which the chart writes unquoted as the policy: a bool.
  refused({ set: ['global.proxy.autoInject=yes'] }, '--set');
  refused({ set: ['sidecarInjectorWebhook.templates.mine=3'] }, '--set');
  refused({ values: [file('a.yaml', yes)] }, 'a.yaml');
  refused({ values: [file('a.yaml', fine), file('b.yaml', yes)] }, 'b.yaml');
  refused({ values: [file('a.yaml', yes)], set: ['global.proxy.revision=x'] }, 'a.yaml');
  t.equal(
    build({ values: [file('a.yaml', yes)], set: ['global.proxy.autoInject=enabled'] }).injector
      .policy,
    'enabled',
    'a later layer that replaces the value: the merged chart renders',
  );
  t.equal(
    build({ values: [file('a.yaml', yes), file('b.yaml', fine)] }).injector.policy,
    'enabled',
  );
});

t.test('every mode names --set for a --set value the chart cannot render', async (t) => {
  const { fixture, kinject } = await import('../cli/support.js');
  for (const mode of [[], ['--mode', 'cluster'], ['explain']]) {
    const run = await kinject([
      ...mode,
      '--set',
      'global.proxy.autoInject=yes',
      '-f',
      fixture('app.yaml'),
    ]);
    t.equal(run.status, 2, mode.join(' '));
    t.equal(run.stdout, '');
    t.match(run.stderr, /^kinject: --set: values: `global\.proxy\.autoInject` must be a string/m);
  }
});

t.test("istiod's env: scalars as the chart writes them", async (t) => {
  t.strictSame(chartEnv({ env: { A: true, B: 3, C: 'x', D: null, E: { f: 1 } } }), {
    A: 'true',
    B: '3',
    C: 'x',
  });
});

t.test('buildInjectionConfig with chart values', async (t) => {
  const cfg = build({
    values: [
      values(
        [
          'revision: canary',
          'pilot: {cni: {enabled: true}}',
          'env: {COMPLIANCE_POLICY: fips-140-3, ENABLE_NATIVE_SIDECARS: "true"}',
          'meshConfig: {defaultConfig: {interceptionMode: TPROXY}}',
          'sidecarInjectorWebhook: {injectedAnnotations: {a/b: c}}',
        ].join('\n'),
      ),
    ],
    set: ['global.proxy.autoInject=disabled', 'env.EXTRA=1'],
    env: { EXTRA: '2' },
  });
  t.equal(cfg.revision, 'canary');
  t.equal(cfg.injector.policy, 'disabled');
  t.strictSame(cfg.injector.injectedAnnotations, { 'a/b': 'c' });
  t.match(cfg.values, { revision: 'canary', pilot: { cni: { enabled: true } } });
  t.match(cfg.mesh, {
    defaultConfig: {
      interceptionMode: 'TPROXY',
      discoveryAddress: 'istiod-canary.istio-system.svc:15012',
      statusPort: 15020,
    },
  });
  t.match(cfg.env, { COMPLIANCE_POLICY: 'fips-140-3', EXTRA: '2' }, '--env wins over values');
  t.equal(cfg.nativeSidecars, true, 'ENABLE_NATIVE_SIDECARS=true');
  t.equal(
    build({ set: ['env.ENABLE_NATIVE_SIDECARS=true'], nativeSidecars: false }).nativeSidecars,
    false,
    'the flag wins over the env',
  );
  t.equal(build({ set: ['env.ENABLE_NATIVE_SIDECARS=auto'] }).nativeSidecars, false);

  const revised = build({ revision: 'blue' });
  t.equal(revised.revision, 'blue', '--revision is the chart revision');
  t.equal(revised.values['revision'], 'blue');

  const withMesh = build({
    mesh: { text: 'trustDomain: td\ndefaultConfig: {drainDuration: 10s}', file: 'mesh.yaml' },
    set: ['meshConfig.defaultConfig.concurrency=2'],
  });
  t.equal(withMesh.mesh['trustDomain'], 'td', '--mesh-config replaces the chart base');
  t.match(withMesh.mesh['defaultConfig'], { drainDuration: '10s', concurrency: 2 });
});
