/**
 * A user's own `istio-proxy` settings survive re-injection: for every kind of override
 * (securityContext, resources, args, env, ports, probes), every interception mode (REDIRECT,
 * TPROXY, NONE; from the pod annotation and from the mesh config), both layouts (classic
 * container, native sidecar) and with or without the CNI plugin, the first run keeps the
 * override and running kinject over its own output changes nothing.
 */
import t from 'tap';
import { parseAllDocuments } from 'yaml';
import { kinject } from '../cli/support.js';

/** Each override: the YAML lines of the user's istio-proxy, and what the injected proxy must keep. */
const OVERRIDES: Record<string, { yaml: string; kept: (proxy: Proxy) => unknown }> = {
  securityContext: {
    yaml: 'securityContext: {runAsUser: 1234, runAsGroup: 4321}',
    kept: (p) => p.securityContext?.runAsGroup === 4321,
  },
  resources: {
    yaml: 'resources: {requests: {cpu: 10m, memory: 40Mi}, limits: {cpu: 1500m, memory: 1Gi}}',
    kept: (p) => p.resources?.limits?.cpu === '1500m' && p.resources?.requests?.memory === '40Mi',
  },
  args: {
    yaml: 'args: [proxy, sidecar, --concurrency, "4"]',
    kept: (p) => p.args?.join(' ') === 'proxy sidecar --concurrency 4',
  },
  env: {
    yaml: 'env: [{name: EXTRA, value: "1"}, {name: PILOT_CERT_PROVIDER, value: custom}]',
    kept: (p) =>
      p.env?.some((e) => e.name === 'EXTRA') &&
      p.env.find((e) => e.name === 'PILOT_CERT_PROVIDER')?.value === 'custom',
  },
  ports: {
    yaml: 'ports: [{containerPort: 9999, name: extra}]',
    kept: (p) => p.ports?.some((port) => port.containerPort === 9999),
  },
  probes: {
    yaml: 'readinessProbe: {httpGet: {path: /ready, port: 15021}, periodSeconds: 5}',
    kept: (p) => p.readinessProbe?.periodSeconds === 5,
  },
};

interface Proxy {
  name: string;
  args?: string[];
  env?: { name: string; value?: string }[];
  ports?: { containerPort: number }[];
  readinessProbe?: { periodSeconds?: number };
  resources?: { limits?: Record<string, unknown>; requests?: Record<string, unknown> };
  securityContext?: { runAsUser?: number; runAsGroup?: number };
}

/** A Deployment whose pod overrides istio-proxy, with the proxy written before or after the app. */
function deployment(
  name: string,
  override: string,
  annotations: Record<string, string>,
  proxyFirst = false,
): string {
  const app = '      - {name: app, image: fake/app:1.0, ports: [{containerPort: 8080}]}';
  const proxy = `      - name: istio-proxy\n        image: auto\n        ${override}`;
  const notes = Object.entries(annotations).map(([k, v]) => `        ${k}: "${v}"`);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {name: ${name}}`,
    'spec:',
    `  selector: {matchLabels: {app: ${name}}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    ...(notes.length > 0 ? ['      annotations:', ...notes] : []),
    '    spec:',
    '      containers:',
    ...(proxyFirst ? [proxy, app] : [app, proxy]),
    '',
  ].join('\n');
}

type Deployed = { metadata: { name: string }; spec: { template: { spec: PodSpec } } };
interface PodSpec {
  containers?: Proxy[];
  initContainers?: Proxy[];
}

/** The injected proxy of each Deployment, by name. */
function injectedProxies(output: string): Map<string, Proxy | undefined> {
  const docs = parseAllDocuments(output).map((d) => d.toJS() as Deployed);
  return new Map(
    docs.map((d) => {
      const spec = d.spec.template.spec;
      const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
      return [d.metadata.name, all.find((c) => c.name === 'istio-proxy')];
    }),
  );
}

const MODES = ['REDIRECT', 'TPROXY', 'NONE'] as const;

/** Every override in one stream: one Deployment each, the proxy after the app and before it. */
function stream(annotations: Record<string, string>): string {
  return Object.entries(OVERRIDES)
    .flatMap(([what, { yaml }]) => [
      deployment(what.toLowerCase(), yaml, annotations),
      deployment(`${what.toLowerCase()}-first`, yaml, annotations, true),
    ])
    .join('---\n');
}

for (const mode of MODES)
  for (const fromMesh of [false, true])
    t.test(
      `interception ${mode} from the ${fromMesh ? 'mesh config' : 'pod annotation'}`,
      async (t) => {
        for (const native of [true, false])
          for (const cni of [false, true]) {
            const annotations: Record<string, string> = {
              'sidecar.istio.io/nativeSidecar': String(native),
            };
            if (!fromMesh) annotations['sidecar.istio.io/interceptionMode'] = mode;
            const args = [
              ...(cni ? ['--set', 'pilot.cni.enabled=true'] : []),
              ...(fromMesh ? ['--set', `meshConfig.defaultConfig.interceptionMode=${mode}`] : []),
            ];
            const layout = `${native ? 'native' : 'classic'}${cni ? ', cni' : ''}`;
            const first = await kinject(args, { stdin: stream(annotations) });
            t.equal(first.status, 0, `${layout}: injects`, { stderr: first.stderr });
            const proxies = injectedProxies(first.stdout);
            for (const [what, { kept }] of Object.entries(OVERRIDES))
              for (const name of [what.toLowerCase(), `${what.toLowerCase()}-first`]) {
                const proxy = proxies.get(name);
                t.ok(proxy && kept(proxy), `${layout}: ${name}: the override is kept`);
              }
            const again = await kinject([...args, '--diff'], { stdin: first.stdout });
            t.equal(again.status, 0, `${layout}: a second run changes nothing`, {
              diff: again.stdout,
            });
          }
      },
    );

t.test('TPROXY keeps the user uid for iptables but runs the proxy as root', async (t) => {
  const input = deployment('sc', OVERRIDES.securityContext?.yaml ?? '', {
    'sidecar.istio.io/interceptionMode': 'TPROXY',
  });
  const first = await kinject([], { stdin: input });
  t.match(first.stdout, /- -u\n\s+- "1234"/, 'iptables owner is the user uid');
  t.equal(injectedProxies(first.stdout).get('sc')?.securityContext?.runAsUser, 0, 'proxy uid 0');
  const second = await kinject([], { stdin: first.stdout });
  t.equal(second.stdout, first.stdout, 'the same on the second run');
});
