/**
 * A control plane of our own, shaped like `helm template istiod … -n istio-system` output:
 * `# Source:` comments, a ServiceAccount, the `istio[-REV]` and `istio-sidecar-injector[-REV]`
 * ConfigMaps (built from kinject's embedded templates and values), istiod's Deployment with
 * its env, a Service and the revision's MutatingWebhookConfiguration.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
const read = (name: string): string => readFileSync(path.join(TEMPLATES, name), 'utf8');

/** The mesh config of a default install (the chart's `istio` ConfigMap `mesh`), our own text. */
const DEFAULT_MESH = [
  'defaultConfig:',
  '  discoveryAddress: istiod.istio-system.svc:15012',
  'defaultProviders:',
  '  metrics:',
  '  - prometheus',
  'enablePrometheusMerge: true',
  'rootNamespace: istio-system',
  'trustDomain: cluster.local',
  '',
].join('\n');

/** What to render. */
export interface ControlPlaneOptions {
  revision?: string;
  /** Replaces fields of the injector `config` (policy, selectors …). */
  config?: Record<string, unknown>;
  /** Deep values overrides are the caller's business: these replace top-level keys. */
  values?: Record<string, unknown>;
  /** Extra mesh text appended to the embedded mesh.yaml. */
  mesh?: string;
  env?: Record<string, string>;
  /** Leave out pieces, to test what is missing. */
  without?: ('injector' | 'mesh' | 'deployment' | 'webhooks')[];
  /** The revision's webhooks (default: none rendered here). */
  webhooks?: unknown[];
}

/** The injector `config` text: the embedded injector.yaml with its template files inlined. */
export function injectorConfigText(overrides: Record<string, unknown> = {}): string {
  const index = parse(read('injector.yaml')) as Record<string, unknown>;
  const files = index.templates as Record<string, string | string[]>;
  const templates = Object.fromEntries(
    Object.entries(files).map(([name, f]) => [
      name,
      (Array.isArray(f) ? f : [f]).map(read).join(''),
    ]),
  );
  // The chart always renders `policy` (global.proxy.autoInject, default enabled).
  return stringify({ policy: 'enabled', ...index, templates, ...overrides }, { lineWidth: 0 });
}

function source(file: string, obj: unknown): string {
  return `---\n# Source: istiod/templates/${file}\n${stringify(obj, { lineWidth: 0 })}`;
}

/** The rendered stream. */
export function renderControlPlane(o: ControlPlaneOptions = {}): string {
  const rev = o.revision ?? '';
  const suffix = rev === '' ? '' : `-${rev}`;
  const labels = { app: 'istiod', 'istio.io/rev': rev === '' ? 'default' : rev, release: 'istiod' };
  const without = new Set(o.without ?? []);
  const values = { ...(parse(read('values.yaml')) as Record<string, unknown>), ...o.values };
  const docs = [
    source('serviceaccount.yaml', {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: `istiod${suffix}`, namespace: 'istio-system', labels },
    }),
  ];
  if (!without.has('mesh'))
    docs.push(
      source('configmap.yaml', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `istio${suffix}`, namespace: 'istio-system', labels },
        data: { mesh: `${DEFAULT_MESH}${o.mesh ?? ''}`, meshNetworks: 'networks: {}' },
      }),
    );
  if (!without.has('injector'))
    docs.push(
      source('istiod-injector-configmap.yaml', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `istio-sidecar-injector${suffix}`, namespace: 'istio-system', labels },
        data: {
          values: JSON.stringify(values, null, 2),
          config: injectorConfigText(o.config),
        },
      }),
    );
  if (!without.has('deployment'))
    docs.push(
      source('deployment.yaml', {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: `istiod${suffix}`, namespace: 'istio-system', labels },
        spec: {
          selector: { matchLabels: { 'istio.io/rev': labels['istio.io/rev'] } },
          template: {
            metadata: { labels: { app: 'istiod', 'sidecar.istio.io/inject': 'false' } },
            spec: {
              serviceAccountName: `istiod${suffix}`,
              containers: [
                {
                  name: 'discovery',
                  image: 'docker.io/istio/pilot:1.32.0',
                  args: ['discovery', '--monitoringAddr=:15014'],
                  env: [
                    { name: 'REVISION', value: rev === '' ? 'default' : rev },
                    {
                      name: 'POD_NAME',
                      valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } },
                    },
                    ...Object.entries(o.env ?? {}).map(([name, value]) => ({ name, value })),
                  ],
                },
              ],
            },
          },
        },
      }),
      source('service.yaml', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: `istiod${suffix}`, namespace: 'istio-system', labels },
        spec: { ports: [{ port: 15012, name: 'grpc-xds' }], selector: { app: 'istiod' } },
      }),
    );
  if (!without.has('webhooks') && o.webhooks !== undefined)
    docs.push(
      source('mutatingwebhook.yaml', {
        apiVersion: 'admissionregistration.k8s.io/v1',
        kind: 'MutatingWebhookConfiguration',
        metadata: { name: `istio-sidecar-injector${suffix}`, labels },
        webhooks: o.webhooks,
      }),
    );
  return docs.join('');
}
