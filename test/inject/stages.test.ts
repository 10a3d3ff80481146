/**
 * Post-processing stages checked against Istio's goldens in the conformance corpus: the
 * probers env var and rewritten probes (hello-probes), the status annotation (pod),
 * metrics merging (prometheus-scrape), and stripping an injected pod (pod); these skip
 * without the corpus. The rules that need no golden run everywhere.
 */
import { getPath, isJsonMap, type JsonMap } from '../../lib/go/json-map.js';
import t from 'tap';
import { type Pod } from '../../lib/inject/pod.js';
import { dumpAppProbers, rewriteAppProbes } from '../../lib/inject/probes.js';
import { applyPrometheusMerge } from '../../lib/inject/prometheus.js';
import { formatInjectionStatus, parseInjectionStatus } from '../../lib/inject/status.js';
import { stripPreviousInjection } from '../../lib/inject/strip.js';
import { corpusDocs, corpusTest } from '../support/corpus.js';

/** The pod template (metadata, spec) of a case file's first document. */
function podOf(file: string): Pod {
  const [doc] = corpusDocs(file);
  const template = (doc?.kind === 'Pod' ? doc : getPath(doc, ['spec', 'template'])) as JsonMap;
  return { metadata: (template.metadata ?? {}) as JsonMap, spec: template.spec as JsonMap };
}

const containers = (p: Pod, list = 'containers'): JsonMap[] => (p.spec[list] ?? []) as JsonMap[];
const proxyEnv = (p: Pod, name: string): unknown =>
  (
    (containers(p, 'initContainers').find((c) => c.name === 'istio-proxy')?.env ?? []) as JsonMap[]
  ).find((e) => e.name === name)?.value;

corpusTest(t, 'ISTIO_KUBE_APP_PROBERS and probe rewriting match hello-probes', async (t) => {
  const input = podOf('cases/hello-probes/input.yaml');
  const golden = podOf('cases/hello-probes/expected.yaml');
  t.equal(dumpAppProbers(input, 15020), proxyEnv(golden, 'ISTIO_KUBE_APP_PROBERS'));
  rewriteAppProbes(input, 15020);
  for (const c of containers(input)) {
    const want = containers(golden).find((g) => g.name === c.name);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe'])
      t.same(c[probe], want?.[probe], `${String(c.name)} ${probe}`);
  }
  t.equal(dumpAppProbers(input, 15020), '', 'rewritten probes are not taken over twice');
});

t.test("probers JSON is escaped as Go's encoding/json does", async (t) => {
  const pod: Pod = {
    metadata: {},
    spec: {
      containers: [
        {
          name: 'a',
          readinessProbe: { httpGet: { path: '/h?x=1&y=<2>', port: 80 }, timeoutSeconds: 2 },
        },
      ],
    },
  };
  t.equal(
    dumpAppProbers(pod, 15020),
    '{"/app-health/a/readyz":{"httpGet":{"path":"/h?x=1\\u0026y=\\u003c2\\u003e","port":80},"timeoutSeconds":2}}',
  );
});

corpusTest(t, 'status annotation matches the pod golden', async (t) => {
  const golden = podOf('cases/pod/expected.yaml');
  const injected: JsonMap = {
    initContainers: containers(golden, 'initContainers'),
    volumes: golden.spec.volumes,
  };
  const want = (golden.metadata.annotations as JsonMap)['sidecar.istio.io/status'];
  t.equal(formatInjectionStatus(injected, ''), want);
  t.same(parseInjectionStatus(want), {
    initContainers: ['istio-init', 'istio-proxy'],
    containers: [],
    volumes: (golden.spec.volumes as JsonMap[]).map((v) => v.name),
    imagePullSecrets: [],
    revision: 'default',
  });
  t.equal(parseInjectionStatus('{not json'), undefined);
});

corpusTest(t, 'stripping the pod golden gives back the user pod', async (t) => {
  const golden = podOf('cases/pod/expected.yaml');
  const input = podOf('cases/pod/input.yaml');
  const stripped = stripPreviousInjection(golden, 15020);
  t.equal(stripped.spec.initContainers, undefined, 'injected init containers removed');
  t.same(
    containers(stripped).map((c) => c.name),
    containers(input).map((c) => c.name),
  );
  const annotations = stripped.metadata.annotations as JsonMap;
  t.notOk('sidecar.istio.io/status' in annotations);
  t.notOk(
    Object.keys(annotations).some((k) => k.startsWith('prometheus.io/')),
    'agent scrape annotations removed',
  );
  t.ok(
    isJsonMap(golden.metadata.annotations) &&
      'sidecar.istio.io/status' in golden.metadata.annotations,
    'input untouched',
  );
  const user = podOf('cases/pod/input.yaml');
  t.equal(stripPreviousInjection(user, 15020), user, 'nothing to strip: same pod');
});

corpusTest(t, 'metrics merging matches prometheus-scrape', async (t) => {
  const golden = podOf('cases/prometheus-scrape/expected.yaml');
  const pod = podOf('cases/prometheus-scrape/input.yaml');
  // The proxy container as the template renders it, without the env var merging adds.
  const proxy = structuredClone(
    containers(golden, 'initContainers').find((c) => c.name === 'istio-proxy') as JsonMap,
  );
  proxy.env = (proxy.env as JsonMap[]).filter((e) => e.name !== 'ISTIO_PROMETHEUS_ANNOTATIONS');
  pod.spec.initContainers = [proxy];
  applyPrometheusMerge(pod, 15020, undefined);
  t.equal(
    proxyEnv(pod, 'ISTIO_PROMETHEUS_ANNOTATIONS'),
    proxyEnv(golden, 'ISTIO_PROMETHEUS_ANNOTATIONS'),
  );
  const prom = (m: JsonMap): JsonMap =>
    Object.fromEntries(
      Object.entries(m.annotations as JsonMap).filter(([k]) => k.startsWith('prometheus')),
    );
  t.same(prom(pod.metadata), prom(golden.metadata));
});

t.test('metrics merging: opt-outs and bad ports', async (t) => {
  const pod = (annotations: JsonMap): Pod => ({
    metadata: { annotations },
    spec: { containers: [{ name: 'istio-proxy' }] },
  });
  const off = pod({ 'prometheus.io/scrape': 'false' });
  applyPrometheusMerge(off, 15020, undefined);
  t.same(
    off.metadata.annotations,
    { 'prometheus.io/scrape': 'false' },
    'scrape=false is left alone',
  );
  const meshOff = pod({});
  applyPrometheusMerge(meshOff, 15020, false);
  t.same(meshOff.metadata.annotations, {}, 'mesh enablePrometheusMerge=false');
  t.throws(() => applyPrometheusMerge(pod({ 'prometheus.io/port': '15090' }), 15020, undefined), {
    message:
      'invalid prometheus scrape configuration: port 15090 is reserved for Istio (Envoy Prometheus (already merged)) and cannot be scraped',
  });
  t.throws(() => applyPrometheusMerge(pod({ 'prometheus.io/port': 'http' }), 15020, undefined), {
    message: 'invalid prometheus scrape configuration: invalid port "http"',
  });
});
