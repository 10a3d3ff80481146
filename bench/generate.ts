/**
 * Realistic manifest streams for the benchmark: Deployments, StatefulSets, Jobs and CronJobs
 * (1–3 containers each, with probes, env, resources and comments), each followed by a
 * Service and every third by a ConfigMap, about 2 KB per workload. Deterministic: the same
 * count always gives the same text, so runs compare.
 */

/** A small seeded PRNG (mulberry32): enough variety, and the same stream every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Deployment', 'StatefulSet', 'Job', 'CronJob'] as const;
const API: Record<(typeof KINDS)[number], string> = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

/** One container, indented for a pod spec at `pad`. */
function container(pad: string, app: string, c: number, rnd: () => number): string {
  const port = 8080 + c;
  const cpu = [100, 250, 500][Math.floor(rnd() * 3)];
  const mem = [128, 256, 512][Math.floor(rnd() * 3)];
  return `${pad}- name: ${c === 0 ? app : `helper-${c}`}
${pad}  image: registry.example.com/team/${app}:1.${Math.floor(rnd() * 40)}.${c}
${pad}  imagePullPolicy: IfNotPresent
${pad}  args: ["--port=${port}", "--log-level=info"]
${pad}  ports:
${pad}  - name: http${c === 0 ? '' : `-${c}`}
${pad}    containerPort: ${port}
${pad}    protocol: TCP
${pad}  env:
${pad}  - name: APP_NAME
${pad}    value: "${app}"
${pad}  - name: POD_NAMESPACE
${pad}    valueFrom:
${pad}      fieldRef:
${pad}        fieldPath: metadata.namespace
${pad}  - name: FEATURE_FLAGS # comma list, read at start
${pad}    value: 'search,checkout,beta-${c}'
${pad}  resources:
${pad}    requests:
${pad}      cpu: ${cpu}m
${pad}      memory: ${mem}Mi
${pad}    limits:
${pad}      cpu: "${(cpu ?? 100) * 4}m"
${pad}      memory: ${(mem ?? 128) * 2}Mi
${pad}  readinessProbe:
${pad}    httpGet:
${pad}      path: /ready
${pad}      port: ${port}
${pad}    initialDelaySeconds: 5
${pad}    periodSeconds: 10
${pad}  livenessProbe: # restart when stuck
${pad}    httpGet: {path: /healthz, port: ${port}}
${pad}    failureThreshold: 3
`;
}

/** A pod template (metadata + spec) at `pad`. */
function podTemplate(pad: string, app: string, rnd: () => number, restart?: string): string {
  const containers = 1 + Math.floor(rnd() * 3);
  let text = `${pad}metadata:
${pad}  labels:
${pad}    app: ${app}
${pad}    version: v${1 + Math.floor(rnd() * 3)}
${pad}  annotations:
${pad}    prometheus.io/scrape: "true" # scraped by the platform
${pad}spec:
${restart ? `${pad}  restartPolicy: ${restart}\n` : ''}${pad}  serviceAccountName: ${app}
${pad}  terminationGracePeriodSeconds: 30
${pad}  containers:
`;
  for (let c = 0; c < containers; c++) text += container(`${pad}  `, app, c, rnd);
  return text;
}

/** The workload `i`: its kind cycles through the four, its details vary. */
function workload(i: number, rnd: () => number): string {
  const kind = KINDS[i % KINDS.length] ?? 'Deployment';
  const app = `svc-${i}`;
  const head = `# ${kind} ${app}: owned by team-${i % 17}
apiVersion: ${API[kind]}
kind: ${kind}
metadata:
  name: ${app}
  namespace: shop-${i % 5}
  labels:
    app: ${app}
    app.kubernetes.io/part-of: shop
spec:
`;
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
      return `${head}  replicas: ${1 + (i % 3)}
${kind === 'StatefulSet' ? `  serviceName: ${app}\n` : ''}  selector:
    matchLabels:
      app: ${app}
  template:
${podTemplate('    ', app, rnd)}`;
    case 'Job':
      return `${head}  backoffLimit: 4
  template:
${podTemplate('    ', app, rnd, 'OnFailure')}`;
    case 'CronJob':
      return `${head}  schedule: "*/${5 + (i % 50)} * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
${podTemplate('        ', app, rnd, 'Never')}`;
  }
}

function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
  namespace: shop-${i % 5}
spec:
  selector:
    app: svc-${i}
  ports:
  - name: http # the main port
    port: 80
    targetPort: 8080
`;
}

function configMap(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: svc-${i}-config
  namespace: shop-${i % 5}
data:
  LOG_LEVEL: info
  settings.yaml: |
    cache:
      ttl: 30s
    # not a document separator inside a block scalar:
    ---
    upstream: http://backend-${i}:8080
`;
}

/** A stream of `count` workloads with their Services and ConfigMaps, `---` between documents. */
export function* generateStream(count: number, seed = 1): Generator<string> {
  const rnd = random(seed);
  for (let i = 0; i < count; i++) {
    yield `${i === 0 ? '' : '---\n'}${workload(i, rnd)}---\n${service(i)}`;
    if (i % 3 === 2) yield `---\n${configMap(i)}`;
  }
}

/**
 * The same objects as {@link generateStream}, as the items of one `kind: List` (what
 * `kubectl get deploy,svc,cm -A -o yaml` prints): one document, which cannot stream.
 */
export function* generateList(count: number, seed = 1): Generator<string> {
  yield 'apiVersion: v1\nkind: List\nitems:\n';
  for (const part of generateStream(count, seed))
    for (const doc of part.split(/^---\n/m)) {
      if (doc.trim() === '') continue;
      // Each line two further in; the first after the item's dash.
      const lines = doc.trimEnd().split('\n');
      yield `${lines.map((l, i) => (i === 0 ? `- ${l}` : l === '' ? l : `  ${l}`)).join('\n')}\n`;
    }
}
