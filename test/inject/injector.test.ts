/**
 * The Injector API (prepareInjector / injectObject) at object level: pass-through kinds,
 * skip reasons and Istio's warning texts, Lists and their report paths, CronJob quirks,
 * template errors. Runs with kinject's embedded defaults (any injector configuration does:
 * these behaviours are kube-inject's code, not its templates), native sidecars on.
 */
import t from 'tap';
import { prepareInjector, type Injector } from '../../lib/inject/index.js';
import { embeddedConfig } from '../support/embedded.js';

const config = embeddedConfig({ nativeSidecars: true });
const injector: Injector = prepareInjector(config);

const deployment = (
  name: string,
  podMeta: Record<string, unknown> = {},
  podSpec: Record<string, unknown> = {},
) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'sample' },
  spec: {
    template: {
      metadata: podMeta,
      spec: { containers: [{ name: 'app', image: 'app:1' }], ...podSpec },
    },
  },
});

t.test('kinds kube-inject does not know pass through untouched', async (t) => {
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 's' },
    spec: { ports: [{ port: 80 }] },
  };
  const out = injector.injectObject(svc);
  t.equal(out.object, svc);
  t.same(out, { object: svc, rewritten: false, workloads: [], warnings: [] });
});

t.test("host networking: skipped with Istio's warning", async (t) => {
  const d = deployment('hello-host-network', {}, { hostNetwork: true });
  const out = injector.injectObject(d);
  t.equal(out.object, d, 'same object');
  t.same(out.warnings, [
    'Skipping injection because Deployment "sample/hello-host-network" has host networking enabled',
  ]);
  t.match(out.workloads, [
    {
      kind: 'Deployment',
      name: 'hello-host-network',
      namespace: 'sample',
      path: ['spec', 'template'],
      injected: false,
      reason: 'HOST_NETWORK',
    },
  ]);
});

t.test("opted out: skipped with Istio's warning", async (t) => {
  const out = injector.injectObject(
    deployment('off', { annotations: { 'sidecar.istio.io/inject': 'false' } }),
  );
  t.equal(out.rewritten, false);
  t.same(out.warnings, [
    'Skipping injection because Deployment "sample/off" has sidecar injection disabled',
  ]);
  t.match(out.workloads, [{ reason: 'ANNOTATION_FALSE', injected: false }]);
});

t.test('injected: new object, input untouched', async (t) => {
  const d = deployment('hello');
  const before = JSON.stringify(d);
  const out = injector.injectObject(d);
  t.equal(JSON.stringify(d), before, 'input not mutated');
  t.equal(out.rewritten, true);
  t.match(out.workloads, [{ injected: true, reason: 'POLICY_ENABLED' }]);
  const spec = (out.object.spec as { template: { spec: { initContainers: { name: string }[] } } })
    .template.spec;
  t.same(
    spec.initContainers.map((c) => c.name),
    ['istio-init', 'istio-proxy'],
  );
});

t.test('user volumes and mounts: keyed by name, or a list of entries with their own', async (t) => {
  /** The pod's volume names and the proxy's mounts beyond Istio's own. */
  const user = (annotations: Record<string, string>) => {
    const pod = (
      injector.injectObject(deployment('vols', { annotations })).object.spec as {
        template: {
          metadata: { annotations: Record<string, string> };
          spec: {
            volumes: { name: unknown }[];
            initContainers: {
              name: string;
              volumeMounts: { name: unknown; mountPath: string }[];
            }[];
          };
        };
      }
    ).template;
    const proxy = pod.spec.initContainers.find((c) => c.name === 'istio-proxy');
    return {
      mounts: proxy?.volumeMounts.filter((m) => m.mountPath.startsWith('/mnt/')),
      volumes: pod.spec.volumes
        .map((v) => v.name)
        .filter((n) => !/^(istiod?|workload|credential)-/.test(String(n))),
      status: (
        JSON.parse(pod.metadata.annotations['sidecar.istio.io/status'] ?? '{}') as {
          volumes: string[];
        }
      ).volumes.filter((n) => !/^(istiod?|workload|credential)-/.test(n)),
    };
  };
  const expected = {
    mounts: [{ name: 'certs', mountPath: '/mnt/certs' }],
    volumes: ['certs'],
    status: ['certs'],
  };
  t.strictSame(
    user({
      'sidecar.istio.io/userVolumeMount': '{"certs": {"mountPath": "/mnt/certs"}}',
      'sidecar.istio.io/userVolume': '{"certs": {"emptyDir": {}}}',
    }).mounts,
    expected.mounts,
    'keyed by name',
  );
  // The list form (Istio's own prometheus sample uses it): Istio's template writes the index
  // as the name, then the entry's own name, which wins. Not a number either way.
  t.strictSame(
    user({
      'sidecar.istio.io/userVolumeMount': '[{"name": "certs", "mountPath": "/mnt/certs"}]',
      'sidecar.istio.io/userVolume': '[{"name": "certs", "emptyDir": {}}]',
    }),
    expected,
    'a list of named entries',
  );
  t.strictSame(
    user({ 'sidecar.istio.io/userVolumeMount': '[{"mountPath": "/mnt/certs"}]' }).mounts,
    [{ mountPath: '/mnt/certs', name: '0' }],
    'an unnamed entry is named by its index, as a string',
  );
});

t.test('a DNS policy other than ClusterFirst is warned about', async (t) => {
  const out = injector.injectObject(
    deployment('dns', { name: 'dns-pod' }, { dnsPolicy: 'Default' }),
  );
  t.equal(out.rewritten, true);
  t.same(out.warnings, [
    '"/dns-pod"\'s DNSPolicy is not "ClusterFirst". The Envoy sidecar may not able to connect to Istio Pilot',
  ]);
});

t.test('a List: each item on its own, paths under items', async (t) => {
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
      deployment('a'),
      deployment('b', {}, { hostNetwork: true }),
    ],
  };
  const out = injector.injectObject(list);
  t.equal(out.rewritten, true);
  t.same(
    out.workloads.map((w) => [w.name, w.path, w.injected]),
    [
      ['a', ['items', 1, 'spec', 'template'], true],
      ['b', ['items', 2, 'spec', 'template'], false],
    ],
  );
  t.equal(out.warnings.length, 1);
});

t.test('CronJob: labels go on the job template, the pod template gets metadata {}', async (t) => {
  const cron = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'cron' },
    spec: {
      schedule: '* * * * *',
      jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'x' }] } } } },
    },
  };
  const out = injector.injectObject(cron);
  const jobTemplate = (
    out.object.spec as {
      jobTemplate: {
        metadata: { labels: Record<string, string> };
        spec: { template: Record<string, unknown> };
      };
    }
  ).jobTemplate;
  t.equal(jobTemplate.metadata.labels['service.istio.io/canonical-name'], 'cron');
  t.ok('metadata' in jobTemplate.spec.template);
  t.same(out.workloads[0]?.path, ['spec', 'jobTemplate', 'spec', 'template']);
});

t.test('template errors', async (t) => {
  t.throws(
    () =>
      prepareInjector({
        ...config,
        injector: { ...config.injector, templates: { bad: '{{ if }}' } },
      }),
    { code: 'TEMPLATE_PARSE' },
  );
  const e = t.throws(() =>
    injector.injectObject(
      deployment('x', { annotations: { 'inject.istio.io/templates': 'nope' } }),
    ),
  ) as Error;
  t.match(e.message, 'requested template "nope" not found; have ');
});
